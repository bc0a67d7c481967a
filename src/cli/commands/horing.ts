import { formatSpec, HORING_FORMATS, type HoringFormat, loadHoringReport } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

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

/** `avtaleverk høring rapport`: the høringsoppsummering. */
export async function horingRapportCommand(options: HoringOptions, io: Io): Promise<number> {
  const spec = formatSpec(HORING_FORMATS, (options.format ?? 'md') as HoringFormat)
  checkBinaryOut(spec, options.out, 'rapport')
  const report = await loadHoringReport({
    innspill: options.innspill,
    fra: options.fra,
    til: options.til,
    ...(options.frist !== undefined ? { frist: options.frist } : {}),
    ...(options.kommuner !== undefined ? { kommuner: options.kommuner } : {}),
  })
  await emit(io, await spec.render(report, {}), options.out, options.force)
  return EXIT_OK
}
