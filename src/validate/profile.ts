/**
 * Profiles: a helsefellesskap's house style and history as data, in the manner of ESLint's
 * shareable configs (schemas/profile.schema.json). A profile sets rules on or off with
 * severities and options, lists the words of an earlier regime (terminology), the sections each
 * kind of document must have (in bokmål and nynorsk), the documents the set replaced, the
 * language, and whether a sub-agreement's number is the § 6-2 point it covers. A configuration
 * is a profile that `extends:` another and merges over it.
 *
 * This module is pure: types and merging. Reading files and resolving `extends` is in
 * profile-load.ts.
 */
import type { Severity } from './types.js'

export type Language = 'nb' | 'nn'

export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; options?: Record<string, unknown> }

export interface GlossaryEntry {
  /** Regular expression source, matched case-insensitively on word boundaries. */
  term: string
  /** What to write instead. */
  preferred: string
  /** Skip a match preceded by text matching this (e.g. "tidligere " for historic references). */
  unlessBefore?: string
  note?: string
}

/** Title words, for every language or per language. */
export type TitleWords = string[] | Partial<Record<Language, string[]>>

export interface ProvisionSpec {
  /** What is missing, as the message names it. */
  name: string
  /** A section provides it when its title contains one of these words (case-insensitive). */
  titleWords: TitleWords
  /** Optional: the section's text must also match this (a regular expression source). */
  textPattern?: string
  /** Said when the section exists but its text lacks the pattern. */
  textHint?: string
}

export interface SupersededDocument {
  /** The document id the parser gives references to it, e.g. `overordnet-samarbeidsavtale`. */
  id: string
  /** What the message calls it: «den overordnede samarbeidsavtalen fra 2012». */
  name: string
  /** What replaced it: «samarbeidsavtalen av 2023». */
  replacedBy: string
  /** What to do instead; default: point to the section of today's agreement. */
  advice?: string
}

export interface Profile {
  $schema?: string
  name?: string
  description?: string
  /** Built-in profile names or paths; resolved by loadProfile/loadConfig, ignored by validate. */
  extends?: string | string[]
  language?: Language[]
  rules?: Record<string, RuleSetting>
  terminology?: GlossaryEntry[]
  /** Per document type (samarbeidsavtale, retningslinje, tjenesteavtale …). */
  requiredSections?: Record<string, ProvisionSpec[]>
  supersededDocuments?: SupersededDocument[]
  law?: { numberCoversPoint?: string[] }
}

/** A profile with its `extends` applied: what validate reads. */
export interface ResolvedProfile extends Omit<Profile, 'extends'> {
  /** The files it was assembled from, base first (for messages and `--print-config`-like use). */
  sources?: string[]
}

/** The configuration format of earlier versions is a profile without `extends`. */
export type ValidateConfig = Profile

function mergeRule(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  if (base === undefined) return over
  const b = typeof base === 'string' ? { severity: base } : base
  if (typeof over === 'string') return b.options ? { severity: over, options: b.options } : over
  const options = b.options || over.options ? { ...(b.options ?? {}), ...(over.options ?? {}) } : undefined
  return { ...(over.severity ?? b.severity ? { severity: over.severity ?? b.severity } : {}), ...(options ? { options } : {}) }
}

/**
 * `over` merged over `base`, as ESLint merges configs: a rule's severity and options are merged
 * per rule (options one level deep); required sections per document type; every other key,
 * lists included, is replaced whole.
 */
export function mergeProfiles(base: ResolvedProfile, over: Profile): ResolvedProfile {
  const { extends: _extends, rules, requiredSections, law, ...rest } = over
  const out: ResolvedProfile = { ...base, ...rest }
  if (rules) {
    out.rules = { ...(base.rules ?? {}) }
    for (const [id, setting] of Object.entries(rules)) out.rules[id] = mergeRule(base.rules?.[id], setting)
  }
  if (requiredSections) out.requiredSections = { ...(base.requiredSections ?? {}), ...requiredSections }
  if (law) out.law = { ...(base.law ?? {}), ...law }
  return out
}

const ALL_LANGUAGES: Language[] = ['nb', 'nn']

/** The title words of a provision in the profile's languages. */
export function titleWordsFor(words: TitleWords, languages: Language[] = ALL_LANGUAGES): string[] {
  if (Array.isArray(words)) return words
  return languages.flatMap((l) => words[l] ?? [])
}
