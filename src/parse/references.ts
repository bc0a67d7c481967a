/**
 * Cross-references between and inside the documents of a set, in the forms of every region:
 * "se del 2, punkt 2.2", "Se retningslinje 3", "forankret i samarbeidsavtalen del 2 punkt 2.1",
 * "jfr. pkt. 8 i samarbeidsavtalen, del 1", "se punkt 5 i denne retningslinjen", "i henhold til
 * 3.1 (Tittel)", "tjenesteavtale nr. 2", "delavtale 11", "tenesteavtale 1", "særavtale om …",
 * "overordnet samarbeidsavtale pkt. 4", "jfr pkt. 4 i rammeavtalen", "punkt 3 i avtalen",
 * "jf. § 5", "(nærare omtala i pkt. 5)".
 *
 * Deliberately conservative: "punkt 4.3.6" after the name of some other document (ISF-regelverk,
 * pårørendeveilederen) is not ours, so a bare "punkt N" only counts after a lead word ("se",
 * "sjå", "jf.", "beskrevet i", "omtalt/omtala i", "i henhold til" …) and not followed by
 * "i <another document>", or as "punkt N i denne retningslinjen/avtalen". "tidligere
 * tjenesteavtale 8" names history, not a reference. A reference that quotes a title keeps it, so
 * that rules can compare it with the target's real title. Each pattern is scanned once, and
 * overlaps are checked against a per-character claim map, so the work is linear (issue #10).
 */
import type { CrossReference, DocumentType, ReferenceTarget } from '../model.js'
import { rangeAt, type PositionedText } from './text.js'
import { Claims, matchAllCounted, type WorkCounter } from './work.js'

export const SAMARBEIDSAVTALE_ID = 'samarbeidsavtale'
export const retningslinjeId = (n: number | string) => `retningslinje-${n}`
/** The id a numbered document of a kind gets in references: `tjenesteavtale-2`, `delavtale-11`. */
export const documentIdOf = (kind: DocumentType, n: number | string) => `${kind}-${n}`
/** An overordnet samarbeidsavtale named as such: the set's own, or one a document replaces. */
export const OLD_AGREEMENT_ID = 'overordnet-samarbeidsavtale'
/** A rammeavtale named as such (Helse Førde's agreement before its overordna samarbeidsavtale). */
export const RAMMEAVTALE_ID = 'rammeavtale'
/** A særavtale named by its subject ("særavtale om …"). */
export const SAERAVTALE_ID = 'særavtale'

/** A section number, taken whole: never backed off from "4.3.6" to "4.3"; "5.0" is section 5. */
const NUM = String.raw`(\d{1,2}(?:\.\d{1,2}){0,4})(?!\d|\.\d|[-–]\d)`
const PUNKT = String.raw`(?:punkt|pkt\.?)`
const S = String.raw`[ \t\n]{1,3}`
const S0 = String.raw`[ \t\n]{0,3}`
/** A title quoted right after a reference: «…», “…”, "…" or (…). */
const QUOTED_TITLE = /^[ \t\n]{0,3}[,:]?[ \t\n]{0,3}(?:«([^»\n]{3,200})»|“([^”\n]{3,200})”|"([^"\n]{3,200})"|\(([^)\n]{3,120})\))/u

/** "Se punkt 5.2 for mer informasjon om barnekoordinator": what the reader is sent there for. */
const TOPIC = /^[ \t\n]{0,3}for[ \t\n]{1,3}(?:mer[ \t\n]{1,3})?informasjon[ \t\n]{1,3}om[ \t\n]{1,3}([\p{L}-]{3,40})/iu

/** Words before a reference that make it history rather than a reference ("tidligere tjenesteavtale 8"). */
const NOT_AFTER = String.raw`(?<!(?:tidligere|tidlegare|tidl\.|erstatter|erstattar|erstattes[ \t]av|erstatta[ \t]av)[ \t\n]{1,3})`
/** Lead words that make a bare "punkt N" or "§ N" a reference within the same document. */
const LEAD = String.raw`(?:se|sjå|jf\.?|jfr\.?|beskrevet${S}i|beskrive${S}i|skildra${S}i|(?:nærare${S}|nærmere${S})?omtal[at]${S}(?:(?:nedenfor|nedanfor|ovenfor|ovanfor)${S})?i|i${S}henhold${S}til|i${S}samsvar${S}med)`
/** "denne avtalen", "avtala", "denne retningslinjen", "tenesteavtalen": the document the text stands in. */
const THIS_DOCUMENT = String.raw`(?:denne${S}|dette${S})?(?:avtalen|avtala|retningslinjen|retningslina|tjenesteavtalen|tenesteavtala|tenesteavtalen|delavtalen|delavtala|særavtalen|særavtala|veilederen|rettleiaren|prosedyren|rutinen|vedlegget)`

/** Kind words of numbered documents (stem → kind); a longer stem must come before its prefix. */
const KIND_STEMS: Array<[string, DocumentType]> = [
  ['tjenesteavtal', 'tjenesteavtale'],
  ['tenesteavtal', 'tjenesteavtale'],
  ['delavtal', 'delavtale'],
  ['retningslinj', 'retningslinje'],
  ['retningslin', 'retningslinje'],
]
const KIND_BY_STEM = new Map(KIND_STEMS.map(([stem, kind]) => [stem, kind]))

interface Pattern {
  re: RegExp
  /** Whether "(…)" after the reference is a title; "retningslinje 6 (tidligere …)" is not. */
  parenthesisedTitle?: boolean
  target: (m: RegExpExecArray, documentId: string) => ReferenceTarget[]
}

/** "5.0" is section 5: the x.0 style numbers its top level that way. */
export function normaliseSectionNumber(n: string): string {
  return /^\d{1,3}\.0$/.test(n) ? n.slice(0, -2) : n
}

const numbered = (kind: DocumentType, list: string, section?: string): ReferenceTarget[] =>
  [...list.matchAll(/\d{1,2}/g)].map((n) => ({
    document: kind === 'retningslinje' ? retningslinjeId(n[0]) : documentIdOf(kind, n[0]),
    kind,
    number: Number(n[0]),
    ...(section ? { section: normaliseSectionNumber(section) } : {}),
  }))

const PATTERNS: Pattern[] = [
  // "samarbeidsavtalen(s) del 2 punkt 2.1", "se del 2, punkt 2.2", "generell del pkt. 7"
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:(?:samarbeidsavtalens?|avtalens)${S})?(?:del${S}(\d)|generell${S}del)${S0},?${S0}${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, kind: 'samarbeidsavtale', part: m[1] ? Number(m[1]) : 1, section: normaliseSectionNumber(m[2]!) }],
  },
  // "Overordnet samarbeidsavtale pkt 11", "overordna samarbeidsavtale (pt. pkt. 8)", "rammeavtalen pkt. 4"
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:(overordne[td]|overordna)${S}samarbeidsavtal(?:e|en|ens|a)|(rammeavtal)(?:e|en|ens|a))${S0},?${S0}(?:\(pt\.${S0})?${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: m[2] ? RAMMEAVTALE_ID : OLD_AGREEMENT_ID, kind: 'samarbeidsavtale', section: normaliseSectionNumber(m[3]!) }],
  },
  // "pkt. 8 i samarbeidsavtalen, del 1", "punkt 2.1.3 i samarbeidsavtalen", "jfr pkt. 4 i rammeavtalen"
  {
    re: new RegExp(String.raw`(?<![\p{L}])${PUNKT}${S0}${NUM}${S}i${S}(?:(samarbeidsavtalen)(?:${S0},${S0}del${S}(\d))?|(?:den${S})?(overordne[td]e?|overordna)${S}samarbeidsavtalen?|(rammeavtalen|rammeavtala))`, 'giu'),
    target: (m) => [
      m[2]
        ? { document: SAMARBEIDSAVTALE_ID, kind: 'samarbeidsavtale', section: normaliseSectionNumber(m[1]!), ...(m[3] ? { part: Number(m[3]) } : {}) }
        : { document: m[5] ? RAMMEAVTALE_ID : OLD_AGREEMENT_ID, kind: 'samarbeidsavtale', section: normaliseSectionNumber(m[1]!) },
    ],
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])samarbeidsavtalen?${S0},?${S0}${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, kind: 'samarbeidsavtale', section: normaliseSectionNumber(m[1]!) }],
  },
  // "se del 2" (a part as a whole)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:se|sjå|jf\.?|jfr\.?)${S}del${S}(\d)(?![\d.,]*${S0}${PUNKT})`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, kind: 'samarbeidsavtale', part: Number(m[1]) }],
  },
  // "retningslinje 3", "Retningslinjene 4 og 5", "tjenesteavtale nr. 2", "delavtale 11", "Tenesteavtale 11 og 12",
  // "tjenesteavtale 2, punkt 3"; not "tidligere tjenesteavtale 8"
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])${NOT_AFTER}(${KIND_STEMS.map(([s]) => s).join('|')})(?:e|en|ene|a|ane|ar|er)?${S}(?:nr\.?${S0})?(\d{1,2}(?:${S0}(?:,|og)${S0}\d{1,2}){0,10})(?!\d|\.\d)(?:${S0},?${S0}${PUNKT}${S0}${NUM})?`,
      'giu',
    ),
    target: (m) => numbered(KIND_BY_STEM.get(m[1]!.toLowerCase())!, m[2]!, m[3]),
  },
  // "særavtale om legevakt": a særavtale named by its subject
  {
    re: new RegExp(String.raw`(?<![\p{L}])${NOT_AFTER}særavtal(?:e|en|a)${S}om${S}([^.,;:()«»"\n]{3,80})`, 'giu'),
    target: (m) => [{ document: SAERAVTALE_ID, kind: 'særavtale', subject: m[1]!.trim() }],
  },
  // inside the same document: "se punkt 5.2", "beskrevet i pkt. 7", "(nærare omtala i pkt. 5)", "jf. § 5",
  // "som omtalt i kap. 5", "punkt 5 i denne retningslinjen", "punkt 3 i avtalen"
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${LEAD}${S}(?:${PUNKT}|kap\.?|kapittel|§)${S0}${NUM}(?!${S}i${S}(?!denne|dette))|${PUNKT}${S0}${NUM}${S}i${S}${THIS_DOCUMENT}(?![\p{L}]))`,
      'giu',
    ),
    target: (m, documentId) => [{ document: documentId, section: normaliseSectionNumber((m[1] ?? m[2])!) }],
  },
  // "i henhold til 3.1 (Helseopplysninger ved søknad)": a bare number followed by a title
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:i${S}henhold${S}til|jf\.?|jfr\.?|se|sjå)${S}(\d{1,2}(?:\.\d{1,2}){1,4})(?=${S0}\()`, 'giu'),
    target: (m, documentId) => [{ document: documentId, section: m[1]! }],
    parenthesisedTitle: true,
  },
]

/** Every pattern needs one of these words; most blocks have none, and skip the scans. */
const ANY_REFERENCE = /pkt|punkt|retningslin|avtal|\bdel\b|\d\.\d|§|kap/iu

export interface ReferenceOptions {
  work?: WorkCounter
}

export function extractReferences(pt: PositionedText, documentId: string, options: ReferenceOptions = {}): CrossReference[] {
  const { work } = options
  const text = pt.text
  work?.add(text.length)
  if (!ANY_REFERENCE.test(text)) return []
  const out: CrossReference[] = []
  const claims = new Claims(text.length, work)
  for (const pattern of PATTERNS) {
    for (const m of matchAllCounted(text, pattern.re, work, 40)) {
      const start = m.index
      const end = start + m[0].length
      // The first, more specific pattern wins where two overlap.
      if (!claims.claim(start, end)) continue
      work?.add(340)
      const q = QUOTED_TITLE.exec(text.slice(end, end + 260))
      const quotedTitle = q ? (q[1] ?? q[2] ?? q[3] ?? (pattern.parenthesisedTitle ? q[4] : undefined))?.trim() : undefined
      const topic = TOPIC.exec(text.slice(end, end + 80))?.[1]
      const range = rangeAt(pt, start, end, work)
      for (const target of pattern.target(m, documentId)) {
        out.push({ target, text: m[0], range, ...(quotedTitle ? { quotedTitle } : {}), ...(topic ? { topic } : {}) })
      }
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}
