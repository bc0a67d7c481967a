/**
 * Reading profiles and configurations: YAML or JSON checked against schemas/profile.schema.json,
 * rule ids checked against the rules that exist (with a suggestion), regular expressions
 * compiled and checked for catastrophic backtracking with safe-regex2, and `extends` resolved —
 * a built-in profile by name (profiles/<name>.yaml in the package) or a file by path, relative
 * to the file that names it. Every error is an AvtaleverkError at the offending key's line.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { closest, distance } from 'fastest-levenshtein'
import safeRegex from 'safe-regex2'
import { append } from '../arrays.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaMessage } from '../parse/front-matter.js'
import { readTextFile } from '../parse/load.js'
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' }
import { mergeProfiles, type Profile, type ResolvedProfile } from './profile.js'
import { RULES } from './rules/index.js'
import { ruleOptionProblems } from './rule-check.js'
import type { AnyRule } from './types.js'
import { lineOfPointer, pointerLines, type PointerLines } from './yaml-lines.js'

export const BUILTIN_PROFILES = ['recommended', 'unn-2023'] as const

// Compiled on first use: most runs read no profile file but the built-in one.
let compiled: ValidateFunction | undefined
const schemaCheck = (value: unknown) => (compiled ??= new Ajv({ allErrors: true, strict: true }).compile(profileSchema))(value)

/** Where the package's profiles/ folder is, from src/validate (tests) or dist/ (the package). */
function profilesDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url))
  let dir = here
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'profiles')
    if (existsSync(path.join(candidate, 'recommended.yaml'))) return candidate
    dir = path.dirname(dir)
  }
  throw new AvtaleverkError('lesefeil', `Fant ikke mappen med de innebygde profilene (profiles/) fra ${here}`)
}

const isPath = (ref: string) => ref.includes('/') || ref.includes('\\') || /\.(ya?ml|json)$/i.test(ref)

/** The file a profile reference names: a built-in profile, or a path relative to `fromDir`. */
export function profileFile(ref: string, fromDir: string): string {
  if (!isPath(ref)) {
    if ((BUILTIN_PROFILES as readonly string[]).includes(ref)) return path.join(profilesDir(), `${ref}.yaml`)
    throw new AvtaleverkError('bruksfeil', `Ukjent profil «${ref}»${suggest(ref, BUILTIN_PROFILES)}; de innebygde er ${BUILTIN_PROFILES.join(', ')}, eller oppgi en sti til en profilfil (.yaml eller .json)`)
  }
  return path.resolve(fromDir, ref)
}

function suggest(word: string, candidates: readonly string[]): string {
  const best = closest(word, [...candidates])
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? ` (mente du «${best}»?)` : ''
}

// ajv reports every branch of a oneOf; for an object value, the string branch's complaints are noise.
function relevantErrors(errors: ErrorObject[], value: unknown): ErrorObject[] {
  const isObjectAt = (pointer: string) => {
    let node: unknown = value
    for (const key of pointer.split('/').slice(1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined
    return node !== null && typeof node === 'object'
  }
  const relevant = errors.filter((e) => !(['enum', 'oneOf', 'type'].includes(e.keyword) && isObjectAt(e.instancePath)) && e.keyword !== 'if')
  return relevant.length > 0 ? relevant : errors
}

function errorPointer(e: ErrorObject): string {
  const params = e.params as { additionalProperty?: string; propertyName?: string }
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) return `${e.instancePath}/${params.additionalProperty}`
  if (e.keyword === 'propertyNames' && params.propertyName !== undefined) return `${e.instancePath}/${params.propertyName}`
  return e.instancePath
}

/** The regular expressions a profile holds, with the pointer of each. */
function patterns(profile: Profile): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const glossary = (entries: unknown, at: string) => {
    if (!Array.isArray(entries)) return
    entries.forEach((g: { term?: unknown; unlessBefore?: unknown }, i) => {
      if (typeof g?.term === 'string') out.push([`${at}/${i}/term`, g.term])
      if (typeof g?.unlessBefore === 'string') out.push([`${at}/${i}/unlessBefore`, g.unlessBefore])
    })
  }
  const sections = (bytype: unknown, at: string) => {
    if (!bytype || typeof bytype !== 'object') return
    for (const [type, list] of Object.entries(bytype)) {
      if (!Array.isArray(list)) continue
      list.forEach((p: { textPattern?: unknown }, i) => {
        if (typeof p?.textPattern === 'string') out.push([`${at}/${type}/${i}/textPattern`, p.textPattern])
      })
    }
  }
  glossary(profile.terminology, '/terminology')
  sections(profile.requiredSections, '/requiredSections')
  const rules = profile.rules ?? {}
  const options = (id: string) => {
    const s = rules[id]
    return typeof s === 'object' ? s.options : undefined
  }
  glossary((options('terminology') as { glossary?: unknown } | undefined)?.glossary, '/rules/terminology/options/glossary')
  sections(options('required-provisions'), '/rules/required-provisions/options')
  return out
}

/**
 * Checks a parsed profile or configuration: the schema, the rule ids, the regular expressions,
 * and the options of `rules` from outside against their own schemas. `lines` gives the line of
 * each key by JSON pointer; `prefix` is the pointer of the profile inside its file (`/avtaleverk`
 * in package.json); `rules` are the rules a program adds (validate's `{ rules }`), whose ids are
 * then known.
 *
 * @example
 * ```ts
 * checkProfile({ extends: 'recommended', rules: { numbering: 'warning' } }, 'avtaleverk.config.yaml')
 * ```
 * @throws {@link AvtaleverkError} `skjemafeil` at the first offending key, the others as its `details`.
 */
export function checkProfile(value: unknown, file: string, lines: PointerLines = new Map(), prefix = '', rules: readonly AnyRule[] = []): Profile {
  if (value === null || value === undefined) return {}
  const line = (pointer: string) => lineOfPointer(lines, `${prefix}${pointer}`, lineOfPointer(lines, prefix))
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new AvtaleverkError('skjemafeil', 'Konfigurasjon: skal være en YAML-tabell med nøkler som extends og rules', { file, line: line('') })
  }
  const errors: AvtaleverkError[] = []
  if (!schemaCheck(value)) {
    for (const e of relevantErrors(compiled!.errors ?? [], value)) {
      const message = schemaMessage(e)
      if (message) errors.push(new AvtaleverkError('skjemafeil', `Konfigurasjon: ${message}`, { file, line: line(errorPointer(e)) }))
    }
  }
  append(errors, settingProblems(value as Profile, file, line, rules))
  if (errors.length > 0) throw combineErrors(errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)))
  return value as Profile
}

/** A key as a JSON pointer writes it (`a/b` → `a~1b`). */
const pointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

/**
 * What the schema cannot see in a profile: rule ids that name no rule (with a suggestion),
 * regular expressions that do not compile or can backtrack catastrophically, and options of
 * rules from outside that fail the rule's own `meta.schema`.
 */
export function settingProblems(profile: Profile, file: string | undefined, line: (pointer: string) => number | undefined, rules: readonly AnyRule[] = []): AvtaleverkError[] {
  const errors: AvtaleverkError[] = []
  const place = (pointer: string) => ({ ...(file !== undefined ? { file } : {}), ...(line(pointer) !== undefined ? { line: line(pointer)! } : {}) })
  const ids = [...RULES, ...rules].map((r) => r.id)
  const settings = profile.rules && typeof profile.rules === 'object' ? profile.rules : {}
  for (const id of Object.keys(settings)) {
    if (ids.includes(id)) continue
    errors.push(new AvtaleverkError('skjemafeil', `Konfigurasjon: ukjent regel «${id}»${suggest(id, ids)}; reglene er ${ids.join(', ')}${rules.length === 0 ? ' (en egen regel må gis til validate som { rules })' : ''}`, place(`/rules/${pointerKey(id)}`)))
  }
  for (const rule of rules) {
    const setting = settings[rule.id]
    if (setting === undefined || typeof setting !== 'object' || setting === null || setting.options === undefined) continue
    for (const problem of ruleOptionProblems(rule, { ...rule.defaultOptions, ...setting.options })) {
      errors.push(new AvtaleverkError('skjemafeil', `Konfigurasjon: ${problem}`, place(`/rules/${pointerKey(rule.id)}/options`)))
    }
  }
  for (const [pointer, source] of patterns(profile)) {
    const where = pointer.split('/').slice(1).filter((k) => !/^\d+$/.test(k)).join('.')
    try {
      new RegExp(source, 'u')
    } catch {
      errors.push(new AvtaleverkError('skjemafeil', `Konfigurasjon: ${where} «${source}» er ikke et gyldig regulært uttrykk`, place(pointer)))
      continue
    }
    if (!safeRegex(source)) {
      errors.push(
        new AvtaleverkError(
          'skjemafeil',
          `Konfigurasjon: ${where} «${source}» avvises: uttrykket kan gi katastrofal tilbakesporing (nestede gjentakelser som «(a+)+»), eller bruker syntaks kontrollen (safe-regex2) ikke kan lese; skriv det uten gjentakelse inni gjentakelse`,
          place(pointer),
        ),
      )
    }
  }
  return errors
}

/** Reads one profile or configuration file, unresolved: YAML, JSON, or package.json's "avtaleverk" key. */
export async function readProfileFile(file: string, rules: readonly AnyRule[] = []): Promise<Profile> {
  const text = await readTextFile(file)
  const isPackage = path.basename(file) === 'package.json'
  let value: unknown
  if (file.endsWith('.json')) {
    try {
      value = JSON.parse(text) as unknown
    } catch (e) {
      throw new AvtaleverkError('ugyldig-yaml', `Ugyldig JSON: ${(e as Error).message}`, { file })
    }
    if (isPackage) value = (value as { avtaleverk?: unknown } | null)?.avtaleverk
  } else {
    value = parseYaml(text, file).value
  }
  // JSON is YAML: one reader gives the line of every key in both.
  return checkProfile(value, file, pointerLines(text), isPackage ? '/avtaleverk' : '', rules)
}

/**
 * A profile or configuration with its `extends` resolved, base first. A configuration without
 * `extends` builds on `recommended`, as earlier configurations built on the rules' defaults;
 * `base` replaces whatever the file extends (the CLI's --profile).
 */
export async function resolveProfileFile(file: string, options: { base?: ResolvedProfile; implicitBase?: boolean; rules?: readonly AnyRule[] } = {}, seen: string[] = []): Promise<ResolvedProfile> {
  const absolute = path.resolve(file)
  if (seen.includes(absolute)) {
    throw new AvtaleverkError('skjemafeil', `Konfigurasjon: «extends» går i ring: ${[...seen, absolute].map((f) => path.basename(f)).join(' → ')}`, { file })
  }
  const profile = await readProfileFile(file, options.rules)
  let base: ResolvedProfile
  if (options.base) base = options.base
  else {
    const refs = profile.extends === undefined ? (options.implicitBase && !isRecommended(absolute) ? ['recommended'] : []) : typeof profile.extends === 'string' ? [profile.extends] : profile.extends
    base = {}
    for (const ref of refs) {
      let target: string
      try {
        target = profileFile(ref, path.dirname(absolute))
      } catch (e) {
        throw new AvtaleverkError('skjemafeil', (e as AvtaleverkError).message, { file, line: 1 })
      }
      if (!existsSync(target)) throw new AvtaleverkError('skjemafeil', `Konfigurasjon: «extends: ${ref}» peker på ${target}, som ikke finnes`, { file })
      base = mergeProfiles(base, await resolveProfileFile(target, options.rules ? { rules: options.rules } : {}, [...seen, absolute]))
    }
  }
  const resolved = mergeProfiles(base, profile)
  resolved.sources = [...(base.sources ?? []), file]
  return resolved
}

const isRecommended = (file: string) => path.basename(file) === 'recommended.yaml' && path.basename(path.dirname(file)) === 'profiles'

/** A profile by built-in name (recommended, unn-2023) or by path, with its `extends` resolved. */
export async function loadProfile(ref: string, cwd = process.cwd(), options: { rules?: readonly AnyRule[] } = {}): Promise<ResolvedProfile> {
  const file = profileFile(ref, cwd)
  if (!existsSync(file)) throw new AvtaleverkError('lesefeil', `Profilen «${ref}» finnes ikke (${file})`)
  return resolveProfileFile(file, options.rules ? { rules: options.rules } : {})
}

let recommended: ResolvedProfile | undefined

/** The built-in `recommended` profile, read once: what validate uses when given no profile. */
export function recommendedProfile(): ResolvedProfile {
  if (recommended) return recommended
  const file = path.join(profilesDir(), 'recommended.yaml')
  const text = readFileSync(file, 'utf8')
  const profile = checkProfile(parseYaml(text, file).value, file, pointerLines(text))
  const { extends: _ignored, ...rest } = profile
  recommended = { ...rest, sources: [file] }
  return recommended
}
