/**
 * The date written next to an act's name, in every form the agreements use: "av 14. juni 2011",
 * "av 14.06.11", "» 22.juni 2011" after a quoted name, "m.m. av 24. juni 2011". Read from the
 * start of the text after the name; bounded, so it costs a constant per act named.
 */
import { isRealDate, MONTHS } from '../dates.js'
import { ACTS, type Act } from '../law/acts.js'

const WORD_DATE = new RegExp(String.raw`^[»”"’')]?[ \t\n]{0,3}(?:(?:m\.m\.|m\.v\.|mv\.|mm\.)[ \t\n]{0,3})?(?:(?:av|frå|fra)[ \t\n]{1,3})?((\d{1,2})\.[ \t\n]{0,3}(${MONTHS.join('|')})[ \t\n]{1,3}(\d{4}))(?!\d)`, 'iu')
const NUMERIC_DATE = /^[»”"’')]?[ \t\n]{0,3}(?:(?:m\.m\.|m\.v\.|mv\.|mm\.)[ \t\n]{0,3})?(?:(?:av|frå|fra)[ \t\n]{1,3})?((\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}))(?![\d.]\d|\d)/iu

export interface ActDate {
  /** The date as written ("14. juni 2011", "14.06.11"). */
  text: string
  /** ISO date, or null when the written date does not exist (31.02.2011). */
  iso: string | null
  /** Characters consumed from the start of the text (quote, "av" and the date). */
  length: number
}

const pad = (n: string | number) => String(n).padStart(2, '0')

/** A two-digit year: 00–49 is 20xx, 50–99 is 19xx (the acts cited date from 1976 to 2011 and on). */
const fullYear = (y: string) => (y.length === 4 ? y : Number(y) < 50 ? `20${y}` : `19${y}`)

export function readActDate(text: string): ActDate | null {
  const w = WORD_DATE.exec(text)
  if (w) {
    const month = MONTHS.indexOf(w[3]!.toLowerCase() as (typeof MONTHS)[number]) + 1
    const iso = `${w[4]}-${pad(month)}-${pad(w[2]!)}`
    return { text: w[1]!, iso: isRealDate(iso) ? iso : null, length: w[0].length }
  }
  const n = NUMERIC_DATE.exec(text)
  if (n) {
    const iso = `${fullYear(n[4]!)}-${pad(n[3]!)}-${pad(n[2]!)}`
    return { text: n[1]!, iso: isRealDate(iso) ? iso : null, length: n[0].length }
  }
  return null
}

/** The act given on `iso` with number `nr` ("lov av 24. juni 2011 nr. 30"); failing that, the act of that year with that number. */
export function actByLovdata(iso: string | null, nr: number): Act | undefined {
  if (iso) {
    const exact = ACTS.find((a) => a.id === `LOV-${iso}-${nr}`)
    if (exact) return exact
    return ACTS.find((a) => a.id.startsWith(`LOV-${iso.slice(0, 4)}-`) && a.id.endsWith(`-${nr}`))
  }
  return undefined
}
