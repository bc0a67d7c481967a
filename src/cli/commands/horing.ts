import { diffSets } from '../../diff/changeset.js'
import { AvtaleverkError } from '../../errors.js'
import { loadInnspill } from '../../horing/innspill.js'
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
}

/** `avtaleverk høring rapport`: the høringsoppsummering. */
export async function horingRapportCommand(options: HoringOptions, io: Io): Promise<number> {
  const format = options.format ?? 'md'
  if (!(HORING_FORMATS as readonly string[]).includes(format)) throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${HORING_FORMATS.join(', ')}`)
  if (options.frist !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.frist)) throw new AvtaleverkError('bruksfeil', `--frist skrives ÅÅÅÅ-MM-DD, ikke «${options.frist}»`)
  if (format === 'docx' && !options.out) throw new AvtaleverkError('bruksfeil', 'Word-formatet må skrives til en fil: bruk --out rapport.docx')
  const respondents = await loadInnspill(options.innspill)
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
