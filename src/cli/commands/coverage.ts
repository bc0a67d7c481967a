import { COVERAGE_FORMATS, type CoverageFormat, coverageMatrix, formatSpec, loadAgreementSet, profileFor, SKELETON_FORMATS, skeletonTable } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

/** `avtaleverk coverage [mappe]`: the § 6-2 matrix, or with --skeleton the standard sections of each retningslinje; exit 0 (use validate to gate CI). */
export async function coverageCommand(target: string | undefined, options: { format?: string; out?: string; force?: boolean; config?: string; profile?: string; skeleton?: boolean }, io: Io): Promise<number> {
  const folder = target ?? 'agreements'
  if (options.skeleton) {
    const skeleton = formatSpec(SKELETON_FORMATS, (options.format ?? 'text') as CoverageFormat)
    checkBinaryOut(skeleton, options.out, 'skjelett')
    await emit(io, skeleton.render(skeletonTable(await loadAgreementSet(folder)), {}), options.out, options.force)
    return EXIT_OK
  }
  const spec = formatSpec(COVERAGE_FORMATS, (options.format ?? 'text') as CoverageFormat)
  checkBinaryOut(spec, options.out, 'dekning')
  const profile = await profileFor(folder, { cwd: io.cwd, ...(options.config !== undefined ? { config: options.config } : {}), ...(options.profile !== undefined ? { profile: options.profile } : {}) })
  const matrix = coverageMatrix(await loadAgreementSet(folder), profile ? { profile } : {})
  await emit(io, spec.render(matrix, {}), options.out, options.force)
  return EXIT_OK
}
