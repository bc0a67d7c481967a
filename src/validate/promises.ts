/**
 * References that promise content: «Bestemmelser om betaling … er inntatt i retningslinje for
 * samarbeid om pasientforløp, se del 2, punkt 2.2», «… er nærmere beskrevet i retningslinje 7»,
 * and the forward promise «Prosedyre for dette skal beskrives nærmere i retningslinjene». Each
 * promise names what it is about (X); the target must say something about X.
 *
 * How «something about X» is judged, for precision:
 * - «Bestemmelser/regler/prosedyre om X …»: X's first content word is what the provisions are
 *   about («betaling»); the target must contain a word of that stem.
 * - «X er (nærmere) beskrevet/omtalt/regulert/inntatt i …»: any content word of X will do.
 * - «… for dette skal beskrives i retningslinjene»: «dette» is the sentence before; any of its
 *   content words in any retningslinje will do.
 * The target's text is read without the names of acts and regulations it cites («forskrift om
 * kommunal betaling for utskrivningsklare pasienter» is a citation, not provisions on betaling),
 * and a Del 2 section of the samarbeidsavtale stands with the retningslinje it anchors.
 */
import type { AgreementDocument, AgreementSet, CrossReference, Section } from '../model.js'
import { ACTS } from '../law/acts.js'
import { allSections } from '../parse/document.js'
import { label, resolveReference, retningslinjer } from './locate.js'
import { type Sentence, sentencesOf } from './passages.js'

export interface BrokenPromise {
  sentence: Sentence
  /** What the text promises the target holds. */
  topic: string
  /** The word (or words) looked for. */
  looked: string[]
  /** Where it was looked for, in Norwegian («retningslinje 2», «retningslinjene»). */
  target: string
  reference?: CrossReference
}

const STOP = new Set(
  'og i for av om til som med på er det den de en et at å skal kan herunder slik hva gjelder samt eller fra ved egne sine sin sitt hos under etter mellom denne dette disse nærmere også blant annet ansvar ansvaret bestemmelser bestemmelsene regler reglene prosedyre prosedyrer rutine rutiner forpliktelser plikt plikter kommunen kommunene kommune unn partnerne partnere partene helseforetaket helseforetak'.split(' '),
)

const WORD = /[\p{L}][\p{L}-]*/gu
const contentWords = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLocaleLowerCase('nb')).filter((w) => w.length > 2 && !STOP.has(w))
/** A stem: the word without its last letters, so that «betaling» finds «betale», «ivaretakelse» «ivaretas». */
const stem = (w: string) => w.slice(0, Math.max(4, w.length - 3))

/** «Bestemmelser om X er inntatt i», «Regler for X er beskrevet i». */
const PROVISIONS = /^(?:nærmere[ \t]+)?(?:bestemmelser|bestemmelsene|regler|reglene|prosedyrer?|rutiner?)[ \t]+(?:om|for)[ \t]+(.{3,200}?)[ \t]+er[ \t]+(?:nærmere[ \t]+)?(?:inntatt|tatt[ \t]+inn|beskrevet|regulert|omtalt)[ \t]+i\b/iu
/** «X er (nærmere) beskrevet i». */
const DESCRIBED = /^(.{3,200}?)[ \t]+er[ \t]+(?:nærmere[ \t]+)?(?:inntatt|beskrevet|regulert|omtalt)[ \t]+i\b/iu
/** «Prosedyre for dette skal beskrives (nærmere) i retningslinjene». */
const FORWARD = /^(?:prosedyrer?|rutiner?|bestemmelser|regler)[ \t]+(?:for|om)[ \t]+(dette|det)[ \t]+skal[ \t]+(?:beskrives|utarbeides|fastsettes|reguleres)[ \t]+(?:nærmere[ \t]+)?i[ \t]+retningslinjene\b/iu

const ACT_NAMES = new RegExp(
  ACTS.flatMap((a) => a.names)
    .filter((n) => n.includes(' '))
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
)

function withoutActNames(text: string): string {
  return text.toLowerCase().replace(ACT_NAMES, ' ')
}

function fullText(sections: Section[]): string {
  return allSections(sections)
    .map((s) => `${s.title}\n${s.text}`)
    .join('\n')
}

const textOfDocument = (d: AgreementDocument) => `${d.preamble.text}\n${fullText(d.sections)}`

/** The text a reference's target holds: a section with its subsections, a Del 2 section with the retningslinje it anchors, a whole document. */
function targetText(set: AgreementSet, ref: CrossReference): { text: string; name: string } | null {
  const r = resolveReference(set, ref.target)
  if (r.problem || !r.document) return null
  if (!r.section) return { text: textOfDocument(r.document), name: label(r.document) }
  // The documents the section names as a whole («Se retningslinje 2»), each resolved once.
  const named = new Set(
    allSections([r.section])
      .flatMap((s) => s.references)
      .filter((x) => x.target.section === undefined)
      .map((x) => resolveReference(set, x.target).document),
  )
  const anchored = retningslinjer(set).filter((d) => d.frontMatter.anchor === r.section!.id || named.has(d))
  const section = `${r.section.part !== null ? `del ${r.section.part} ` : ''}punkt ${r.section.number} i ${label(r.document)}`
  return { text: [fullText([r.section]), ...anchored.map(textOfDocument)].join('\n'), name: [section, ...anchored.map(label)].join(' og ') }
}

/** Whether none of the looked-for words (by stem) is among the target's words. */
function missing(looked: string[], words: ReadonlySet<string>): boolean {
  const has = (w: string) => {
    const s = stem(w)
    for (const x of words) if (x.startsWith(s)) return true
    return false
  }
  return !looked.some(has)
}

const wordSet = (text: string): Set<string> => new Set(withoutActNames(text).match(WORD) ?? [])

const inside = (inner: CrossReference, s: Sentence) =>
  (inner.range.start.line > s.range.start.line || (inner.range.start.line === s.range.start.line && inner.range.start.column >= s.range.start.column)) &&
  (inner.range.end.line < s.range.end.line || (inner.range.end.line === s.range.end.line && inner.range.end.column <= s.range.end.column))

/** Every promise of content in the document that its target does not keep. */
export function brokenPromises(set: AgreementSet, document: AgreementDocument): BrokenPromise[] {
  const out: BrokenPromise[] = []
  const sentences = sentencesOf(document)
  const references = [...document.preamble.references, ...allSections(document.sections).flatMap((s) => s.references)]
  // The sentences that hold a reference, found by line: a promise needs one.
  const byLine = new Map<number, CrossReference[]>()
  for (const r of references) byLine.set(r.range.start.line, [...(byLine.get(r.range.start.line) ?? []), r])
  sentences.forEach((sentence, i) => {
    const forward = FORWARD.exec(sentence.text)
    if (forward) {
      const before = sentences[i - 1]
      const looked = before && before.section === sentence.section ? contentWords(before.text) : []
      const guidelines = retningslinjer(set)
      if (looked.length > 0 && guidelines.length > 0 && missing(looked, wordSet(guidelines.map(textOfDocument).join('\n')))) {
        out.push({ sentence, topic: before!.text, looked, target: 'retningslinjene' })
      }
      return
    }
    // Only a sentence that holds a reference can promise what its target holds.
    const near: CrossReference[] = []
    for (let line = sentence.range.start.line; line <= sentence.range.end.line; line++) for (const r of byLine.get(line) ?? []) near.push(r)
    const ref = near.find((r) => inside(r, sentence) && r.range.start.column > 0)
    if (!ref || !/\ber[ \t]/iu.test(sentence.text)) return
    const provisions = PROVISIONS.exec(sentence.text)
    const described = provisions ? null : DESCRIBED.exec(sentence.text)
    if (!provisions && !described) return
    const target = targetText(set, ref)
    if (!target) return
    const topic = (provisions ?? described)![1]!.trim()
    const words = contentWords(topic)
    const looked = provisions ? words.slice(0, 1) : words
    if (looked.length > 0 && missing(looked, wordSet(target.text))) out.push({ sentence, topic, looked, target: target.name, reference: ref })
  })
  return out
}
