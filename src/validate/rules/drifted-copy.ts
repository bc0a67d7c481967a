/**
 * drifted-copy: a passage the set repeats in two documents (Del 2's summary of a retningslinje and
 * the retningslinje's own «Formål», a sentence of Del 1 quoted in a retningslinje) whose copies
 * now differ in their words. One finding per pair of sections, at both places, with the word
 * difference of each sentence that drifted.
 *
 * Near-linear: sentences are indexed by hashed word 4-grams (shingles), a shingle shared by more
 * than MAX_POSTINGS sentences is boilerplate and not used to find pairs, and only sentences that
 * share half their shingles are diffed (jsdiff through src/diff/words.ts, bounded).
 *
 * Precision over recall, so not reported: copies within one document (the set mirrors «UNN skal»
 * and «Kommunen skal» on purpose); differences only in punctuation, case or spacing; form
 * sentences that differ in a number or a template variable («forankret i … punkt 2.1» / «2.2»);
 * sentences of fewer than MIN_WORDS words.
 */
import type { AgreementDocument } from '../../model.js'
import { diffWordsBounded } from '../../diff/words.js'
import { words } from '../../diff/tokenize.js'
import { isMainAgreement, label } from '../locate.js'
import { type Sentence, sentencesOf } from '../passages.js'
import { defineRule, type Finding } from '../types.js'

const MIN_WORDS = 8
const SHINGLE = 4
/** A shingle in more sentences than this is a set phrase («Se Samarbeidsavtale mellom …»), not evidence of a copy. */
const MAX_POSTINGS = 24
/** Share of a sentence's shingles the other must have to be diffed at all. */
const MIN_SHARED = 0.5
/** At most this share of the longer sentence's words may change for the two to be copies. */
const MAX_CHANGED = 0.34

interface Unit {
  sentence: Sentence
  words: string[]
  /** Hashes of the word 4-grams: a candidate filter only, every pair found is diffed. */
  shingles: Set<number>
}

interface Change {
  here: string
  there: string
}

export interface DriftedPair {
  a: Sentence
  b: Sentence
  changes: Change[]
}

/**
 * A reference at a sentence's end is where the copy says it came from, not what it copies:
 * «… ansvarsområde, jfr. pkt. 8 i samarbeidsavtalen, del 1.», «… hjelp. Jf. helse- og
 * omsorgstjenestelovens § 3-5 tredje ledd.».
 */
const TRAILING_REFERENCE = /[,;]?[ \t]*\(?(?<![\p{L}])(?:jf|jfr|jamfør|se)\.?[ \t][^()]{0,120}?\d[^()]{0,60}\)?[.]?$/iu

/** Web addresses are where a text links, not what it says: two links to different pages are not a drifted copy. */
const URL = /\b(?:https?:\/\/|www\.)\S+/giu

/** The text compared: the sentence without web addresses and a trailing reference (only a sentence with a number near its end can have one). */
const compared = (s: Sentence) => {
  const text = s.text.replace(URL, ' ')
  return /\d/u.test(text.slice(-80)) ? text.replace(TRAILING_REFERENCE, '') : text
}

/** Lower-cased words for shingles: one split, cheaper than the diff's word tokens (the diff itself uses those). */
const shingleWords = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')

function unitOf(sentence: Sentence, ids: Map<string, number>): Unit | null {
  const w = shingleWords(compared(sentence))
  // Words of letters: a citation's numbers («§ 6-2, punkt 6, 7, 8») do not make a sentence long.
  if (w.filter((x) => /^\p{L}/u.test(x)).length < MIN_WORDS) return null
  const id = w.map((x) => {
    let n = ids.get(x)
    if (n === undefined) ids.set(x, (n = ids.size + 1))
    return n
  })
  const shingles = new Set<number>()
  for (let i = 0; i + SHINGLE <= id.length; i++) {
    let h = 0
    for (let k = i; k < i + SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ id[k]!) >>> 0
    shingles.add(h)
  }
  return { sentence, words: w, shingles }
}

const sameWords = (a: string, b: string) => words(a).join(' ') === words(b).join(' ')
const HAS_NUMBER_OR_VARIABLE = /\d|\{\{/u
/** A name inside a sentence: a capitalised word not at its start («… mellom Arendal kommune …»). */
const NAME = /^[\p{Lu}][\p{L}-]*$/u

/** A changed stretch as the message quotes it: without the spaces and punctuation at its ends. */
const shown = (s: string) => s.replace(/^[\s,.;:]+|[\s,.;:]+$/gu, '')

/**
 * The word changes between two sentences, or null when they are not copies of one text: too much
 * changed, or a number or variable differs on both sides (a form sentence with its own slot).
 */
export function wordChanges(a: string, b: string): Change[] | null {
  const { hunks, fallback } = diffWordsBounded(a, b, { ignoreFormatting: true, maxEditLength: 200 })
  if (fallback) return null
  const changes: Change[] = []
  let here = ''
  let there = ''
  let changedWords = 0
  let atStart = true
  const flush = () => {
    if ((here || there) && !sameWords(here, there)) {
      const slot = (re: RegExp) => re.test(here.trim()) && re.test(there.trim())
      // A slot of a form sentence: a number, a variable, or a name («Arendal» / «Lund») that differs.
      if (slot(HAS_NUMBER_OR_VARIABLE) || (!atStart && slot(NAME))) changedWords = Number.POSITIVE_INFINITY
      changedWords += Math.max(words(here).length, words(there).length)
      changes.push({ here: shown(here), there: shown(there) })
    }
    here = ''
    there = ''
  }
  for (const h of hunks) {
    if (h.kind === 'fjernet') here += h.text
    else if (h.kind === 'ny') there += h.text
    else {
      flush()
      if (/[\p{L}\p{N}]/u.test(h.text)) atStart = false
    }
  }
  flush()
  const longer = Math.max(words(a).length, words(b).length)
  if (changedWords > MAX_CHANGED * longer) return null
  return changes
}

/** A form sentence seen before any diff: same length, and every word that differs is a number on both sides. */
function onlyNumbersDiffer(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  return a.every((w, i) => w === b[i] || (/\d/u.test(w) && /\d/u.test(b[i]!)))
}

/** Whether one word list is the other with words added only before or only after: a copy that goes on, not one that drifted. */
function extends_(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const at = (offset: number) => short.every((w, i) => w === long[offset + i])
  return at(0) || at(long.length - short.length)
}

/** Pairs of sentences in different documents that are copies of one text and now differ in words. */
export function driftedPairs(documents: readonly AgreementDocument[]): DriftedPair[] {
  const units: Unit[] = []
  const ids = new Map<string, number>()
  for (const d of documents) for (const s of sentencesOf(d)) {
    const u = unitOf(s, ids)
    if (u) units.push(u)
  }
  const postings = new Map<number, number[]>()
  units.forEach((u, i) => {
    for (const sh of u.shingles) {
      const list = postings.get(sh)
      if (list) list.push(i)
      else postings.set(sh, [i])
    }
  })
  const pairs: DriftedPair[] = []
  units.forEach((u, i) => {
    const shared = new Map<number, number>()
    for (const sh of u.shingles) {
      const list = postings.get(sh)!
      if (list.length > MAX_POSTINGS) continue
      for (const j of list) if (j > i && units[j]!.sentence.document !== u.sentence.document) shared.set(j, (shared.get(j) ?? 0) + 1)
    }
    for (const [j, n] of shared) {
      const v = units[j]!
      if (n < MIN_SHARED * Math.min(u.shingles.size, v.shingles.size)) continue
      if (u.words.join(' ') === v.words.join(' ') || extends_(u.words, v.words) || onlyNumbersDiffer(u.words, v.words)) continue
      const changes = wordChanges(compared(u.sentence), compared(v.sentence))
      if (changes && changes.length > 0) pairs.push({ a: u.sentence, b: v.sentence, changes })
    }
  })
  return pairs
}

function place(s: Sentence): string {
  const where = s.section ? (s.section.number ? `punkt ${s.section.number}` : `«${s.section.title}»`) : 'innledningen'
  return `${where} i ${label(s.document)}`
}

const sectionKey = (s: Sentence) => `${s.document.path}#${s.section?.id ?? ''}`

export const driftedCopy = defineRule({
  id: 'drifted-copy',
  defaultSeverity: 'warning',
  description: 'Tekst som går igjen i to dokumenter skal være lik i begge',
  defaultOptions: {},
  check({ set }) {
    // Two main agreements in one folder are two sets (front-matter says so): their likenesses are versions, not copies.
    if (set.documents.filter(isMainAgreement).length > 1) return []
    // One finding per pair of sections, at the first sentence that drifted in each.
    const groups = new Map<string, DriftedPair[]>()
    for (const p of driftedPairs(set.documents)) {
      const key = `${sectionKey(p.a)}|${sectionKey(p.b)}`
      const list = groups.get(key)
      if (list) list.push(p)
      else groups.set(key, [p])
    }
    const findings: Finding[] = []
    for (const pairs of groups.values()) {
      const first = pairs[0]!
      const diff = (side: 'a' | 'b') =>
        pairs
          .flatMap((p) => p.changes)
          .map((c) => {
            const [mine, theirs] = side === 'a' ? [c.here, c.there] : [c.there, c.here]
            return `${mine ? `«${mine}»` : '(ingenting)'} her, ${theirs ? `«${theirs}»` : '(ingenting)'} der`
          })
          .join('; ')
      const at = (s: Sentence, other: Sentence, side: 'a' | 'b'): Finding => ({
        document: s.document,
        range: s.range,
        message: `Teksten er en kopi av ${place(other)} (${other.document.path}:${other.range.start.line}), men kopiene er ikke lenger like: ${diff(side)}`,
      })
      findings.push(at(first.a, first.b, 'a'), at(first.b, first.a, 'b'))
    }
    return findings
  },
})
