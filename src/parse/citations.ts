/**
 * Law citations in running text: "hotjl. § 6-2, pkt. 12", "(Helse- og omsorgstjenesteloven
 * § 6-2, punktene 2, 3, 5 og 13)", "§6-2.13", "6-2, 1. ledd, nr. 4", "shtjl §§ 2-1 e og 2-1 f".
 *
 * One extractor finds every chapter-style paragraph reference, the act it belongs to, its ledd
 * and points; hotjl § 6-2 citations are the subset with act hotjl and paragraph 6-2. All
 * quantifiers are bounded so that long hostile strings cannot cause catastrophic backtracking.
 */
import type { Hotjl62Citation, LawCitation } from '../model.js'
import { MONTHS } from '../dates.js'
import { ACTS } from '../law/acts.js'
import { rangeAt, type PositionedText } from './text.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Act names, longest first so that "helse- og omsorgstjenestelovens" wins over "hol". */
const ACT_NAMES = ACTS.flatMap((act) => act.names.map((name) => ({ name, key: act.key }))).sort(
  (a, b) => b.name.length - a.name.length,
)
const ACT_BY_NAME = new Map(ACT_NAMES.map((n) => [n.name, n.key]))
const ACT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ACT_NAMES.map((n) => escape(n.name).replace(/ /g, '[ \\t\\n]{1,3}')).join('|')})(?![\\p{L}\\p{N}])\\.?`,
  'giu',
)

/** "av 14. juni 2011" (and "av 17. desember 1976 nr. 100") right after an act's name. */
const ACT_DATE = new RegExp(`^[ \\t\\n]{0,3}(?:m\\.m\\.[ \\t\\n]{0,3})?av[ \\t\\n]{1,3}(\\d{1,2})\\.[ \\t\\n]{0,3}(${MONTHS.join('|')})[ \\t\\n]{1,3}(\\d{4})`, 'iu')

/** A paragraph number: 6-2, 2-1 e, 2-1e. */
const PARAGRAPH = String.raw`(\d{1,3}-\d{1,3}(?:[ \t]?[a-h](?![\p{L}\p{N}]))?)`
/** "§ 6-2", "§§ 3-1, 3-2 og 3-3", "§6-2"; or a bare "6-2" only when a ledd follows (other regions' style). */
const SECTION_SIGN = new RegExp(`(§{1,2})[ \\t\\n]{0,2}${PARAGRAPH}`, 'gu')
const BARE_WITH_LEDD = new RegExp(`(?<![\\p{N}.§-])(?<!§[ \\t]{1,2})${PARAGRAPH}(?=,?[ \\t]{1,2}(?:\\d{1,2}\\.|første|andre|annet|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende)[ \\t]{1,2}ledd)`, 'gu')
/** Further paragraphs in a "§§" list: ", 3-2 og 3-3". */
const MORE_PARAGRAPHS = new RegExp(`^[ \\t]{0,2}(?:,|og|og/eller)[ \\t]{1,2}${PARAGRAPH}`, 'u')

const LEDD_WORDS: Record<string, number> = { første: 1, andre: 2, annet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, åttende: 8, niende: 9, tiende: 10 }
const LEDD = /^,?[ \t\n]{0,2}(?:(\d{1,2})\.|(første|andre|annet|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende))[ \t\n]{1,2}ledd/iu
/** "nr. 2, 3, 5 og 13", "pkt. 12", "punkt 1", "punktene 2, 3", or ".13" glued on ("§6-2.13"). */
const POINTS = /^(?:,?[ \t\n]{0,2}(?:nr\.?|pkt\.?|punktene|punkt)[ \t\n]{0,2}|\.(?=\d))(\d{1,2}(?!\d)(?:[ \t\n]{0,2}(?:,|og|-|–)[ \t\n]{0,2}\d{1,2}(?![\d-]|\.\d)){0,20})/iu

interface ActMention {
  key: string
  text: string
  start: number
  end: number
  date: string | null
}

function findActs(text: string): ActMention[] {
  const found: ActMention[] = []
  for (const m of text.matchAll(ACT_PATTERN)) {
    const name = m[1]!.toLowerCase().replace(/[ \t\n]+/g, ' ')
    const key = ACT_BY_NAME.get(name)
    if (!key) continue
    const end = m.index + m[0].length
    const dm = ACT_DATE.exec(text.slice(end, end + 40))
    const date = dm ? `${dm[3]}-${String(MONTHS.indexOf(dm[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1).padStart(2, '0')}-${dm[1]!.padStart(2, '0')}` : null
    found.push({ key, text: m[0], start: m.index, end: end + (dm ? dm[0].length : 0), date })
  }
  return found
}

/**
 * The act a "§" at `at` belongs to: the nearest act named shortly before it in the same
 * sentence ("hotjl. §", "helse- og omsorgstjenesteloven (hotjl) §§", "lov om … av 14. juni 2011 §").
 */
function actBefore(text: string, acts: ActMention[], at: number): ActMention | null {
  for (let i = acts.length - 1; i >= 0; i--) {
    const a = acts[i]!
    if (a.end > at) continue
    const between = text.slice(a.end, at)
    if (between.length > 45) return null
    // A sentence boundary or another act's paragraph in between breaks the link.
    if (/[.!?][ \t\n]+\p{Lu}/u.test(between) || /§/.test(between)) return null
    return a
  }
  return null
}

function expandPoints(list: string): number[] {
  const points: number[] = []
  for (const m of list.matchAll(/(\d{1,2})(?:[ \t\n]{0,2}[-–][ \t\n]{0,2}(\d{1,2}))?/gu)) {
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    for (let p = from; p <= Math.min(to, from + 30); p++) points.push(p)
  }
  return points
}

function normaliseParagraph(p: string): string {
  return p.replace(/^(\d{1,3}-\d{1,3})[ \t]?([a-h])$/u, '$1 $2')
}

/** Every chapter-style law citation in a block of text. */
export function extractLawCitations(pt: PositionedText): LawCitation[] {
  const text = pt.text
  if (!/\d-\d/.test(text)) return []
  const acts = findActs(text)
  const out: LawCitation[] = []
  const seen = new Set<number>()

  const addFrom = (start: number, paragraphEnd: number, paragraph: string, act: ActMention | null, listed = false) => {
    let end = paragraphEnd
    const rest = () => text.slice(end, end + 200)
    let ledd: number | null = null
    const lm = LEDD.exec(rest())
    if (lm) {
      ledd = lm[1] ? Number(lm[1]) : LEDD_WORDS[lm[2]!.toLowerCase()]!
      end += lm[0].length
    }
    let points: number[] = []
    const pm = POINTS.exec(rest())
    if (pm) {
      points = expandPoints(pm[1]!)
      end += pm[0].length
    }
    const para = normaliseParagraph(paragraph)
    // The citation's text starts at the act's name, except for later members of a "§§" list.
    const from = act && !listed ? act.start : start
    // In these agreements an unqualified "§ 6-2" is always hotjl: it is the law's own paragraph.
    const key = act?.key ?? (para === '6-2' ? 'hotjl' : null)
    out.push({
      act: key,
      actText: act?.text ?? null,
      paragraph: para,
      ledd,
      points,
      actDate: act?.date ?? null,
      text: text.slice(from, end),
      range: rangeAt(pt, from, end),
    })
    return end
  }

  for (const m of text.matchAll(SECTION_SIGN)) {
    const act = actBefore(text, acts, m.index)
    let end = addFrom(m.index, m.index + m[0].length, m[2]!, act)
    seen.add(m.index)
    if (m[1] === '§§') {
      // "§§ 3-1, 3-2 og 3-3": each further paragraph is a citation of the same act.
      for (let guard = 0; guard < 20; guard++) {
        const more = MORE_PARAGRAPHS.exec(text.slice(end, end + 40))
        if (!more) break
        const pStart = end + more[0].length - more[1]!.length
        end = addFrom(pStart, end + more[0].length, more[1]!, act, true)
      }
    }
  }
  for (const m of text.matchAll(BARE_WITH_LEDD)) {
    if (seen.has(m.index)) continue
    addFrom(m.index, m.index + m[0].length, m[1]!, actBefore(text, acts, m.index))
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}

/** The hotjl § 6-2 citations among a block's law citations. */
export function hotjl62Citations(citations: LawCitation[]): Hotjl62Citation[] {
  return citations
    .filter((c) => c.act === 'hotjl' && c.paragraph === '6-2')
    .map((c) => ({ points: c.points, secondParagraph: c.ledd === 2, text: c.text, range: c.range }))
}
