/**
 * diffSets / diffDocuments: two versions of an agreement set → a ChangeSet, plain data that
 * serialises to JSON (schemas/changeset.schema.json) and that every redline renders from.
 *
 * Documents are matched by front matter id, sections by align.ts, and the text of matched
 * sections is compared by words.ts. Every section entry carries hunks covering its whole text,
 * unchanged or not, so a renderer needs nothing but the ChangeSet, and applyChangeSet can check
 * that old + changes gives the new version exactly.
 */
import type { AgreementDocument, AgreementSet, HearingLabel, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { alignSections, DEFAULT_MAX_ALIGNMENT_PAIRS, type SectionAlignment } from './align.js'
import { type AnyHunk, cutHunks, type Hunk, isChanged, type KeptHunk, PARAGRAPH_BREAK, textCheck, type TextDiff, textDiff } from './hunks.js'
import { collapseSpace } from './tokenize.js'
import { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS, diffBlocks, diffWordsBounded, type WordDiffOptions } from './words.js'

export const CHANGESET_FORMAT = 'avtaleverk-changeset'
export const CHANGESET_VERSION = 2

export type DocumentStatus = 'uendret' | 'revidert' | 'ny' | 'fjernet'
export type SectionStatus = 'uendret' | 'endret' | 'ny' | 'fjernet' | 'flyttet' | 'omnummerert' | 'tittel endret' | 'delt' | 'slått sammen'

/** The headline of a section is the first of its tags in this order. */
export const SECTION_STATUSES: readonly SectionStatus[] = ['ny', 'fjernet', 'delt', 'slått sammen', 'flyttet', 'omnummerert', 'tittel endret', 'endret', 'uendret']
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['ny', 'fjernet', 'revidert', 'uendret']

export interface SectionRef {
  id: string
  number: string | null
  numberText: string | null
  title: string
  /** The heading as written: "5. Brukermedvirkning", "Del 2 – Omforente retningslinjer". */
  heading: string
  /** Headings of the sections it stands in, outermost first: tells "Kommunens ansvar" from another. */
  parents: string[]
  depth: number
  /** Line of the heading in its file. */
  line: number
}

export interface SectionChange<H extends AnyHunk = AnyHunk> extends TextDiff<H> {
  /** The headline: the first of `tags` in SECTION_STATUSES order, `uendret` when there are none. */
  status: SectionStatus
  /** Everything that happened to the section, e.g. ["omnummerert", "endret"]. */
  tags: SectionStatus[]
  /**
   * The old section. For `delt`, the section this one was split off; for `slått sammen`, the
   * section that was merged away (its text is in the hunks of the section it was merged into).
   */
  old: SectionRef | null
  /** The new section. For `slått sammen`, the section it was merged into. */
  new: SectionRef | null
  /** Word diff of the title, when it changed. */
  titleHunks: Hunk[] | null
  /**
   * For a section that kept its place in a split: the pieces split off it. For a section others
   * were merged into: those sections. Empty otherwise (a piece's `old` says where it came from,
   * a merged-away section's `new` where it went).
   */
  linked: SectionRef[]
}

export interface FrontMatterChange {
  key: string
  old: unknown
  new: unknown
}

export interface DocumentSide {
  path: string
  title: string
  version: string
  date: string
  hearing: HearingLabel | null
}

export interface DocumentChange<H extends AnyHunk = AnyHunk> {
  id: string
  status: DocumentStatus
  old: DocumentSide | null
  new: DocumentSide | null
  /** Word diff of the `#` title, when it changed. */
  titleHunks: Hunk[] | null
  /** Front matter keys whose value differs. Listed, but not counted as a change of the text. */
  frontMatter: FrontMatterChange[]
  preamble: TextDiff<H>
  sections: Array<SectionChange<H>>
  wordsAdded: number
  wordsRemoved: number
  /** The høring label the text changes call for; null for a new or removed document. */
  hearingLabel: HearingLabel | null
  /** True when section alignment had too many candidates to compare them all. */
  alignmentLimited: boolean
}

export interface ChangeSetSummary {
  documents: Record<DocumentStatus, number>
  /** Sections by headline status. */
  sections: Record<SectionStatus, number>
  sectionsChanged: number
  wordsAdded: number
  wordsRemoved: number
  /** Texts compared more coarsely than word by word (see `fallback`). */
  fallbacks: number
}

/**
 * Two versions compared. By default the unchanged text is left out: each `lik` hunk is a
 * {@link KeptHunk} giving its length in the old text, so a one-word change is a small
 * ChangeSet; `options.includeText` says whether the texts are in. {@link changeSetWithText}
 * puts them back from the old set; the renderers and applyChangeSet do it themselves.
 */
export interface ChangeSet<H extends AnyHunk = AnyHunk> {
  format: typeof CHANGESET_FORMAT
  version: typeof CHANGESET_VERSION
  old: { label: string }
  new: { label: string }
  options: { ignoreFormatting: boolean; maxEditLength: number; includeText: boolean }
  summary: ChangeSetSummary
  documents: Array<DocumentChange<H>>
}

/** A ChangeSet with every hunk's text: what `diffSets(a, b, { includeText: true })` and changeSetWithText give. */
export type ChangeSetWithText = ChangeSet<Hunk>

export interface DiffOptions {
  /** Ignore changes that are only whitespace: line wrapping, double spaces, paragraph breaks. */
  ignoreFormatting?: boolean
  /** Most edits one paragraph-level or word-level diff may need before it falls back. */
  maxEditLength?: number
  /** Time budget of the whole comparison in ms; past it, what is left falls back. */
  timeout?: number
  /** Most section pairs compared by similarity per document (see align.ts). */
  maxAlignmentPairs?: number
  /** How the versions are named in the result: a path, or a git revision. Default: the set's root. */
  oldLabel?: string
  newLabel?: string
  /**
   * Keep the unchanged text in the hunks. Default false: a `lik` hunk gives only its length,
   * and the text is taken from the old set when needed. Always on with `ignoreFormatting`
   * (the unchanged stretches are then the new version's text, not the old's).
   */
  includeText?: boolean
}

interface Context {
  words: Required<WordDiffOptions>
  maxPairs: number
}

/** Options with their defaults; the time budget starts now and is shared by the whole comparison. */
function context(options: DiffOptions): Context {
  return {
    words: {
      ignoreFormatting: options.ignoreFormatting ?? false,
      maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH,
      deadline: Date.now() + (options.timeout ?? DEFAULT_TIMEOUT_MS),
    },
    maxPairs: options.maxAlignmentPairs ?? DEFAULT_MAX_ALIGNMENT_PAIRS,
  }
}

/** The old set each ChangeSet diffSets made came from, so that its left-out text can be found in-process. */
const SOURCES = new WeakMap<object, AgreementSet>()

/** The old set a ChangeSet was made from by diffSets in this process, if any. */
export function changeSetSource(changeSet: ChangeSet): AgreementSet | undefined {
  return SOURCES.get(changeSet)
}

/**
 * Compares two versions of an agreement set: documents by id, sections by id, title and
 * content, the text word by word.
 *
 * @example
 * ```ts
 * const changes = diffSets(await loadAgreementSet('agreements'), await loadAgreementSet('examples/revisjon-2024'))
 * console.log(changes.summary.sectionsChanged, renderDiffText(changes))
 * ```
 * @throws never for two sets; bounded in time and edits (see `timeout`, `maxEditLength`), past which it compares more coarsely and says so in `fallback`.
 */
export function diffSets(oldSet: AgreementSet, newSet: AgreementSet, options: DiffOptions & { includeText: true }): ChangeSetWithText
export function diffSets(oldSet: AgreementSet, newSet: AgreementSet, options?: DiffOptions): ChangeSet
export function diffSets(oldSet: AgreementSet, newSet: AgreementSet, options: DiffOptions = {}): ChangeSet {
  const full = fullDiff(oldSet, newSet, options)
  if (full.options.includeText) return full
  const slim = leaveOutUnchanged(full)
  SOURCES.set(slim, oldSet)
  return slim
}

function fullDiff(oldSet: AgreementSet, newSet: AgreementSet, options: DiffOptions): ChangeSetWithText {
  const ctx = context(options)
  const oldById = new Map(oldSet.documents.map((d) => [d.frontMatter.id, d]))
  const newIds = new Set(newSet.documents.map((d) => d.frontMatter.id))
  const documents = inOldPlaces(
    oldSet.documents,
    newSet.documents,
    (o) => newIds.has(o.frontMatter.id),
    (n) => oldById.get(n.frontMatter.id),
  ).map(([o, n]) => compareDocuments(o, n, ctx))
  return {
    format: CHANGESET_FORMAT,
    version: CHANGESET_VERSION,
    old: { label: options.oldLabel ?? oldSet.root },
    new: { label: options.newLabel ?? newSet.root },
    options: { ignoreFormatting: ctx.words.ignoreFormatting, maxEditLength: ctx.words.maxEditLength, includeText: options.includeText === true || ctx.words.ignoreFormatting },
    summary: summarise(documents),
    documents,
  }
}

/**
 * One document against its other version; null for a document that is new or removed. The
 * hunks keep their text (a DocumentChange has no set to take it from).
 *
 * @throws never
 */
export function diffDocuments(oldDoc: AgreementDocument | null, newDoc: AgreementDocument | null, options: DiffOptions = {}): DocumentChange<Hunk> {
  return compareDocuments(oldDoc, newDoc, context(options))
}

/** `lik` text → its length; changed text stays. */
function keep(hunks: readonly Hunk[]): AnyHunk[] {
  return hunks.map((h): AnyHunk => (h.kind === 'lik' ? ({ kind: 'lik', length: h.text.length, check: textCheck(h.text) } satisfies KeptHunk) : h))
}

function leaveOutUnchanged(cs: ChangeSetWithText): ChangeSet {
  return {
    ...cs,
    documents: cs.documents.map((d) => ({
      ...d,
      preamble: { ...d.preamble, hunks: keep(d.preamble.hunks) },
      sections: d.sections.map((s) => ({ ...s, hunks: keep(s.hunks) })),
    })),
  }
}

/** A section merged away into another: its entry points at the section that took its text. */
export function isMergedAway(s: SectionChange): boolean {
  return s.status === 'slått sammen' && s.linked.length === 0
}

/** True when any document's text changed (front matter alone does not count). */
export function hasChanges(changeSet: ChangeSet): boolean {
  return changeSet.documents.some((d) => d.status !== 'uendret')
}

function compareDocuments(oldDoc: AgreementDocument | null, newDoc: AgreementDocument | null, ctx: Context): DocumentChange<Hunk> {
  const alignment = alignSections(oldDoc?.sections ?? [], newDoc?.sections ?? [], ctx.maxPairs)
  const sections = sectionChanges(oldDoc?.sections ?? [], newDoc?.sections ?? [], alignment, ctx)
  const preamble = diffBlocks(oldDoc?.preamble.blocks ?? [], newDoc?.preamble.blocks ?? [], ctx.words)
  const titleHunks = oldDoc && newDoc && oldDoc.title !== newDoc.title ? diffWordsBounded(oldDoc.title, newDoc.title, ctx.words).hunks : null
  const revised = titleHunks !== null || isChanged(preamble.hunks) || sections.some((s) => s.status !== 'uendret')
  const status: DocumentStatus = !oldDoc ? 'ny' : !newDoc ? 'fjernet' : revised ? 'revidert' : 'uendret'
  const titleWords = titleHunks ? textDiff(titleHunks) : { wordsAdded: 0, wordsRemoved: 0 }
  return {
    id: (newDoc ?? oldDoc)!.frontMatter.id,
    status,
    old: oldDoc && side(oldDoc),
    new: newDoc && side(newDoc),
    titleHunks,
    frontMatter: oldDoc && newDoc ? frontMatterChanges(oldDoc, newDoc) : [],
    preamble,
    sections,
    wordsAdded: titleWords.wordsAdded + preamble.wordsAdded + sum(sections, 'wordsAdded'),
    wordsRemoved: titleWords.wordsRemoved + preamble.wordsRemoved + sum(sections, 'wordsRemoved'),
    hearingLabel: status === 'revidert' ? 'revidert etter høringsrunde' : status === 'uendret' ? 'uendret etter høringsrunde' : null,
    alignmentLimited: alignment.limited,
  }
}

function side(doc: AgreementDocument): DocumentSide {
  const fm = doc.frontMatter
  return { path: doc.path, title: doc.title, version: fm.version ?? '', date: fm.date ?? '', hearing: fm.hearing ?? null }
}

function frontMatterChanges(oldDoc: AgreementDocument, newDoc: AgreementDocument): FrontMatterChange[] {
  const keys = [...new Set([...Object.keys(newDoc.frontMatter), ...Object.keys(oldDoc.frontMatter)])]
  return keys
    .filter((key) => JSON.stringify(oldDoc.frontMatter[key]) !== JSON.stringify(newDoc.frontMatter[key]))
    .map((key) => ({ key, old: oldDoc.frontMatter[key] ?? null, new: newDoc.frontMatter[key] ?? null }))
}

/** A SectionRef maker for the sections of two versions, each ref naming its ancestors' headings. */
function refMaker(...trees: Section[][]): (s: Section) => SectionRef {
  const parents = new Map<Section, string[]>()
  const walk = (list: Section[], above: string[]) => {
    for (const s of list) {
      parents.set(s, above)
      walk(s.children, [...above, s.heading])
    }
  }
  for (const tree of trees) walk(tree, [])
  return (s) => ({ id: s.id, number: s.number, numberText: s.numberText, title: s.title, heading: s.heading, parents: parents.get(s) ?? [], depth: s.depth, line: s.headingRange.start.line })
}

/** The alignment seen from both sides, for lookups in constant time. */
interface Lookup {
  olds: Section[]
  news: Section[]
  oldIndex: Map<Section, number>
  newIndex: Map<Section, number>
  reverse: Map<Section, Section>
  /** Old section → the pieces split off it; new section → the sections merged into it. */
  piecesOf: Map<Section, Section[]>
  mergedFrom: Map<Section, Section[]>
}

function lookup(oldSections: Section[], newSections: Section[], alignment: SectionAlignment): Lookup {
  const olds = allSections(oldSections)
  const news = allSections(newSections)
  const group = (pairs: Iterable<[Section, Section]>) => {
    const out = new Map<Section, Section[]>()
    for (const [piece, target] of pairs) {
      const list = out.get(target)
      if (list) list.push(piece)
      else out.set(target, [piece])
    }
    return out
  }
  return {
    olds,
    news,
    oldIndex: new Map(olds.map((s, i) => [s, i])),
    newIndex: new Map(news.map((s, i) => [s, i])),
    reverse: new Map([...alignment.partner].map(([o, n]) => [n, o])),
    piecesOf: group(alignment.splitFrom),
    mergedFrom: group(alignment.mergedInto),
  }
}

/**
 * Section entries in the new version's order, each removed or merged-away section after the
 * section it followed in the old version.
 */
function sectionChanges(oldSections: Section[], newSections: Section[], alignment: SectionAlignment, ctx: Context): Array<SectionChange<Hunk>> {
  const at = lookup(oldSections, newSections, alignment)
  const diffs = compareGroups(at, alignment, ctx)
  const ref = refMaker(oldSections, newSections)

  const out: Array<SectionChange<Hunk>> = []
  for (const [o, n] of inOldPlaces(at.olds, at.news, (x) => alignment.partner.has(x), (x) => at.reverse.get(x))) {
    if (!n) {
      const into = alignment.mergedInto.get(o!)
      out.push(into ? entry(ref, ['slått sammen'], o, into, textDiff([]), null, []) : entry(ref, ['fjernet'], o, null, diffs.get(o!)!, null, []))
      continue
    }
    const diff = diffs.get(n)!
    if (!o) {
      const source = alignment.splitFrom.get(n)
      out.push(source ? entry(ref, ['delt', ...(isChanged(diff.hunks) ? ['endret' as const] : [])], source, n, diff, null, []) : entry(ref, ['ny'], null, n, diff, null, []))
      continue
    }
    const titleHunks = collapseSpace(o.title) !== collapseSpace(n.title) ? diffWordsBounded(o.title, n.title, ctx.words).hunks : null
    const tags: SectionStatus[] = []
    const linked = [...(at.piecesOf.get(o) ?? []), ...(at.mergedFrom.get(n) ?? [])]
    if (at.piecesOf.has(o)) tags.push('delt')
    if (at.mergedFrom.has(n)) tags.push('slått sammen')
    if (alignment.moved.has(n)) tags.push('flyttet')
    else if (o.numberText !== n.numberText) tags.push('omnummerert')
    if (titleHunks) tags.push('tittel endret')
    if (isChanged(diff.hunks)) tags.push('endret')
    out.push(entry(ref, tags, o, n, diff, titleHunks, linked))
  }
  return out
}

/**
 * The new items in order, each paired with its old counterpart, and each old item without one
 * placed right after the counterpart of the nearest matched old item before it (first, if
 * there is none): [old, new] pairs with null for the missing side.
 */
function inOldPlaces<T>(olds: readonly T[], news: readonly T[], matched: (o: T) => boolean, counterpart: (n: T) => T | undefined): Array<[T | null, T | null]> {
  const after = new Map<T | null, T[]>()
  let anchor: T | null = null
  for (const o of olds) {
    if (matched(o)) anchor = o
    else {
      const list = after.get(anchor)
      if (list) list.push(o)
      else after.set(anchor, [o])
    }
  }
  const out: Array<[T | null, T | null]> = (after.get(null) ?? []).map((o) => [o, null])
  for (const n of news) {
    const o = counterpart(n) ?? null
    out.push([o, n])
    if (o !== null) for (const u of after.get(o) ?? []) out.push([u, null])
  }
  return out
}

function entry(ref: (s: Section) => SectionRef, tags: SectionStatus[], o: Section | null, n: Section | null, diff: TextDiff, titleHunks: Hunk[] | null, linked: Section[]): SectionChange<Hunk> {
  const ordered = SECTION_STATUSES.filter((s) => tags.includes(s))
  const title = titleHunks ? textDiff(titleHunks) : { wordsAdded: 0, wordsRemoved: 0 }
  return {
    status: ordered[0] ?? 'uendret',
    tags: ordered,
    old: o && ref(o),
    new: n && ref(n),
    titleHunks,
    linked: linked.map(ref),
    hunks: diff.hunks,
    wordsAdded: diff.wordsAdded + title.wordsAdded,
    wordsRemoved: diff.wordsRemoved + title.wordsRemoved,
    fallback: diff.fallback,
  }
}

/**
 * The text diff of every section, keyed by new section (by old section for a removed one). A
 * matched section is compared together with the pieces split off it or the sections merged into
 * it: the old texts joined against the new texts joined, diffed once and cut back into one hunk
 * list per new section. An unmatched section is all removed or all added.
 */
function compareGroups(at: Lookup, alignment: SectionAlignment, ctx: Context): Map<Section, TextDiff> {
  const out = new Map<Section, TextDiff>()
  for (const o of at.olds) {
    if (!alignment.partner.has(o) && !alignment.mergedInto.has(o)) out.set(o, diffBlocks(o.blocks, [], ctx.words))
  }
  for (const n of at.news) {
    if (!at.reverse.has(n) && !alignment.splitFrom.has(n)) out.set(n, diffBlocks([], n.blocks, ctx.words))
  }
  for (const [o, n] of alignment.partner) {
    const groupOld = inOrder([o, ...(at.mergedFrom.get(n) ?? [])], at.oldIndex)
    const groupNew = inOrder([n, ...(at.piecesOf.get(o) ?? [])], at.newIndex)
    const diff = diffBlocks(groupBlocks(groupOld), groupBlocks(groupNew), ctx.words)
    if (groupNew.length === 1) {
      out.set(n, diff)
      continue
    }
    const pieces = cutHunks(diff.hunks, groupNew.map((x) => x.text.length), PARAGRAPH_BREAK)
    groupNew.forEach((x, i) => out.set(x, textDiff(pieces[i]!, diff.fallback)))
  }
  return out
}

function inOrder(sections: Section[], index: Map<Section, number>): Section[] {
  return sections.sort((a, b) => index.get(a)! - index.get(b)!)
}

/**
 * The blocks of a group whose joined text is the sections' texts joined by a paragraph break,
 * as cutHunks and applyChangeSet expect: an empty section still takes its place.
 */
function groupBlocks(sections: Section[]): string[] {
  if (sections.length === 1) return sections[0]!.blocks
  return sections.flatMap((s) => (s.blocks.length > 0 ? s.blocks : ['']))
}

function sum(list: ReadonlyArray<SectionChange<AnyHunk>>, key: 'wordsAdded' | 'wordsRemoved'): number {
  return list.reduce((n, s) => n + s[key], 0)
}

function summarise(documents: ReadonlyArray<DocumentChange<AnyHunk>>): ChangeSetSummary {
  const docs = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, 0])) as Record<DocumentStatus, number>
  const sections = Object.fromEntries(SECTION_STATUSES.map((s) => [s, 0])) as Record<SectionStatus, number>
  let fallbacks = 0
  for (const d of documents) {
    docs[d.status]++
    if (d.preamble.fallback) fallbacks++
    for (const s of d.sections) {
      sections[s.status]++
      if (s.fallback) fallbacks++
    }
  }
  return {
    documents: docs,
    sections,
    sectionsChanged: documents.reduce((n, d) => n + d.sections.filter((s) => s.status !== 'uendret').length, 0),
    wordsAdded: documents.reduce((n, d) => n + d.wordsAdded, 0),
    wordsRemoved: documents.reduce((n, d) => n + d.wordsRemoved, 0),
    fallbacks,
  }
}

/** «2023-forslag», or several joined, from the documents of one side of the comparison. */
export function versionsOf(changes: ChangeSet, side: 'old' | 'new'): string {
  return [...new Set(changes.documents.flatMap((d) => (d[side] ? [d[side]!.version] : [])))].join(', ')
}
