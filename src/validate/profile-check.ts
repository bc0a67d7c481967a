/**
 * Checking profiles and configurations without a file system: the schema
 * (schemas/profile.schema.json), rule ids against the rules that exist (with a suggestion),
 * regular expressions compiled and checked for catastrophic backtracking with safe-regex2. The
 * built-in profiles are read from their text bundled in memory (src/bundled/profiles.ts), so
 * `validate` has its default profile in a browser too; profile-load.ts reads profile files.
 */
import type { ErrorObject } from 'ajv'
import { closest, distance } from 'fastest-levenshtein'
import safeRegex from 'safe-regex2'
import { append } from '../arrays.js'
import { BUNDLED_PROFILES } from '../bundled/profiles.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaMessage } from '../parse/front-matter.js'
import { profileValidator } from '../schema/index.js'
import { mergeProfiles, type Profile, type ResolvedProfile } from './profile.js'
import { RULES } from './rules/index.js'
import { ruleOptionProblems } from './rule-check.js'
import type { AnyRule } from './types.js'
import { lineOfPointer, pointerLines, type PointerLines } from './yaml-lines.js'

export const BUILTIN_PROFILES = ['recommended', 'unn-2023'] as const

// Compiled on first use: most runs read no profile file but the built-in one.

export function suggest(word: string, candidates: readonly string[]): string {
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
  if (!profileValidator(value)) {
    for (const e of relevantErrors(profileValidator.errors ?? [], value)) {
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


const builtins = new Map<string, ResolvedProfile>()

/**
 * A built-in profile by name (`recommended`, `unn-2023`) with its `extends` resolved, from the
 * text bundled in memory: no file system.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a name that is not a built-in profile.
 */
export function builtinProfile(name: string): ResolvedProfile {
  const known = builtins.get(name)
  if (known) return known
  if (!(BUILTIN_PROFILES as readonly string[]).includes(name)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent profil «${name}»${suggest(name, BUILTIN_PROFILES)}; de innebygde er ${BUILTIN_PROFILES.join(', ')}`)
  }
  const file = `profiles/${name}.yaml`
  const text = BUNDLED_PROFILES[file as keyof typeof BUNDLED_PROFILES]
  const profile = checkProfile(parseYaml(text, file).value, file, pointerLines(text))
  const { extends: parents, ...rest } = profile
  // Built-in profiles extend only built-in profiles, by name; recommended extends nothing.
  let base: ResolvedProfile = {}
  for (const parent of parents === undefined ? [] : typeof parents === 'string' ? [parents] : parents) base = mergeProfiles(base, builtinProfile(parent))
  // recommended, the root, is taken as written, as validate always has.
  const resolved: ResolvedProfile = parents === undefined ? { ...rest } : mergeProfiles(base, rest)
  resolved.sources = [...(base.sources ?? []), file]
  builtins.set(name, resolved)
  return resolved
}

/** The built-in `recommended` profile, read once: what validate uses when given no profile. */
export function recommendedProfile(): ResolvedProfile {
  return builtinProfile('recommended')
}

export const CONFIG_FILE = 'avtaleverk.config.yaml'

/**
 * Checks a parsed configuration (schema, rule ids, regular expressions). `keyLines` gives the
 * line of each top-level key; loadConfig knows the line of every nested key too.
 */
export function checkConfig(value: unknown, file: string, keyLines: Record<string, number> = {}): Profile {
  return checkProfile(value, file, new Map(Object.entries(keyLines).map(([k, line]) => [`/${k}`, line])))
}
