/**
 * The høringsoppsummering in one call: from respondents and the two sets in memory
 * (buildHoringReport), or from the folders `avtaleverk høring rapport` takes (loadHoringReport).
 */
import path from 'node:path'
import { checkDateOption } from '../dates.js'
import { diffSets } from '../diff/changeset.js'
import { type KommuneRegistry, loadKommuneRegistry } from '../registry/registry.js'
import { exists } from '../io/write-file.js'
import type { AgreementSet } from '../model.js'
import { loadAgreementSet } from '../parse/load.js'
import { loadInnspill, type Respondent } from './innspill.js'
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

export interface LoadHoringReportOptions {
  /** Folder with one YAML file per respondent. */
  innspill: string
  /** Folder of the draft sent on høring. */
  fra: string
  /** Folder of the final proposal. */
  til: string
  frist?: string
  /**
   * The kommune registry respondents are checked against, as a file or already read. Default:
   * `kommuner.yaml` in the draft's folder, when there is one.
   */
  kommuner?: string | KommuneRegistry
}

/**
 * The høringsoppsummering from files: what `avtaleverk høring rapport` shows.
 *
 * @example
 * ```ts
 * const report = await loadHoringReport({ innspill: 'examples/horing-2024/innspill', fra: 'agreements', til: 'examples/revisjon-2024', frist: '2024-05-01' })
 * ```
 * @throws {@link AvtaleverkError} for unreadable or invalid innspill (all of them, at their lines), sets that do not load, a respondent kommune not in the registry, a `frist` that is not a real date.
 */
export async function loadHoringReport(options: LoadHoringReportOptions): Promise<HoringReport> {
  // Before any file is read: a bad date is the quickest thing to report.
  if (options.frist !== undefined) checkDateOption(options.frist, '{ frist }')
  const respondents = await loadInnspill(options.innspill)
  const registry = await registryFor(options)
  if (registry) checkRespondents(respondents, registry)
  const [fra, til] = await Promise.all([loadAgreementSet(options.fra), loadAgreementSet(options.til)])
  return buildHoringReport({ respondents, fra, til, ...(options.frist !== undefined ? { frist: options.frist } : {}), fraLabel: options.fra, tilLabel: options.til })
}

async function registryFor(options: LoadHoringReportOptions): Promise<KommuneRegistry | undefined> {
  if (typeof options.kommuner === 'object') return options.kommuner
  if (options.kommuner !== undefined) return loadKommuneRegistry(options.kommuner)
  const beside = path.join(options.fra, 'kommuner.yaml')
  return (await exists(beside)) ? loadKommuneRegistry(beside) : undefined
}
