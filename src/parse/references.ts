/**
 * Cross-references between and inside the documents of a set: "se del 2, punkt 2.2",
 * "Se retningslinje 3", "forankret i samarbeidsavtalen del 2 punkt 2.1", "jfr. pkt. 8 i
 * samarbeidsavtalen, del 1", "se punkt 5 i denne retningslinjen", "i henhold til 3.1 (Tittel)".
 *
 * Deliberately conservative: "punkt 4.3.6" after the name of some other document (ISF-regelverk,
 * pårørendeveilederen) is not ours, so a bare "punkt N" only counts after "se", "jf.", "jfr.",
 * "beskrevet i", "omtalt i" or "i henhold til" (and not followed by "i <another document>"),
 * or as "punkt N i denne retningslinjen". A reference that quotes a title keeps it, so that rules can
 * compare it with the target's real title.
 */
import type { CrossReference, ReferenceTarget } from '../model.js'
import { rangeAt, type PositionedText } from './text.js'

export const SAMARBEIDSAVTALE_ID = 'samarbeidsavtale'
export const retningslinjeId = (n: number | string) => `retningslinje-${n}`
/** The overordnet samarbeidsavtale of 2012, replaced in 2023: never in a set, always stale. */
export const OLD_AGREEMENT_ID = 'overordnet-samarbeidsavtale'

/** A section number, taken whole: never backed off from "4.3.6" to "4.3". */
const NUM = String.raw`(\d{1,2}(?:\.\d{1,2}){0,4})(?!\d|\.\d)`
const PUNKT = String.raw`(?:punkt|pkt\.?)`
const S = String.raw`[ \t\n]{1,3}`
const S0 = String.raw`[ \t\n]{0,3}`
/** A title quoted right after a reference: «…», “…”, "…" or (…). */
const QUOTED_TITLE = /^[ \t\n]{0,3}[,:]?[ \t\n]{0,3}(?:«([^»\n]{3,200})»|“([^”\n]{3,200})”|"([^"\n]{3,200})"|\(([^)\n]{3,120})\))/u

/** "Se punkt 5.2 for mer informasjon om barnekoordinator": what the reader is sent there for. */
const TOPIC = /^[ \t\n]{0,3}for[ \t\n]{1,3}(?:mer[ \t\n]{1,3})?informasjon[ \t\n]{1,3}om[ \t\n]{1,3}([\p{L}-]{3,40})/iu

interface Pattern {
  re: RegExp
  /** Whether "(…)" after the reference is a title; "retningslinje 6 (tidligere …)" is not. */
  parenthesisedTitle?: boolean
  target: (m: RegExpMatchArray, documentId: string) => ReferenceTarget[]
}

const PATTERNS: Pattern[] = [
  // "samarbeidsavtalen(s) del 2 punkt 2.1", "se del 2, punkt 2.2", "generell del pkt. 7"
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:(?:samarbeidsavtalens?|avtalens)${S})?(?:del${S}(\d)|generell${S}del)${S0},?${S0}${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, part: m[1] ? Number(m[1]) : 1, section: m[2]! }],
  },
  // "Overordnet samarbeidsavtale pkt 11": a point of the 2012 agreement the 2023 one replaced.
  {
    re: new RegExp(String.raw`(?<![\p{L}])overordnet${S}samarbeidsavtale(?:n|ns)?${S0},?${S0}${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: OLD_AGREEMENT_ID, section: m[1]! }],
  },
  // "pkt. 8 i samarbeidsavtalen, del 1", "punkt 2.1.3 i samarbeidsavtalen"
  {
    re: new RegExp(String.raw`(?<![\p{L}])${PUNKT}${S0}${NUM}${S}i${S}samarbeidsavtalen(?:${S0},${S0}del${S}(\d))?`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, section: m[1]!, ...(m[2] ? { part: Number(m[2]) } : {}) }],
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])samarbeidsavtalen?${S0},?${S0}${PUNKT}${S0}${NUM}`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, section: m[1]! }],
  },
  // "se del 2" (a part as a whole)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:se|jf\.?|jfr\.?)${S}del${S}(\d)(?![\d.,]*${S0}${PUNKT})`, 'giu'),
    target: (m) => [{ document: SAMARBEIDSAVTALE_ID, part: Number(m[1]) }],
  },
  // "retningslinje 3", "Retningslinjene 4 og 5", "retningslinje nr. 2"
  {
    re: new RegExp(String.raw`(?<![\p{L}])retningslinj(?:e|en|ene)${S}(?:nr\.${S0})?(\d{1,2}(?:${S0}(?:,|og)${S0}\d{1,2}){0,10})(?!\d|\.\d)`, 'giu'),
    target: (m) => [...m[1]!.matchAll(/\d{1,2}/g)].map((n) => ({ document: retningslinjeId(n[0]) })),
  },
  // inside the same document: "se punkt 5.2", "beskrevet i pkt. 7", "punkt 5 i denne retningslinjen"
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:(?:se|jf\.?|jfr\.?|beskrevet${S}i|omtalt${S}i|i${S}henhold${S}til)${S}${PUNKT}${S0}${NUM}(?!${S}i${S}(?!denne))|${PUNKT}${S0}${NUM}${S}i${S}denne${S}retningslinjen)`, 'giu'),
    target: (m, documentId) => [{ document: documentId, section: (m[1] ?? m[2])! }],
  },
  // "i henhold til 3.1 (Helseopplysninger ved søknad)": a bare number followed by a title
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:i${S}henhold${S}til|jf\.?|jfr\.?|se)${S}(\d{1,2}(?:\.\d{1,2}){1,4})(?=${S0}\()`, 'giu'),
    target: (m, documentId) => [{ document: documentId, section: m[1]! }],
    parenthesisedTitle: true,
  },
]

/** Every pattern needs one of these words; most blocks have none, and skip the scans. */
const ANY_REFERENCE = /pkt|punkt|retningslinj|\bdel\b|\d\.\d/iu

export function extractReferences(pt: PositionedText, documentId: string): CrossReference[] {
  const text = pt.text
  if (!ANY_REFERENCE.test(text)) return []
  const out: CrossReference[] = []
  const taken: Array<[number, number]> = []
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index
      const end = start + m[0].length
      // The first, more specific pattern wins where two overlap.
      if (taken.some(([a, b]) => start < b && end > a)) continue
      taken.push([start, end])
      const q = QUOTED_TITLE.exec(text.slice(end, end + 260))
      const quotedTitle = q ? (q[1] ?? q[2] ?? q[3] ?? (pattern.parenthesisedTitle ? q[4] : undefined))?.trim() : undefined
      const topic = TOPIC.exec(text.slice(end, end + 80))?.[1]
      for (const target of pattern.target(m, documentId)) {
        out.push({ target, text: m[0], range: rangeAt(pt, start, end), ...(quotedTitle ? { quotedTitle } : {}), ...(topic ? { topic } : {}) })
      }
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}
