/**
 * Reading profiles and configurations: YAML or JSON checked against schemas/profile.schema.json,
 * rule ids checked against the rules that exist (with a suggestion), regular expressions
 * compiled and checked for catastrophic backtracking with safe-regex2, and `extends` resolved —
 * a built-in profile by name (profiles/<name>.yaml in the package) or a file by path, relative
 * to the file that names it. Every error is an AvtaleverkError at the offending key's line.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AvtaleverkError } from '../errors.js'
import { parseYaml } from '../parse/front-matter.js'
import { readTextFile } from '../parse/load.js'
import { BUILTIN_PROFILES, checkProfile, recommendedProfile, settingProblems, suggest } from './profile-check.js'
import { mergeProfiles, type Profile, type ResolvedProfile } from './profile.js'
import type { AnyRule } from './types.js'
import { pointerLines } from './yaml-lines.js'

export { BUILTIN_PROFILES, checkProfile, recommendedProfile, settingProblems }

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
