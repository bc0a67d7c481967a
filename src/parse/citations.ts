/**
 * Law citations in running text: "hotjl. § 6-2, pkt. 12", "(Helse- og omsorgstjenesteloven
 * § 6-2, punktene 2, 3, 5 og 13)", "§6-2.13", "6-2, 1. ledd, nr. 4", "shtjl §§ 2-1 e og 2-1 f",
 * and the forms of other regions: "§ § 6-2", "6-2 nr. 3", "§ 6-2 (1) nr. 4", "siste ledd",
 * "fyrste ledd nr. 6", "nummer 7", "nr. 1–13", "helse- og omsorgstenestelova § 6.2".
 *
 * One extractor finds every chapter-style paragraph reference, the act it belongs to, its ledd
 * and points; hotjl § 6-2 citations are the subset with act hotjl and paragraph 6-2, plus the
 * indirect anchoring of 2012-model agreements ("inngått i henhold til overordnet
 * samarbeidsavtale pkt. 4, første avsnitt nr. 2"). Every quantifier is bounded and every scan
 * moves forward only, so the work is linear in the text (issue #10).
 */
import type { Hotjl62Citation, LawCitation } from '../model.js'
import { ACTS, actByKey } from '../law/acts.js'
import { actByLovdata, readActDate } from './law-dates.js'
import { LEDD_BODY, LEDD_PATTERN, leddNumber, POINT_MARKER } from './ordinals.js'
import { rangeAt, type PositionedText } from './text.js'
import { matchAllCounted, type WorkCounter } from './work.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const SP = '[ \\t\\n]'

/** Act names, longest first so that "helse- og omsorgstjenestelovens" wins over "hol". */
const ACT_NAMES = ACTS.flatMap((act) => act.names.map((name) => ({ name, key: act.key }))).sort((a, b) => b.name.length - a.name.length)
const ACT_BY_NAME = new Map(ACT_NAMES.map((n) => [n.name, n.key]))
const NAME_ALTERNATIVES = ACT_NAMES.map((n) => escape(n.name).replace(/ /g, `${SP}{1,3}`)).join('|')
/**
 * An act's name, or "lov av 24. juni 2011 nr. 30 (om …)", which names the act by its date and
 * number and perhaps its title after them.
 */
const ACT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${NAME_ALTERNATIVES})|(lov)(?=${SP}{1,3}av${SP}))(?![\\p{L}\\p{N}])\\.?`,
  'giu',
)
/** " nr. 30" after "lov av <date>", and "om <name>" after that. */
const LAW_NUMBER = new RegExp(`^${SP}{1,3}nr\\.?${SP}{0,2}(\\d{1,3})(?!\\d)`, 'u')
const OM_NAMES = ACT_NAMES.filter((n) => n.name.startsWith('lov om ')).map((n) => escape(n.name.slice('lov om '.length)).replace(/ /g, `${SP}{1,3}`))
const TITLE_AFTER = new RegExp(`^${SP}{1,3}om${SP}{1,3}(${OM_NAMES.join('|')})(?![\\p{L}\\p{N}])`, 'iu')

/** A paragraph number: 6-2, 2-1 e, 2-1e. */
const PARAGRAPH = String.raw`(\d{1,3}-\d{1,3}(?:[ \t]?[a-h](?![\p{L}\p{N}]))?)`
/**
 * After «§» (or in a «§§» list) also with stray spaces or hyphens, «6 -2», «3-3- a»: kept as
 * written in `paragraphText`, so that law-citation can report the malformed token.
 */
const PARAGRAPH_LOOSE = String.raw`(\d{1,3}[ \t]?-[ \t]?\d{1,3}(?:[ \t]?-?[ \t]?[a-h](?![\p{L}\p{N}]))?)`
/** A plain paragraph number after «§»: «§ 5», «§ 10 a» (plain-numbered acts; in a chapter-numbered act, a chapter). */
const PLAIN = String.raw`(\d{1,3}(?:[ \t]?[a-h](?![\p{L}\p{N}]))?)(?![\p{N}]|[.,][ \t]?\d|[ \t]?[-–][ \t]?\d)`
/** "§ 6-2", "§§ 3-1, 3-2 og 3-3", "§ § 6-2", "§6-2", and "§ 6.2" or "§ 5" (kept only after an act's name). */
const SECTION_SIGN = new RegExp(`(§(?:[ \\t]?§)?)[ \\t\\n]{0,2}(?:${PARAGRAPH_LOOSE}|(\\d{1,3}\\.\\d{1,3})(?![\\d.])|${PLAIN})`, 'gu')
/** A bare "6-2" only when a ledd or a point follows ("6-2, 1. ledd", "6-2 nr. 3": other regions' style). */
const BARE = new RegExp(
  `(?<![\\p{N}.§-])(?<!§[ \\t]{1,2})${PARAGRAPH}(?=[,.]?[ \\t]{1,2}(?:${LEDD_BODY}|(?:${POINT_MARKER})[ \\t]{0,2}\\d))`,
  'giu',
)
/** A paragraph right after an act's name, without "§": "helse- og omsorgstjenesteloven 6-2" (Oslo), "spesialisthelsetjenesteloven 2-1e og 2-6". */
const AFTER_ACT = new RegExp(`^[ \\t\\n]{1,3}${PARAGRAPH}(?![\\d-]|\\.\\d)`, 'u')
/** Further paragraphs in a "§§" list: ", 3-2 og 3-3". */
const MORE_PARAGRAPHS = new RegExp(`^[ \\t]{0,2}(?:,[ \\t]{1,2}og|,|og|og/eller)[ \\t]{1,2}${PARAGRAPH_LOOSE}`, 'u')

/** "nr. 2, 3, 5 og 13", "pkt. 12", "nummer 7", "punktene 2, 3", "nr. 1–13", "nr. 1 til 11", or ".13" glued on. */
const POINTS = new RegExp(
  `^(?:[,.]?${SP}{0,2}(?:${POINT_MARKER})${SP}{0,2}|\\.(?=\\d))(\\d{1,2}(?!\\d)(?:${SP}{0,2}(?:,|og|-|–|til)${SP}{0,2}\\d{1,2}(?![\\d-]|\\.\\d)){0,20})`,
  'iu',
)

/**
 * "(inngått i henhold til) overordnet samarbeidsavtale pkt. 4, første avsnitt nr. 2": the
 * 2012-model anchoring that names a point of § 6-2 through the list in the parent agreement.
 */
const INDIRECT = new RegExp(
  `(?<![\\p{L}])(?:(overordne[td]|overordna)${SP}{1,3}samarbeidsavtal(?:e|en|ens|a)|samarbeidsavtalen)${SP}{0,3},?${SP}{0,3}(?:pkt\\.?|punkt)${SP}{0,3}(\\d{1,2})(?![\\d.]\\d)` +
    `${SP}{0,3},?${SP}{0,3}(?:(\\d)\\.|(første|fyrste|andre))${SP}{1,3}(?:avsnitt|ledd)${SP}{0,3},?${SP}{0,3}(?:nr\\.?|nummer|punkt|pkt\\.?)${SP}{0,3}(\\d{1,2}(?:${SP}{0,2}(?:,|og|-|–)${SP}{0,2}\\d{1,2}){0,12})(?![\\d.]\\d)`,
  'giu',
)

export interface ExtractOptions {
  /** Receives the work done (characters scanned, lookups): for the linear-time tests. */
  work?: WorkCounter
}

interface ActMention {
  key: string | null
  text: string
  start: number
  end: number
  date: string | null
  dateText: string | null
  /** The act's number as written after its date ("… av 24. juni 2011 nr. 30"). */
  number: number | null
  /** A Lovdata id written right after the name: "(2011-06-24-30)", "(LOV-2011-06-24-30)". */
  idText: string | null
}

/** "(2011-06-24-30)" or "(LOV-2011-06-24-30)" right after an act's name (after "m.m." or "m.v."). */
const LOVDATA_ID = /^[ \t]{0,2}(?:m\.[mv]\.)?[ \t]{0,2}\((?:LOV-|FOR-)?(\d{4}-\d{2}-\d{2}-\d{1,4})\)/u

function findActs(text: string, work?: WorkCounter): ActMention[] {
  const found: ActMention[] = []
  for (const m of matchAllCounted(text, ACT_PATTERN, work, 60)) {
    let end = m.index + m[0].length
    const after = text.slice(end, end + 60)
    const date = readActDate(after)
    if (m[2] && !date) continue // "lov" not followed by a date is just a word
    let key = m[1] ? (ACT_BY_NAME.get(m[1].toLowerCase().replace(/[ \t\n]+/g, ' ')) ?? null) : null
    let number: number | null = null
    if (date) {
      end += date.length
      // "… av 24. juni 2011 nr. 30": the act's number belongs to the mention.
      work?.add(20)
      const nr = LAW_NUMBER.exec(text.slice(end, end + 20))
      if (nr) {
        end += nr[0].length
        number = Number(nr[1])
        if (m[2]) key = actByLovdata(date.iso, Number(nr[1]))?.key ?? null
      }
    }
    if (m[2] && date) {
      // "lov av 24. juni 2011 nr. 30 om kommunale helse- og omsorgstjenester"
      work?.add(80)
      const title = TITLE_AFTER.exec(text.slice(end, end + 80))
      if (title) {
        key = ACT_BY_NAME.get(`lov om ${title[1]!.toLowerCase().replace(/[ \t\n]+/g, ' ')}`) ?? key
        end += title[0].length
      }
    }
    work?.add(30)
    const id = date ? null : LOVDATA_ID.exec(text.slice(end, end + 30))
    if (id) end += id[0].length
    found.push({ key, text: m[0], start: m.index, end, date: date?.iso ?? null, dateText: date?.text ?? null, number, idText: id?.[1] ?? null })
  }
  return found
}

/**
 * The act a "§" belongs to: the nearest act named shortly before it in the same sentence
 * ("hotjl. §", "helse- og omsorgstjenesteloven (hotjl) §§", "lov om … av 14. juni 2011 §").
 * Asked with ascending positions, it walks the list of acts once.
 */
function actFinder(text: string, acts: ActMention[], work?: WorkCounter) {
  let next = 0
  return (at: number): ActMention | null => {
    while (next < acts.length && acts[next]!.end <= at) {
      next++
      work?.add(1)
    }
    const a = acts[next - 1]
    if (!a || at - a.end > 45) return null
    const between = text.slice(a.end, at)
    work?.add(between.length)
    // A sentence boundary or another act's paragraph in between breaks the link.
    if (/[.!?][ \t\n]+\p{Lu}/u.test(between) || /§/.test(between)) return null
    return a
  }
}

export function expandPoints(list: string): number[] {
  const points: number[] = []
  for (const m of list.matchAll(/(\d{1,2})(?:[ \t\n]{0,2}(?:[-–]|til)[ \t\n]{0,2}(\d{1,2}))?/gu)) {
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    for (let p = from; p <= Math.min(to, from + 30); p++) points.push(p)
  }
  return points
}

function normaliseParagraph(p: string): string {
  return p
    .replace(/^(\d{1,3})\.(\d{1,3})$/u, '$1-$2')
    .replace(/^(\d{1,3})[ \t]?-[ \t]?(\d{1,3})/u, '$1-$2')
    .replace(/^(\d{1,3}-\d{1,3})[ \t]?-?[ \t]?([a-h])$/u, '$1 $2')
    .replace(/^(\d{1,3})[ \t]?([a-h])$/u, '$1 $2')
}

/** Every chapter-style law citation in a block of text. */
export function extractLawCitations(pt: PositionedText, options: ExtractOptions = {}): LawCitation[] {
  const { work } = options
  const text = pt.text
  work?.add(text.length)
  if (!/\d/.test(text)) return []
  const acts = findActs(text, work)
  const out: LawCitation[] = []
  const seen = new Set<number>()

  const addFrom = (start: number, paragraphEnd: number, paragraph: string, act: ActMention | null, listed = false) => {
    let end = paragraphEnd
    const rest = () => {
      work?.add(200)
      return text.slice(end, end + 200)
    }
    const para = normaliseParagraph(paragraph)
    // In these agreements an unqualified "§ 6-2" is always hotjl: it is the law's own paragraph.
    const key = act?.key ?? (para === '6-2' ? 'hotjl' : null)
    let ledd: number | null = null
    let leddText: string | null = null
    const lm = LEDD_PATTERN.exec(rest())
    if (lm) {
      leddText = lm[0].replace(/^,?[ \t\n]*/, '')
      const count = key ? actByKey(key)?.paragraphs[para] : undefined
      ledd = leddNumber(lm, typeof count === 'number' ? count : null)
      end += lm[0].length
    }
    let points: number[] = []
    const pm = POINTS.exec(rest())
    if (pm) {
      points = expandPoints(pm[1]!)
      end += pm[0].length
    }
    const actFacts = {
      ...(act?.number !== null && act?.number !== undefined ? { actNumber: act.number } : {}),
      ...(act?.idText ? { actIdText: act.idText } : {}),
    }
    // The citation's text starts at the act's name, except for later members of a "§§" list.
    const from = act && !listed ? act.start : start
    out.push({
      act: key,
      actText: act?.text ?? null,
      paragraph: para,
      paragraphText: paragraph,
      ...(pm ? { pointsText: pm[0] } : {}),
      ...actFacts,
      ledd,
      ...(leddText ? { leddText } : {}),
      points,
      actDate: act?.date ?? null,
      ...(act?.dateText ? { actDateText: act.dateText } : {}),
      text: text.slice(from, end),
      range: rangeAt(pt, from, end, work),
    })
    return end
  }

  const actBefore = actFinder(text, acts, work)
  for (const m of matchAllCounted(text, SECTION_SIGN, work)) {
    const act = actBefore(m.index)
    // "§ 6.2" with a dot, or a plain "§ 5", is a paragraph of an act only when the act is named: else it is a section.
    if ((m[3] || m[4]) && !act) continue
    seen.add(m.index)
    let end = addFrom(m.index, m.index + m[0].length, (m[2] ?? m[3] ?? m[4])!, act)
    if (m[1]!.replace(/[ \t]/g, '') === '§§') {
      // "§§ 3-1, 3-2 og 3-3": each further paragraph is a citation of the same act.
      for (let guard = 0; guard < 20; guard++) {
        work?.add(40)
        const more = MORE_PARAGRAPHS.exec(text.slice(end, end + 40))
        if (!more) break
        const pStart = end + more[0].length - more[1]!.length
        end = addFrom(pStart, end + more[0].length, more[1]!, act, true)
      }
    }
  }
  const actBeforeBare = actFinder(text, acts, work)
  for (const m of matchAllCounted(text, BARE, work, 40)) {
    if (seen.has(m.index)) continue
    seen.add(m.index)
    addFrom(m.index, m.index + m[0].length, m[1]!, actBeforeBare(m.index))
  }
  for (const a of acts) {
    work?.add(20)
    const m = AFTER_ACT.exec(text.slice(a.end, a.end + 20))
    if (!m) continue
    const pStart = a.end + m[0].length - m[1]!.length
    if (seen.has(pStart)) continue
    seen.add(pStart)
    let end = addFrom(pStart, a.end + m[0].length, m[1]!, a)
    for (let guard = 0; guard < 20; guard++) {
      work?.add(40)
      const more = MORE_PARAGRAPHS.exec(text.slice(end, end + 40))
      if (!more) break
      end = addFrom(end + more[0].length - more[1]!.length, end + more[0].length, more[1]!, a, true)
    }
  }
  // An act named with its date or Lovdata id but no paragraph ("Lov om … m.m. av 24. juni 2011 nr. 30"): the date is still a claim to check.
  const cited = new Set(out.map((c) => c.range.start.line * 1e7 + c.range.start.column))
  for (const a of acts) {
    if ((!a.dateText && !a.idText) || !a.key) continue
    const range = rangeAt(pt, a.start, a.end, work)
    if (cited.has(range.start.line * 1e7 + range.start.column)) continue
    out.push({
      act: a.key,
      actText: a.text,
      paragraph: '',
      ledd: null,
      points: [],
      actDate: a.date,
      ...(a.dateText ? { actDateText: a.dateText } : {}),
      ...(a.number !== null ? { actNumber: a.number } : {}),
      ...(a.idText ? { actIdText: a.idText } : {}),
      text: text.slice(a.start, a.end),
      range,
    })
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}

/** The hotjl § 6-2 citations among a block's law citations. */
export function hotjl62Citations(citations: LawCitation[]): Hotjl62Citation[] {
  return citations
    .filter((c) => c.act === 'hotjl' && c.paragraph === '6-2')
    .map((c) => ({ points: c.points, secondParagraph: c.ledd === 2, text: c.text, range: c.range }))
}

/**
 * Indirect citations: a sub-agreement "inngått i henhold til overordnet samarbeidsavtale pkt. 4,
 * første avsnitt nr. 2" (Innlandet) or "i henhold til samarbeidsavtalen pkt. 5, første avsnitt
 * nr. 11" (Sørlandet) names § 6-2 point 2 through the list in the parent agreement's point,
 * whose items follow the law's numbering. The ledd ("første avsnitt") is required: without it the
 * "nr." could be anything.
 */
export function indirectHotjl62Citations(pt: PositionedText, options: ExtractOptions = {}): Hotjl62Citation[] {
  const { work } = options
  if (!/samarbeidsavtale/iu.test(pt.text)) return []
  const out: Hotjl62Citation[] = []
  for (const m of matchAllCounted(pt.text, INDIRECT, work)) {
    const ledd = m[3] ? Number(m[3]) : m[4]!.toLowerCase() === 'andre' ? 2 : 1
    out.push({
      points: expandPoints(m[5]!),
      secondParagraph: false,
      text: m[0],
      range: rangeAt(pt, m.index, m.index + m[0].length, work),
      via: { document: m[1] ? 'overordnet-samarbeidsavtale' : 'samarbeidsavtale', section: m[2]!, ledd },
    })
  }
  return out
}
