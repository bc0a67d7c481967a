/**
 * Validating folders and files as `avtaleverk validate` does: each target with its profile (the
 * config named, else avtaleverk.config.yaml found from the target or the working folder, with a
 * named profile in place of what the config extends), problems of loading reported as
 * diagnostics; and the pass/fail gate with a warning limit.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { append } from '../arrays.js'
import { type AvtaleverkError, combineErrors, isAvtaleverkError } from '../errors.js'
import { readAgreementSet } from '../parse/load.js'
import { findConfig, loadConfig } from './config.js'
import { validate } from './index.js'
import type { ResolvedProfile } from './profile.js'
import { loadProfile } from './profile-load.js'
import type { AnyRule, Diagnostic } from './types.js'

export interface ProfileChoice {
  /** A config file (avtaleverk.config.yaml); default: the one found from the target, then `cwd`. */
  config?: string
  /** A built-in profile name or a profile file: replaces what the config extends. */
  profile?: string
  /** Folder relative config and profile paths, and the config search, start from; default `process.cwd()`. */
  cwd?: string
  /** Rules from outside, run beside the built-in ones and known to the config (validate's `{ rules }`). */
  rules?: readonly AnyRule[]
}

/** The folders whose config applies to a target: the folder itself, or a file's folder; then the working folder. */
async function configDirs(target: string, cwd: string): Promise<string[]> {
  const full = path.resolve(cwd, target)
  const isFile = await stat(full).then(
    (s) => s.isFile(),
    () => false,
  )
  return [isFile ? path.dirname(full) : full, cwd]
}

/**
 * The profile a target is validated with: the config's (named, or the one found), with
 * `profile` in place of whatever the config extends; `profile` alone when there is no config;
 * undefined when there is neither (validate then uses `recommended`).
 *
 * @example
 * ```ts
 * const profile = await profileFor('agreements', { profile: 'unn-2023' })
 * const diagnostics = validate(set, profile ? { profile } : {})
 * ```
 * @throws {@link AvtaleverkError} for a config or profile that cannot be read or is invalid.
 */
export async function profileFor(target: string, choice: ProfileChoice = {}): Promise<ResolvedProfile | undefined> {
  const cwd = choice.cwd ?? process.cwd()
  const rules = choice.rules ? { rules: choice.rules } : {}
  const base = choice.profile ? await loadProfile(choice.profile, cwd, rules) : undefined
  const loadOptions = { ...(base ? { profile: base } : {}), ...rules }
  if (choice.config) return loadConfig(path.resolve(cwd, choice.config), loadOptions)
  return (await findConfig(await configDirs(target, cwd), loadOptions))?.config ?? base
}

export interface ValidatePathsOptions extends ProfileChoice {
  /** Validating generated kommune copies: placeholders and template variables are errors. */
  instance?: boolean
}

export interface PathsValidation {
  diagnostics: Diagnostic[]
  /** Targets that could not be read at all (all of them as one error with `details`), or null. */
  unreadable: AvtaleverkError | null
}

/**
 * Validates every target (folder or file), each with its profile. Files that fail to load
 * become diagnostics; a target that cannot be read at all is returned in `unreadable`, after
 * the findings of the others, not instead of them.
 *
 * @example
 * ```ts
 * const { diagnostics, unreadable } = await validatePaths(['agreements'])
 * if (unreadable || !passes(diagnostics, { maxWarnings: 0 })) process.exitCode = 1
 * ```
 * @throws {@link AvtaleverkError} for a config or profile that cannot be read or is invalid; when no target can be read (all of them, as `details`).
 */
export async function validatePaths(targets: readonly string[], options: ValidatePathsOptions = {}): Promise<PathsValidation> {
  const diagnostics: Diagnostic[] = []
  const unreadable: AvtaleverkError[] = []
  for (const target of targets) {
    const profile = await profileFor(target, options)
    const read = await readAgreementSet(target).catch((e: unknown) => {
      if (!isAvtaleverkError(e)) throw e
      unreadable.push(e)
      return null
    })
    if (read) append(diagnostics, validate(read.set, { ...(profile ? { profile } : {}), loadErrors: read.errors, skipped: read.skipped, unloaded: read.unloaded, instance: options.instance === true, ...(options.rules ? { rules: options.rules } : {}) }))
  }
  if (unreadable.length > 0 && unreadable.length === targets.length) throw combineErrors(unreadable)
  return { diagnostics, unreadable: unreadable.length > 0 ? combineErrors(unreadable) : null }
}

export { type GateOptions, passes } from './gate.js'
