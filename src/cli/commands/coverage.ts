import { AvtaleverkError } from '../../errors.js'
import { loadAgreementSet } from '../../parse/load.js'
import { formatCoverageHtml, formatCoverageJson, formatCoverageText } from '../../render/coverage.js'
import { coverageMatrix } from '../../validate/coverage.js'
import { profileFor } from './validate.js'
import { COVERAGE_FORMATS } from '../formats.js'
import { EXIT_OK, type Io } from '../io.js'
import { emit } from '../output.js'


/** `avtaleverk coverage [mappe]`: the § 6-2 matrix; exit 0 (use validate to gate CI). */
export async function coverageCommand(target: string | undefined, options: { format?: string; out?: string; force?: boolean; config?: string; profile?: string }, io: Io): Promise<number> {
  const format = options.format ?? 'text'
  if (!(COVERAGE_FORMATS as readonly string[]).includes(format)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${COVERAGE_FORMATS.join(', ')}`)
  }
  const folder = target ?? 'agreements'
  const profile = await profileFor(folder, options, io)
  const matrix = coverageMatrix(await loadAgreementSet(folder), profile ? { profile } : {})
  const rendered = format === 'json' ? formatCoverageJson(matrix) : format === 'html' ? formatCoverageHtml(matrix) : formatCoverageText(matrix)
  await emit(io, rendered, options.out, options.force)
  return EXIT_OK
}
