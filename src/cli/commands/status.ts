import { formatSpec, formatVersionsText, loadSigningStatus, loadVersions, STATUS_FORMATS, type StatusFormat, terminalText } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

export interface StatusOptions {
  versjoner?: string
  signaturer?: string
  kommuner?: string
  format?: string
  out?: string
  force?: boolean
}

/** `avtaleverk versions`: the versions in versjoner.yaml, the current one marked. */
export async function versionsCommand(options: { versjoner?: string }, io: Io): Promise<number> {
  const text = formatVersionsText(await loadVersions(options.versjoner ?? 'agreements/versjoner.yaml'), { cwd: io.cwd })
  // Folder names and descriptions come from a file: no terminal control characters through.
  io.stdout(`${text.trimEnd().split('\n').map((row) => terminalText(row)).join('\n')}\n`)
  return EXIT_OK
}

/** `avtaleverk status`: who has signed which version. */
export async function statusCommand(options: StatusOptions, io: Io): Promise<number> {
  const spec = formatSpec(STATUS_FORMATS, (options.format ?? 'text') as StatusFormat)
  checkBinaryOut(spec, options.out, 'status')
  const report = await loadSigningStatus({
    versjoner: options.versjoner ?? 'agreements/versjoner.yaml',
    ...(options.signaturer !== undefined ? { signaturer: options.signaturer } : {}),
    ...(options.kommuner !== undefined ? { kommuner: options.kommuner } : {}),
  })
  await emit(io, spec.render(report, {}), options.out, options.force)
  return EXIT_OK
}
