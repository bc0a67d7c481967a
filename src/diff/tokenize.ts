/**
 * Word tokens for redlines of Norwegian legal text. A token is a word, a run of whitespace or
 * one other character, and the tokens of a text concatenate back to it exactly, so a diff of
 * tokens can always be turned back into both texts.
 *
 * What counts as one word is what a reader would mark as one change:
 * - numbers with inner dots or hyphens: "6-2", "2.2", "5.1.1.2", "2-1e";
 * - compounds: "Nord-Norge", "e-læringsverktøy", "kunnskaps-deling";
 * - a word with the hyphen of a shared ending: "helse-" in "helse- og omsorgstjenester";
 * - "§", "«", "»", "–", "(" and every other mark are tokens of their own, so "§ 6-2," changed
 *   to "§ 6-2 nr. 7" shows only ", " → " nr. 7" as changed, not the paragraph number.
 */

export type TokenKind = 'word' | 'space' | 'mark'

const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:[-.'’\u2011][\p{L}\p{N}\p{M}]+)*(?:-(?![\p{L}\p{N}]))?`
/** A word, a whitespace run, or any one code point: the alternatives cover every character. */
const TOKEN = new RegExp(`${WORD}|\\s+|[\\s\\S]`, 'gu')
/**
 * Words alone. A global search finds exactly the word tokens: the tokens between two words are
 * whitespace runs and single marks, and no word can start inside either.
 */
const WORDS = new RegExp(WORD, 'gu')
const WORD_START = /^[\p{L}\p{N}\p{M}]/u

/** Splits text into word, whitespace and single-mark tokens; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

export function tokenKind(token: string): TokenKind {
  const c = token.charCodeAt(0)
  // ASCII first: nearly every token of Norwegian text starts with an ASCII letter, digit or space.
  if (c === 32 || (c >= 9 && c <= 13)) return 'space'
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 'word'
  if (c < 128) return 'mark'
  return /^\s/u.test(token) ? 'space' : WORD_START.test(token) ? 'word' : 'mark'
}

/** Words in a text: what "words added / removed" counts (not whitespace, not punctuation). */
export function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0
}

/** The words of a text, lower-cased: the unit of similarity between sections. */
export function words(text: string): string[] {
  return (text.match(WORDS) ?? []).map((w) => w.toLowerCase())
}

/** Whitespace runs as one space, ends trimmed: how titles compare, and text under --ignore-formatting. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}
