import { diffSets } from '../../diff/changeset.js'
import { checkDateOption } from '../../dates.js'
import { AvtaleverkError, combineErrors } from '../../errors.js'
import { loadKommuneRegistry, selectKommuner } from '../../generate/registry.js'
import { loadInnspill, type Respondent } from '../../horing/innspill.js'
import { exists } from '../../io/write-file.js'
import { horingReport } from '../../horing/report.js'
import { loadAgreementSet } from '../../parse/load.js'
import { formatHoringDocx, formatHoringHtml, formatHoringJson, formatHoringMarkdown } from '../../render/horing.js'
import { HORING_FORMATS } from '../formats.js'
import { EXIT_OK, type Io } from '../io.js'
import { emit } from '../output.js'


export interface HoringOptions {
  innspill: string
  fra: string
  til: string
  frist?: string
  format?: string
  out?: string
  force?: boolean
  kommuner?: string
}

/** A respondent named as a kommune must be one of the registry's (by name or number). */
async function checkRespondents(respondents: Respondent[], registryFile: string, required: boolean): Promise<void> {
  if (!required && !(await exists(registryFile))) return
  const registry = await loadKommuneRegistry(registryFile)
  const errors = respondents
    .filter((r) => r.kommune !== null)
    .filter((r) => {
      try {
        selectKommuner(registry, [r.kommune!])
        return false
      } catch {
        return true
      }
    })
    .map((r) => new AvtaleverkError('skjemafeil', `Høringsinnspill: kommunen «${r.kommune}» finnes ikke i kommuneregisteret (${registryFile}); bruk navn eller kommunenummer, eller «organisasjon»`, { file: r.file, line: r.line }))
  if (errors.length > 0) throw combineErrors(errors)
}

/** `avtaleverk høring rapport`: the høringsoppsummering. */
export async function horingRapportCommand(options: HoringOptions, io: Io): Promise<number> {
  const format = options.format ?? 'md'
  if (!(HORING_FORMATS as readonly string[]).includes(format)) throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${HORING_FORMATS.join(', ')}`)
  if (options.frist !== undefined) checkDateOption(options.frist, '--frist')
  if (format === 'docx' && !options.out) throw new AvtaleverkError('bruksfeil', 'Word-formatet må skrives til en fil: bruk --out rapport.docx')
  const respondents = await loadInnspill(options.innspill)
  await checkRespondents(respondents, options.kommuner ?? 'agreements/kommuner.yaml', options.kommuner !== undefined)
  const [fra, til] = await Promise.all([loadAgreementSet(options.fra), loadAgreementSet(options.til)])
  const report = horingReport(respondents, fra, diffSets(fra, til, { oldLabel: options.fra, newLabel: options.til }), options.frist ? { frist: options.frist } : {})
  const rendered =
    format === 'json' ? formatHoringJson(report)
    : format === 'html' ? formatHoringHtml(report)
    : format === 'docx' ? await formatHoringDocx(report, options.frist ? { date: options.frist } : {})
    : formatHoringMarkdown(report)
  await emit(io, rendered, options.out, options.force)
  return EXIT_OK
}
