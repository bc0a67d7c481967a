import path from 'node:path'
import { AvtaleverkError } from '../../errors.js'
import { readAgreementSet } from '../../parse/load.js'
import { formatGithub } from '../../render/diagnostics/github.js'
import { formatJson } from '../../render/diagnostics/json.js'
import { formatSarif } from '../../render/diagnostics/sarif.js'
import { formatStylish } from '../../render/diagnostics/stylish.js'
import { findConfig, loadConfig, type ValidateConfig } from '../../validate/config.js'
import { summarise, validate } from '../../validate/index.js'
import type { Diagnostic } from '../../validate/types.js'
import { VALIDATE_FORMATS } from '../formats.js'
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js'
import { emit } from '../output.js'


export interface ValidateCommandOptions {
  format?: string
  maxWarnings?: string
  config?: string
  color?: boolean
  out?: string
  force?: boolean
  /** Validate generated kommune copies: placeholders and variables are errors. */
  instans?: boolean
}

declare const __VERSION__: string

async function configFor(target: string, options: ValidateCommandOptions, io: Io): Promise<ValidateConfig | undefined> {
  if (options.config) return loadConfig(options.config)
  return (await findConfig([path.resolve(io.cwd, target), io.cwd]))?.config
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
  for (const target of targets.length > 0 ? targets : ['agreements']) {
    const config = await configFor(target, options, io)
    const { set, errors } = await readAgreementSet(target)
    diagnostics.push(...validate(set, { ...(config ? { config } : {}), loadErrors: errors, instance: options.instans === true }))
  }
  const rendered =
    format === 'json' ? formatJson(diagnostics)
    : format === 'github' ? formatGithub(diagnostics)
    : format === 'sarif' ? formatSarif(diagnostics, { root: io.cwd, version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0' })
    : formatStylish(diagnostics, { color: options.color !== false && io.isTTY && !options.out })
  await emit(io, rendered, options.out, options.force)
  const s = summarise(diagnostics)
  return s.errors > 0 || s.warnings > maxWarnings ? EXIT_FINDINGS : EXIT_OK
}
