/**
 * The words for ledd and points in bokmål and nynorsk: "første/fyrste/andre/tredje/siste ledd",
 * "1. ledd", "(1)", and the markers before point numbers ("nr.", "nummer", "pkt.", "punkt",
 * "punktene", "punkta").
 */

/** Ordinal words, bokmål and nynorsk, by number. */
export const ORDINAL_WORDS: Record<string, number> = {
  første: 1, fyrste: 1, andre: 2, annet: 2, anna: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6,
  sjuende: 7, syvende: 7, sjuande: 7, åttende: 8, åttande: 8, niende: 9, niande: 9, tiende: 10, tiande: 10,
}

const WORDS = [...Object.keys(ORDINAL_WORDS), 'siste'].sort((a, b) => b.length - a.length).join('|')

/** A ledd after a paragraph number, without what may stand before it: "1. ledd", "siste ledd", "(1)". */
export const LEDD_BODY = String.raw`(?:(\d{1,2})\.[ \t\n]{1,2}ledd|(${WORDS})[ \t\n]{1,2}ledd|\((\d{1,2})\))`

/** A ledd right at the start of the text, after an optional comma. */
export const LEDD_PATTERN = new RegExp(String.raw`^,?[ \t\n]{0,2}${LEDD_BODY}`, 'iu')

/** The ledd a LEDD_PATTERN match names; "siste ledd" is the last of `count` ledd (null when unknown). */
export function leddNumber(m: RegExpExecArray, count: number | null): number | null {
  if (m[1]) return Number(m[1])
  if (m[3]) return Number(m[3])
  const word = m[2]!.toLowerCase()
  return word === 'siste' ? count : (ORDINAL_WORDS[word] ?? null)
}

/** What stands before point numbers: "nr.", "nr", "nummer", "pkt.", "punktene", "punkta", "punkt". */
export const POINT_MARKER = String.raw`nr\.?|nummer|pkt\.?|punktene|punkta|punkt`
