/**
 * Which section of the new version is which section of the old one, within one document.
 *
 * Section ids embed the number, so an id is only a hint: after a renumbering, old
 * `retningslinje-4/5` (Brukermedvirkning) and new `retningslinje-4/5` (a section moved up) are
 * different sections. Matching therefore goes from strong to weak evidence:
 *
 * 1. identical title and own text: the same section, wherever it now stands and whatever its
 *    number; of several alike, the one under the matched parent (parents are matched first);
 * 2. the same id and the same title: the same section, text edited;
 * 3. the rest by similarity of text (a bag of words) and title, with the id, the number and a
 *    matched parent as tie-breakers; best pairs first, each above a threshold;
 * 4. of what is left, a new section whose words an old section lost is split off it (`delt`),
 *    and an old section whose words a new section gained is merged into it (`slått sammen`);
 *    the rest are new or removed.
 *
 * A matched section is `flyttet` when its parent is not its old parent's match, or when it left
 * the longest run of siblings that kept their order. Step 3 compares every remaining old section
 * with every remaining new one; above `maxPairs` pairs it compares only pairs sharing an id or a
 * title, and says so (`limited`).
 */
import type { Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { PARAGRAPH_BREAK } from './hunks.js'
import { type Bag, bagOf, bagSize, dice, overlap, subtract } from './similarity.js'
import { collapseSpace, words } from './tokenize.js'

export const DEFAULT_MAX_ALIGNMENT_PAIRS = 250_000

export interface SectionAlignment {
  /** Old section → the new section it became. */
  partner: Map<Section, Section>
  /** New section → the old section it was split off (that old section has its own partner). */
  splitFrom: Map<Section, Section>
  /** Old section → the new section it was merged into (that new section has its own partner). */
  mergedInto: Map<Section, Section>
  /** New sections whose place changed (other parent, or out of order among their siblings). */
  moved: Set<Section>
  /** True when step 3 had too many pairs to compare them all. */
  limited: boolean
}

interface Node {
  section: Section
  parent: Section | null
  order: number
  /** Title and own text: equal keys mean an unchanged section. */
  key: string
  /** Word bags, computed only for the few sections that reach step 3 or 4 (see features). */
  cache?: { bag: Bag; titleBag: Bag }
}

/** Below this many words of its own, a section is compared by its subtree (a heading over subsections). */
const FEW_WORDS = 3
/** Share of a piece's words that must come from what its counterpart lost or gained. */
const SPLIT_COVERAGE = 0.6

export function alignSections(oldSections: Section[], newSections: Section[], maxPairs = DEFAULT_MAX_ALIGNMENT_PAIRS): SectionAlignment {
  const olds = nodes(oldSections)
  const news = nodes(newSections)
  const partner = new Map<Section, Section>()
  const reverse = new Map<Section, Section>()
  const pair = (o: Node, n: Node) => {
    partner.set(o.section, n.section)
    reverse.set(n.section, o.section)
  }
  const free = <T extends Node>(list: T[], used: Map<Section, Section>) => list.filter((x) => !used.has(x.section))

  // 1. Unchanged sections, wherever they stand. Of several alike, the one under the matched
  // parent, then the one with the same id (parents come first in document order).
  pairGroups(olds, news, (x) => x.key, (o, n) => 2 * Number(sameParent(o.parent, n.parent, partner)) + Number(o.section.id === n.section.id), pair)
  // 2. Same id, same title.
  pairGroups(free(olds, partner), free(news, reverse), (x) => `${x.section.id}\u0000${collapseSpace(x.section.title)}`, () => 0, pair)
  // 3. Similarity.
  const limited = pairBySimilarity(free(olds, partner), free(news, reverse), partner, maxPairs, pair)
  // 4. Splits and merges among what is left.
  // Only a section whose text changed can have lost words to a piece or gained a merged one's.
  const changed = (x: Node, counterpart: Section) => x.section.text !== counterpart.text
  const splitFrom = pieces(free(news, reverse), olds.filter((o) => partner.has(o.section) && changed(o, partner.get(o.section)!)), (o) => partner.get(o.section)!, news, maxPairs)
  const mergedInto = pieces(free(olds, partner), news.filter((n) => reverse.has(n.section) && changed(n, reverse.get(n.section)!)), (n) => reverse.get(n.section)!, olds, maxPairs)

  return { partner, splitFrom, mergedInto, moved: movedSections(olds, news, partner), limited }
}

function nodes(sections: Section[]): Node[] {
  const parents = new Map<Section, Section>()
  for (const s of allSections(sections)) for (const c of s.children) parents.set(c, s)
  return allSections(sections).map((section, order) => ({ section, parent: parents.get(section) ?? null, order, key: `${section.title}\u0000${section.text}` }))
}

/** A section's word bags: of its own text, or of its whole subtree when it has (nearly) none. */
function features(x: Node): { bag: Bag; titleBag: Bag } {
  if (!x.cache) {
    const own = words(x.section.text)
    x.cache = { bag: bagOf(own.length >= FEW_WORDS ? own : words(subtreeText(x.section))), titleBag: bagOf(words(x.section.title)) }
  }
  return x.cache
}

function subtreeText(s: Section): string {
  return [s.text, ...s.children.map(subtreeText)].join(PARAGRAPH_BREAK)
}

/** Whether two sections stand under the same parent: matched parents, or both at the top. */
function sameParent(oldParent: Section | null, newParent: Section | null, partner: Map<Section, Section>): boolean {
  return oldParent === null ? newParent === null : partner.get(oldParent) === newParent
}

/** Pairs nodes with equal keys, in new document order; among several old ones, the best ranked (the first on a tie). */
function pairGroups(olds: Node[], news: Node[], key: (x: Node) => string, rank: (o: Node, n: Node) => number, pair: (o: Node, n: Node) => void): void {
  const byKey = new Map<string, Node[]>()
  for (const o of olds) {
    const group = byKey.get(key(o))
    if (group) group.push(o)
    else byKey.set(key(o), [o])
  }
  for (const n of news) {
    const group = byKey.get(key(n))
    if (!group || group.length === 0) continue
    let best = 0
    for (let i = 1; i < group.length; i++) if (rank(group[i]!, n) > rank(group[best]!, n)) best = i
    pair(group.splice(best, 1)[0]!, n)
  }
}

interface Candidate {
  o: Node
  n: Node
  score: number
}

function pairBySimilarity(olds: Node[], news: Node[], partner: Map<Section, Section>, maxPairs: number, pair: (o: Node, n: Node) => void): boolean {
  const limited = olds.length * news.length > maxPairs
  const candidates: Candidate[] = []
  for (const o of olds) {
    for (const n of news) {
      if (limited && o.section.id !== n.section.id && collapseSpace(o.section.title) !== collapseSpace(n.section.title)) continue
      const score = similarity(o, n, partner)
      if (score !== null) candidates.push({ o, n, score })
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.o.order - b.o.order || a.n.order - b.n.order)
  const usedOld = new Set<Node>()
  const usedNew = new Set<Node>()
  for (const { o, n } of candidates) {
    if (usedOld.has(o) || usedNew.has(n)) continue
    usedOld.add(o)
    usedNew.add(n)
    pair(o, n)
  }
  return limited
}

/** A score for a plausible pair, or null when the two are too different to be one section. */
function similarity(o: Node, n: Node, partner: Map<Section, Section>): number | null {
  const [a, b] = [features(o), features(n)]
  const text = dice(a.bag, b.bag)
  const title = dice(a.titleBag, b.titleBag)
  const sameId = o.section.id === n.section.id
  const smallest = Math.min(bagSize(a.bag), bagSize(b.bag))
  const contained = smallest === 0 ? 0 : overlap(a.bag, b.bag) / smallest
  const plausible = text >= 0.5 || (title >= 0.6 && text >= 0.2) || (sameId && text >= 0.35) || (title >= 0.5 && contained >= 0.8)
  if (!plausible) return null
  const parent = sameParent(o.parent, n.parent, partner)
  const sameNumber = o.section.number !== null && o.section.number === n.section.number
  return text + 0.5 * title + 0.1 * Number(sameId) + 0.1 * Number(parent) + 0.05 * Number(sameNumber)
}

/**
 * Split-off or merged pieces: each unmatched node whose words mostly come from what a matched
 * node's counterpart lost (or gained). Returns piece → the counterpart section.
 */
function pieces(unmatched: Node[], matched: Node[], counterpart: (m: Node) => Section, counterpartSide: Node[], maxPairs: number): Map<Section, Section> {
  const out = new Map<Section, Section>()
  if (unmatched.length * matched.length > maxPairs) return out
  const nodeOf = new Map(counterpartSide.map((x) => [x.section, x]))
  // For a split: the words an old section has and its new partner lacks; for a merge: the
  // words a new section has and its old partner lacked.
  const difference = matched.map((m) => ({ m, rest: subtract(features(m).bag, features(nodeOf.get(counterpart(m))!).bag) }))
  for (const piece of unmatched) {
    const bag = features(piece).bag
    const size = bagSize(bag)
    if (size < FEW_WORDS) continue
    let best: { section: Section; coverage: number } | null = null
    for (const { m, rest } of difference) {
      const coverage = overlap(bag, rest) / size
      if (coverage >= SPLIT_COVERAGE && (!best || coverage > best.coverage)) best = { section: m.section, coverage }
    }
    if (best) out.set(piece.section, best.section)
  }
  return out
}

function movedSections(olds: Node[], news: Node[], partner: Map<Section, Section>): Set<Section> {
  const moved = new Set<Section>()
  const oldNode = new Map(olds.map((o) => [o.section, o]))
  const reverse = new Map([...partner].map(([o, n]) => [n, o]))
  const siblings = new Map<Section | null, Array<{ n: Section; oldOrder: number }>>()
  for (const n of news) {
    const o = reverse.get(n.section)
    if (!o) continue
    const oldParent = oldNode.get(o)!.parent
    if (!sameParent(oldParent, n.parent, partner)) moved.add(n.section)
    else {
      const entry = { n: n.section, oldOrder: oldNode.get(o)!.order }
      const list = siblings.get(n.parent)
      if (list) list.push(entry)
      else siblings.set(n.parent, [entry])
    }
  }
  for (const list of siblings.values()) {
    const keep = longestIncreasing(list.map((x) => x.oldOrder))
    list.forEach((x, i) => {
      if (!keep.has(i)) moved.add(x.n)
    })
  }
  return moved
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = []
  const previous: number[] = new Array<number>(values.length).fill(-1)
  values.forEach((v, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]!]! < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[i] = tails[lo - 1]!
    tails[lo] = i
  })
  const keep = new Set<number>()
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) keep.add(i)
  return keep
}
