/**
 * Configuration: turn rules off, change severities, set rule options (house-style sections,
 * glossary). Read from avtaleverk.config.yaml or the "avtaleverk" key of package.json, and
 * checked against schemas/config.schema.json.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaErrors } from '../parse/front-matter.js'
import { exists } from '../io/write-file.js'
import { readTextFile } from '../parse/load.js'
import configSchema from '../../schemas/config.schema.json' with { type: 'json' }
import type { Severity } from './types.js'

export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; options?: Record<string, unknown> }

export interface ValidateConfig {
  rules?: Record<string, RuleSetting>
}

export const CONFIG_FILE = 'avtaleverk.config.yaml'


// Compiled on first use: most runs have no config file, and compiling costs start-up time.
let compiled: ValidateFunction | undefined
const validateConfig = (value: unknown) => (compiled ??= new Ajv({ allErrors: true, strict: true }).compile(configSchema))(value)

export function checkConfig(value: unknown, file: string, keyLines: Record<string, number> = {}): ValidateConfig {
  if (value === null || value === undefined) return {}
  if (!validateConfig(value)) {
    // A rule is "off"/a severity or an object: for an object, the string branch's complaints are noise.
    const relevant = (compiled!.errors ?? []).filter((e) => !(['enum', 'oneOf', 'type'].includes(e.keyword) && isObjectAt(value, e.instancePath)))
    const errors = schemaErrors(relevant.length > 0 ? relevant : compiled!.errors, file, keyLines, 1).map(
      (e) => new AvtaleverkError('skjemafeil', e.message.replace(/^Front matter: /, 'Konfigurasjon: '), e),
    )
    throw combineErrors(errors)
  }
  checkPatterns(value as ValidateConfig, file, keyLines.rules ?? 1)
  return value as ValidateConfig
}

/** Rule options that are regular expressions must compile, or validate would crash on them. */
function checkPatterns(config: ValidateConfig, file: string, line: number): void {
  const patterns: Array<[string, string | undefined]> = []
  for (const [rule, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting !== 'object' || !setting.options) continue
    const options = setting.options as { glossary?: Array<{ term: string; unlessBefore?: string }>; samarbeidsavtale?: Array<{ textPattern?: string }>; retningslinje?: Array<{ textPattern?: string }> }
    for (const g of options.glossary ?? []) patterns.push([`${rule}: term`, g.term], [`${rule}: unlessBefore`, g.unlessBefore])
    for (const p of [...(options.samarbeidsavtale ?? []), ...(options.retningslinje ?? [])]) patterns.push([`${rule}: textPattern`, p.textPattern])
  }
  for (const [where, source] of patterns) {
    if (source === undefined) continue
    try {
      new RegExp(source, 'u')
    } catch {
      throw new AvtaleverkError('skjemafeil', `Konfigurasjon: ${where} «${source}» er ikke et gyldig regulært uttrykk`, { file, line })
    }
  }
}

function isObjectAt(value: unknown, pointer: string): boolean {
  let node: unknown = value
  for (const key of pointer.split('/').slice(1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  return node !== null && typeof node === 'object'
}

export async function loadConfig(file: string): Promise<ValidateConfig> {
  const text = await readTextFile(file)
  if (file.endsWith('package.json')) {
    let pkg: { avtaleverk?: unknown }
    try {
      pkg = JSON.parse(text) as { avtaleverk?: unknown }
    } catch (e) {
      throw new AvtaleverkError('ugyldig-yaml', `Ugyldig JSON: ${(e as Error).message}`, { file })
    }
    return checkConfig(pkg.avtaleverk, file)
  }
  const { value, keyLines } = parseYaml(text, file)
  return checkConfig(value, file, keyLines)
}

/** The config that applies to a folder: its avtaleverk.config.yaml, else the working folder's, else package.json's key. */
export async function findConfig(dirs: string[]): Promise<{ file: string; config: ValidateConfig } | null> {
  for (const dir of dirs) {
    const file = path.join(dir, CONFIG_FILE)
    if (await exists(file)) return { file, config: await loadConfig(file) }
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
    if (key !== undefined) return { file, config: await loadConfig(file) }
  }
  return null
}
