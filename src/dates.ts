/** ISO dates (YYYY-MM-DD), as every option and data file in avtaleverk writes them. */
import { AvtaleverkError } from './errors.js'

/** Norwegian month names, January first. */
export const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const

/** Whether an ISO date (YYYY-MM-DD) names a day that exists: not 2023-02-30. */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

/**
 * Throws a usage error naming the option, unless `value` is a real ISO date. `option` is the
 * option as a program passes it, in the form `{ date }`: the CLI shows its flag instead.
 */
export function checkDateOption(value: unknown, option: string): void {
  if (typeof value !== 'string' || !isRealDate(value)) throw new AvtaleverkError('bruksfeil', `${option} må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2023-06-01), ikke «${String(value)}»`)
}
