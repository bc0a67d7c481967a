import { AvtaleverkError, DIAGNOSTICS_FORMATS, type DiagnosticsFormat, formatSpec, passes, summarise, validatePaths } from '../../node.js'
import { EXIT_FINDINGS, EXIT_OK, reportError, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

export interface ValidateCommandOptions {
  format?: string
  maxWarnings?: string
  config?: string
  /** A built-in profile name or a profile file: replaces what the config extends. */
  profile?: string
  color?: boolean
  out?: string
  force?: boolean
  /** Validate generated kommune copies: placeholders and variables are errors. */
  instans?: boolean
}

/** `avtaleverk validate [stier…]`: exit 0 clean, 1 errors or too many warnings, 2 usage/I-O. */
export async function validateCommand(targets: string[], options: ValidateCommandOptions, io: Io): Promise<number> {
  const spec = formatSpec(DIAGNOSTICS_FORMATS, (options.format ?? 'stylish') as DiagnosticsFormat)
  checkBinaryOut(spec, options.out, 'funn')
  // As in ESLint, -1 (or no value) means no limit.
  const maxWarnings = options.maxWarnings === undefined || Number(options.maxWarnings) === -1 ? Number.POSITIVE_INFINITY : Number(options.maxWarnings)
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Number.POSITIVE_INFINITY) {
    throw new AvtaleverkError('bruksfeil', `--max-warnings må være et heltall, ikke «${options.maxWarnings}»`)
  }
  const { diagnostics, unreadable } = await validatePaths(targets.length > 0 ? targets : ['agreements'], {
    cwd: io.cwd,
    instance: options.instans === true,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
  })
  await emit(io, spec.render(diagnostics, { color: options.color !== false && io.isTTY && !options.out, root: io.cwd }), options.out, options.force)
  if (unreadable) return reportError(io, unreadable)
  const s = summarise(diagnostics)
  if (s.warnings > maxWarnings) {
    io.stderr(`Avslutter med kode 1: ${s.warnings} ${s.warnings === 1 ? 'advarsel' : 'advarsler'}, flere enn --max-warnings ${maxWarnings} tillater\n`)
  }
  return passes(diagnostics, { maxWarnings }) ? EXIT_OK : EXIT_FINDINGS
}
