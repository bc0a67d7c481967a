/**
 * Act names spelt almost like a known one: «Helse, og omsorgstjenesteloven» for
 * «helse- og omsorgstjenesteloven». Candidates are single words ending in «-lov(en/a/ens/as)»,
 * optionally with a «X- og » before them; each is compared, by edit distance
 * (fastest-levenshtein), with the short names of the acts table, inflection stripped. A constant
 * number of comparisons per candidate: linear in the text.
 */
import { distance } from 'fastest-levenshtein'
import { ACTS, type Act } from '../law/acts.js'

const CANDIDATE = /(?<![\p{L}\p{N}])((?:\p{L}{2,30}(?<!lov|loven|lova|lovens|lovas)[-,]?[ \t]{1,2}og[ \t]{1,2})?\p{L}{3,40}lov(?:en|a|ens|as)?)(?![\p{L}\p{N}])/giu

/** "helse- og omsorgstjenestelovens" → "helse- og omsorgstjenestelov". */
const stem = (name: string) => name.toLocaleLowerCase('nb').replace(/lov(?:en|a|ens|as)?$/u, 'lov')

const KNOWN = ACTS.flatMap((act) => act.names.filter((n) => /lov(?:en|a|ens|as)?$/u.test(n) && !n.startsWith('lov ')).map((n) => ({ stem: stem(n), name: n, act })))
const KNOWN_STEMS = new Set(KNOWN.map((k) => k.stem))

export interface Misspelling {
  index: number
  text: string
  act: Act
  /** The known name it is closest to, with the ending written («-loven», «-lovens», «-lova»). */
  nearest: string
}

/** The known name one or two letters from `s` (one for short names), if any: a slip, not another act. */
function nearestSlip(s: string): { stem: string; act: Act } | null {
  if (s.length < 8) return null
  let best: { d: number; stem: string; act: Act } | null = null
  for (const k of KNOWN) {
    if (Math.abs(k.stem.length - s.length) > 2) continue
    const d = distance(k.stem, s)
    if (!best || d < best.d) best = { d, stem: k.stem, act: k.act }
  }
  return best && best.d > 0 && best.d <= (s.length >= 14 ? 2 : 1) ? best : null
}

/** Words that are close to, but not, a known act's name. */
export function misspeltActNames(text: string): Misspelling[] {
  if (!/lov/iu.test(text)) return []
  const out: Misspelling[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const whole = m[1]!
    // "smittevernloven og folkehelseloven": the word after «og» may be a name on its own.
    const tail = /\p{L}+$/u.exec(whole)![0]
    const forms = whole === tail ? [whole] : [whole, tail]
    if (forms.some((f) => KNOWN_STEMS.has(stem(f).replace(/[ \t]+/gu, ' ')))) continue
    for (const written of forms) {
      const slip = nearestSlip(stem(written).replace(/[ \t]+/gu, ' '))
      if (!slip) continue
      const ending = /lov(?:en|a|ens|as)?$/iu.exec(written)![0].toLocaleLowerCase('nb')
      out.push({ index: m.index + m[0].length - written.length, text: written, act: slip.act, nearest: slip.stem.replace(/lov$/u, ending) })
      break
    }
  }
  return out
}
