import { COVERAGE_FORMATS, type CoverageFormat, coverageMatrix, formatSpec, loadAgreementSet, profileFor } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

/** `avtaleverk coverage [mappe]`: the § 6-2 matrix; exit 0 (use validate to gate CI). */
export async function coverageCommand(target: string | undefined, options: { format?: string; out?: string; force?: boolean; config?: string; profile?: string }, io: Io): Promise<number> {
  const spec = formatSpec(COVERAGE_FORMATS, (options.format ?? 'text') as CoverageFormat)
  checkBinaryOut(spec, options.out, 'dekning')
  const folder = target ?? 'agreements'
  const profile = await profileFor(folder, { cwd: io.cwd, ...(options.config !== undefined ? { config: options.config } : {}), ...(options.profile !== undefined ? { profile: options.profile } : {}) })
  const matrix = coverageMatrix(await loadAgreementSet(folder), profile ? { profile } : {})
  await emit(io, spec.render(matrix, {}), options.out, options.force)
  return EXIT_OK
}
