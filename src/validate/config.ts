/**
 * Configuration: avtaleverk.config.yaml, or the "avtaleverk" key of package.json. A
 * configuration is a profile (schemas/profile.schema.json) that `extends:` a profile by name or
 * path — `recommended` when it names none — and merges over it: rules off or on with severities
 * and options, terminology, required sections, superseded documents, language.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { exists } from '../io/write-file.js'
import type { ResolvedProfile, ValidateConfig } from './profile.js'
import { CONFIG_FILE } from './profile-check.js'
import { resolveProfileFile } from './profile-load.js'
import type { AnyRule } from './types.js'

export type { RuleSetting, ValidateConfig } from './profile.js'

export { CONFIG_FILE, checkConfig } from './profile-check.js'

export interface LoadConfigOptions {
  /** Use this profile instead of the one the configuration extends (the CLI's --profile). */
  profile?: ResolvedProfile
  /** Rules from outside (validate's `{ rules }`): the config may name and configure them. */
  rules?: readonly AnyRule[]
}

/** A configuration file with its `extends` resolved: the profile validate runs with. */
export async function loadConfig(file: string, options: LoadConfigOptions = {}): Promise<ResolvedProfile> {
  return resolveProfileFile(file, { implicitBase: true, ...(options.profile ? { base: options.profile } : {}), ...(options.rules ? { rules: options.rules } : {}) })
}

/** The config that applies to a folder: its avtaleverk.config.yaml, else the working folder's, else package.json's key. */
export async function findConfig(dirs: string[], options: LoadConfigOptions = {}): Promise<{ file: string; config: ResolvedProfile } | null> {
  for (const dir of dirs) {
    const file = path.join(dir, CONFIG_FILE)
    if (await exists(file)) return { file, config: await loadConfig(file, options) }
  }
  for (const dir of dirs) {
    const file = path.join(dir, 'package.json')
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      continue
    }
    // Only a package.json that has the key is ours; one we cannot read as JSON is not.
    let key: unknown
    try {
      key = (JSON.parse(text) as { avtaleverk?: unknown }).avtaleverk
    } catch {
      continue
    }
    if (key !== undefined) return { file, config: await loadConfig(file, options) }
  }
  return null
}
