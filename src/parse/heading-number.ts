/**
 * The number a heading starts with, in each style the agreements use: "1.", "1.0", "1.1.",
 * "10 ." (decimal), "§ 1", "Punkt 1", "Artikkel 1", roman "IV.", lettered "a)" and "a.".
 * Every style gives a normalised number that references can name ("5.0" → "5", "§ 5" → "5",
 * "IV." → "4") and the ordinal the numbering rule counts with.
 */
import type { NumberStyle } from '../model.js'

export interface HeadingNumber {
  style: NumberStyle
  /** Normalised: "2.1", "5" for "5.0", "4" for "IV.", "b" for "b)". */
  number: string
  /** As written, e.g. "10 .", "§ 3", "Punkt 2", "IV.", "b)". */
  numberText: string
  title: string
}

/** "2.1 Generelt", "10 . Varighet", "4. Spesialisthelsetjeneste …", "1.0 Parter". */
const DECIMAL = /^(\d{1,3}(?:[ \t]?\.[ \t]?\d{1,3}){0,6})([ \t]?\.)?[ \t]+(\S.*)$/u
/** "§ 3 Formål", "§3. Formål", "Punkt 2: Parter", "Pkt. 2 Parter", "Artikkel 1 – Formål". */
const WORD = /^(§|punkt|pkt\.?|artikkel)[ \t]{0,2}(\d{1,3}(?:\.\d{1,3}){0,6})(?!\d)\.?(?:[ \t]{0,2}[:–—-])?[ \t]+(\S.*)$/iu
/** "IV. Tvisteløsning", "II) Formål": a dot or parenthesis is required, else "I samarbeid …" would be a number. */
const ROMAN = /^([IVXLC]{1,7})[.)][ \t]+(\S.*)$/u
/** "a) Kommunens ansvar", "b. Sykehusets ansvar". */
const LETTER = /^([a-zæøå])([.)])[ \t]+(\S.*)$/iu

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** The value of a well-formed roman numeral (I–CCCXCIX), or null ("IIII", "VV", "IC" are not). */
export function romanValue(s: string): number | null {
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total > 0 && toRoman(total) === s ? total : null
}

/** A number as a roman numeral (1–399). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [v, r] of table) while (n >= v) (out += r), (n -= v)
  return out
}

/** The ordinal of a lettered item: a → 1, b → 2 … (Norwegian alphabet, æ ø å last). */
export function letterOrdinal(letter: string): number {
  return 'abcdefghijklmnopqrstuvwxyzæøå'.indexOf(letter.toLowerCase()) + 1
}

/**
 * The number of a heading. `previous` is the number of the sibling before it, if any: after
 * "B." a "C." is the letter c, not the roman 100.
 */
export function readHeadingNumber(text: string, previous?: { style?: NumberStyle; number: string | null }): HeadingNumber | null {
  const decimal = DECIMAL.exec(text)
  if (decimal) {
    const raw = decimal[1]!.replace(/[ \t]/g, '')
    const zero = /^\d{1,3}\.0$/.test(raw)
    return {
      style: zero ? 'decimal-zero' : 'decimal',
      number: zero ? raw.slice(0, -2) : raw,
      numberText: (decimal[1]! + (decimal[2] ?? '')).trim(),
      title: decimal[3]!.trim(),
    }
  }
  const word = WORD.exec(text)
  if (word) {
    const lead = word[1]!.toLowerCase()
    const style: NumberStyle = lead === '§' ? 'paragraph' : lead === 'artikkel' ? 'artikkel' : 'punkt'
    const numberText = text.slice(0, text.length - word[3]!.length).replace(/[ \t:–—-]+$/u, '')
    return { style, number: word[2]!, numberText, title: word[3]!.trim() }
  }
  const roman = ROMAN.exec(text)
  const nextLetter = previous?.style === 'letter' && previous.number ? letterOrdinal(previous.number) + 1 : 0
  if (roman && !(roman[1]!.length === 1 && letterOrdinal(roman[1]!) === nextLetter)) {
    const value = romanValue(roman[1]!)
    if (value !== null) return { style: 'roman', number: String(value), numberText: text.slice(0, roman[1]!.length + 1), title: roman[2]!.trim() }
  }
  const letter = LETTER.exec(text)
  if (letter) return { style: 'letter', number: letter[1]!.toLowerCase(), numberText: `${letter[1]}${letter[2]}`, title: letter[3]!.trim() }
  return null
}
