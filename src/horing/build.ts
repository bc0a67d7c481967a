/**
 * The høringsoppsummering in one call: from respondents and the two sets in memory
 * (buildHoringReport), or from the folders `avtaleverk høring rapport` takes (loadHoringReport).
 */
import { diffSets } from '../diff/changeset.js'
import type { KommuneRegistry } from '../registry/registry.js'
import type { AgreementSet } from '../model.js'
import type { Respondent } from './innspill.js'
import { type HoringReport, horingReport } from './report.js'
import { checkRespondents } from './respondents.js'

export interface BuildHoringReportInput {
  respondents: readonly Respondent[]
  /** The draft sent on høring. */
  fra: AgreementSet
  /** The final proposal. */
  til: AgreementSet
  /** When given, respondents named as a kommune must be in it. */
  registry?: KommuneRegistry
  /** Høringsfrist, YYYY-MM-DD: innspill received after it are marked as late. */
  frist?: string
  /** How the versions are named in the report; default the sets' roots. */
  fraLabel?: string
  tilLabel?: string
}

/**
 * The høringsoppsummering from data in memory: checks the respondents against the registry,
 * diffs the draft against the final proposal, and sets every innspill beside what happened.
 *
 * @example
 * ```ts
 * const respondents = [parseInnspill(yamlText, 'tromso.yaml')]
 * const report = buildHoringReport({ respondents, fra: draft, til: final, frist: '2024-05-01' })
 * ```
 * @throws {@link AvtaleverkError} `skjemafeil` for a respondent kommune not in `registry`; `bruksfeil` for a `frist` that is not a real YYYY-MM-DD date.
 */
export function buildHoringReport(input: BuildHoringReportInput): HoringReport {
  if (input.registry) checkRespondents(input.respondents, input.registry)
  const changes = diffSets(input.fra, input.til, { ...(input.fraLabel !== undefined ? { oldLabel: input.fraLabel } : {}), ...(input.tilLabel !== undefined ? { newLabel: input.tilLabel } : {}) })
  return horingReport([...input.respondents], input.fra, changes, input.frist !== undefined ? { frist: input.frist } : {})
}
