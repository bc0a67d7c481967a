/** A høring from files (Node): the innspill folder, the two versions' folders, the registry beside them. */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { append } from '../arrays.js'
import { checkDateOption } from '../dates.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { exists } from '../io/write-file.js'
import { ioError, loadAgreementSet, readTextFile } from '../parse/load.js'
import { loadKommuneRegistry } from '../registry/load.js'
import type { KommuneRegistry } from '../registry/registry.js'
import { buildHoringReport } from './build.js'
import { parseInnspill, type Respondent } from './innspill.js'
import type { HoringReport } from './report.js'
import { checkRespondents } from './respondents.js'

/** Every *.yaml / *.yml file of a folder, sorted; all problems reported together. */
export async function loadInnspill(dir: string): Promise<Respondent[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort()
  } catch (e) {
    throw ioError(e, dir)
  }
  if (names.length === 0) throw new AvtaleverkError('ingen-dokumenter', 'Fant ingen høringsinnspill (.yaml-filer)', { file: dir })
  const respondents: Respondent[] = []
  const errors: AvtaleverkError[] = []
  for (const name of names) {
    const file = path.join(dir, name)
    try {
      respondents.push(parseInnspill(await readTextFile(file), file))
    } catch (e) {
      if (!(e instanceof AvtaleverkError)) throw e
      append(errors, [e, ...e.details])
    }
  }
  if (errors.length > 0) throw combineErrors(errors)
  return respondents
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
