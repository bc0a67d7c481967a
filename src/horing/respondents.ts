/** Respondents named as a kommune must be kommuner of the registry. */
import { AvtaleverkError, combineErrors } from '../errors.js'
import { type KommuneRegistry, selectKommuner } from '../registry/registry.js'
import type { Respondent } from './innspill.js'

/**
 * Checks that every respondent named as a kommune is one of the registry's (by name or number).
 *
 * @throws {@link AvtaleverkError} `skjemafeil` at the respondent's file and line, one per unknown kommune (the rest as `details`).
 */
export function checkRespondents(respondents: readonly Respondent[], registry: KommuneRegistry): void {
  const known = (kommune: string) => {
    try {
      selectKommuner(registry, [kommune])
      return true
    } catch {
      return false
    }
  }
  const errors = respondents
    .filter((r) => r.kommune !== null && !known(r.kommune))
    .map((r) => new AvtaleverkError('skjemafeil', `Høringsinnspill: kommunen «${r.kommune}» finnes ikke i kommuneregisteret (${registry.file}); bruk navn eller kommunenummer, eller «organisasjon»`, { file: r.file, line: r.line }))
  if (errors.length > 0) throw combineErrors(errors)
}
