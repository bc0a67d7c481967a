import { stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, combineErrors } from '../../errors.js'
import { readAgreementSet } from '../../parse/load.js'
import { formatGithub } from '../../render/diagnostics/github.js'
import { formatJson } from '../../render/diagnostics/json.js'
import { formatSarif } from '../../render/diagnostics/sarif.js'
import { formatStylish } from '../../render/diagnostics/stylish.js'
import { findConfig, loadConfig } from '../../validate/config.js'
import type { ResolvedProfile } from '../../validate/profile.js'
import { loadProfile } from '../../validate/profile-load.js'
import { summarise, validate } from '../../validate/index.js'
import type { Diagnostic } from '../../validate/types.js'
import { VALIDATE_FORMATS } from '../formats.js'
import { EXIT_FINDINGS, EXIT_OK, reportError, type Io } from '../io.js'
import { emit } from '../output.js'
import { append } from '../../arrays.js'


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

declare const __VERSION__: string

/** The folders whose config applies to a target: the folder itself, or a file's folder; then the working folder. */
async function configDirs(target: string, cwd: string): Promise<string[]> {
  const full = path.resolve(cwd, target)
  const isFile = await stat(full).then((s) => s.isFile(), () => false)
  return [isFile ? path.dirname(full) : full, cwd]
}

/**
 * The profile a target is validated with: the config's (-c, or the one found), with --profile
 * in place of whatever the config extends; --profile alone when there is no config.
 */
export async function profileFor(target: string, options: { config?: string; profile?: string }, io: Pick<Io, 'cwd'>): Promise<ResolvedProfile | undefined> {
  const base = options.profile ? await loadProfile(options.profile, io.cwd) : undefined
  const loadOptions = base ? { profile: base } : {}
  if (options.config) return loadConfig(path.resolve(io.cwd, options.config), loadOptions)
  return (await findConfig(await configDirs(target, io.cwd), loadOptions))?.config ?? base
}

/** `avtaleverk validate [stier…]`: exit 0 clean, 1 errors or too many warnings, 2 usage/I-O. */
export async function validateCommand(targets: string[], options: ValidateCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'stylish'
  if (!(VALIDATE_FORMATS as readonly string[]).includes(format)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${VALIDATE_FORMATS.join(', ')}`)
  }
  // As in ESLint, -1 (or no value) means no limit.
  const maxWarnings = options.maxWarnings === undefined || Number(options.maxWarnings) === -1 ? Number.POSITIVE_INFINITY : Number(options.maxWarnings)
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Number.POSITIVE_INFINITY) {
    throw new AvtaleverkError('bruksfeil', `--max-warnings må være et heltall, ikke «${options.maxWarnings}»`)
  }
  const diagnostics: Diagnostic[] = []
  const all = targets.length > 0 ? targets : ['agreements']
  // A target that cannot be read at all is reported after the findings of the others, not instead of them.
  const unreadable: AvtaleverkError[] = []
  for (const target of all) {
    const profile = await profileFor(target, options, io)
    const read = await readAgreementSet(target).catch((e: unknown) => {
      if (!(e instanceof AvtaleverkError)) throw e
      unreadable.push(e)
      return null
    })
    if (read) append(diagnostics, validate(read.set, { ...(profile ? { profile } : {}), loadErrors: read.errors, skipped: read.skipped, unloaded: read.unloaded, instance: options.instans === true }))
  }
  if (unreadable.length === all.length) throw combineErrors(unreadable)
  const rendered =
    format === 'json' ? formatJson(diagnostics)
    : format === 'github' ? formatGithub(diagnostics)
    : format === 'sarif' ? formatSarif(diagnostics, { root: io.cwd, version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0' })
    : formatStylish(diagnostics, { color: options.color !== false && io.isTTY && !options.out })
  await emit(io, rendered, options.out, options.force)
  if (unreadable.length > 0) return reportError(io, combineErrors(unreadable))
  const s = summarise(diagnostics)
  if (s.warnings > maxWarnings) {
    io.stderr(`Avslutter med kode 1: ${s.warnings} ${s.warnings === 1 ? 'advarsel' : 'advarsler'}, flere enn --max-warnings ${maxWarnings} tillater\n`)
  }
  return s.errors > 0 || s.warnings > maxWarnings ? EXIT_FINDINGS : EXIT_OK
}
