/**
 * validate(set, options) → Diagnostic[]: runs every rule that the profile (and the config merged
 * over it) leaves on, with its severity and options, and turns documents that failed to load into
 * front-matter/parse diagnostics. A set without its samarbeidsavtale is partial: rules that judge
 * the whole set are skipped, and the partial-set rule says so once. Sorted by file, line and
 * column, the order every formatter prints.
 */
import { append } from '../arrays.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import type { AgreementSet, UnloadedDocument } from '../model.js'
import { isKnownVariable } from '../template/variables.js'
import { setCompleteness } from './completeness.js'
import { withSetContext } from './locate.js'
import { mergeProfiles, type ResolvedProfile, type RuleSetting, type ValidateConfig } from './profile.js'
import { checkProfile, recommendedProfile, settingProblems } from './profile-check.js'
import { checkCustomRules, fillMessage, ruleMeta } from './rule-check.js'
import { RULES, ruleById } from './rules/index.js'
import type { AnyRule, Diagnostic, Finding, Report, Severity } from './types.js'

export interface ValidateOptions {
  /** The profile (loadProfile, loadConfig); default: the built-in `recommended`. */
  profile?: ResolvedProfile
  /** Settings merged over the profile (its `extends` is not resolved here: use loadConfig). */
  config?: ValidateConfig
  /** Validating a generated kommune instance: placeholders and variables are errors. */
  instance?: boolean
  /** Whether a template variable can be filled (default: one the generator knows). */
  canFill?: (variable: string) => boolean
  /** Problems from loading the set (readAgreementSet's errors), reported as diagnostics. */
  loadErrors?: AvtaleverkError[]
  /** Files the loader skipped as not agreements (readAgreementSet's `skipped`), reported as infos. */
  skipped?: AvtaleverkError[]
  /**
   * Documents of the set that failed to load (readAgreementSet's `unloaded`): a reference to one
   * is not to a document outside the set, and a sub-agreement among them is not missing.
   */
  unloaded?: UnloadedDocument[]
  /**
   * Rules from outside, run after the built-in ones (defineRule). Their ids may be configured in
   * `config` and the profile like a built-in rule's; options are checked against `meta.schema`.
   */
  rules?: readonly AnyRule[]
}

const FRONT_MATTER_CODES = new Set(['skjemafeil', 'ugyldig-yaml', 'mangler-front-matter'])

function setting(profile: ResolvedProfile, rule: AnyRule): { severity: Severity | 'off'; options: unknown } {
  const defaults = { ...rule.defaultOptions, ...(rule.optionsFromProfile?.(profile) ?? {}) }
  const s: RuleSetting | undefined = profile.rules?.[rule.id]
  if (s === undefined) return { severity: rule.defaultSeverity, options: defaults }
  if (typeof s === 'string') return { severity: s, options: defaults }
  return { severity: s.severity ?? rule.defaultSeverity, options: { ...defaults, ...(s.options ?? {}) } }
}

/** The profile validate runs with: the given one (or recommended), the config merged over it. */
export function effectiveProfile(options: Pick<ValidateOptions, 'profile' | 'config'> = {}): ResolvedProfile {
  const base = options.profile ?? recommendedProfile()
  return options.config ? mergeProfiles(base, options.config) : base
}

/** 0-based offsets of each line start of a text, LF, CRLF and lone CR ending lines (as the parser counts). */
const lineStarts = new WeakMap<object, number[]>()
function offsetOf(document: { source: string }, line: number, column: number): number | undefined {
  let starts = lineStarts.get(document)
  if (!starts) {
    starts = [0]
    const text = document.source
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
    }
    lineStarts.set(document, starts)
  }
  const start = starts[line - 1]
  return start === undefined ? undefined : Math.min(start + column - 1, document.source.length)
}

function toDiagnostic(rule: AnyRule, url: string | undefined, severity: Severity, f: Finding): Diagnostic {
  const start = f.range?.start ?? { line: f.line ?? 1, column: 1 }
  const d: Diagnostic = {
    ruleId: rule.id,
    severity: f.severity ?? severity,
    message: f.message,
    file: f.document?.path ?? f.file ?? '',
    line: Math.max(1, start.line),
    column: Math.max(1, start.column),
  }
  if (f.range) {
    d.endLine = f.range.end.line
    d.endColumn = f.range.end.column
    if (f.document && typeof f.document.source === 'string') {
      const offset = offsetOf(f.document, f.range.start.line, f.range.start.column)
      const endOffset = offsetOf(f.document, f.range.end.line, f.range.end.column)
      if (offset !== undefined && endOffset !== undefined) Object.assign(d, { offset, endOffset })
    }
  }
  d.source = SOURCE
  if (url) d.url = url
  return d
}

/** The `source` of every diagnostic, as vfile messages and editors name the tool. */
export const SOURCE = 'avtaleverk'

/** A report through `context.report` as a finding: its message id filled from the rule's meta.messages. */
function reportToFinding(rule: AnyRule, report: Report): Finding {
  if (report === null || typeof report !== 'object') throw new AvtaleverkError('bruksfeil', `context.report() skal ha et objekt med message eller messageId`)
  const { messageId, data, message, ...rest } = report as Report & { messageId?: string; data?: Record<string, string | number>; message?: string }
  if (typeof message === 'string') return { ...rest, message }
  const template = messageId === undefined ? undefined : rule.meta?.messages?.[messageId]
  if (template === undefined) throw new AvtaleverkError('bruksfeil', `context.report() fikk messageId «${String(messageId)}», som regelens meta.messages ikke har${rule.meta?.messages ? ` (den har ${Object.keys(rule.meta.messages).join(', ')})` : ''}`)
  return { ...rest, message: fillMessage(template, data) }
}

/** Profiles already checked for settings and patterns: a profile object is checked once, not per validate call. */
const checkedProfiles = new WeakMap<object, readonly AnyRule[]>()

/**
 * The config and profile as validate gets them, checked: the config against the schema (unknown
 * keys, bad shapes), both for rule ids that name no rule, regular expressions that do not compile
 * or can backtrack, and options of rules from outside against their schemas.
 */
function checkSettings(options: ValidateOptions, rules: readonly AnyRule[]): void {
  if (options.config !== undefined) checkProfile(options.config, CONFIG_PLACE, new Map(), '', rules)
  const profile = options.profile
  const seen = profile ? checkedProfiles.get(profile) : undefined
  if (profile && !(seen && seen.length === rules.length && seen.every((r, i) => r === rules[i]))) {
    const problems = settingProblems(profile, profile.sources?.at(-1), () => undefined, rules)
    if (problems.length > 0) throw combineErrors(problems)
    checkedProfiles.set(profile, rules)
  }
}

/** What an error in validate's `{ config }` names as its place. */
const CONFIG_PLACE = 'validate({ config })'

/** The error a rule that threw becomes, at the set's folder (or its first document). */
function ruleFailed(set: AgreementSet, rule: AnyRule, url: string | undefined, e: unknown): Diagnostic {
  const why = e instanceof AvtaleverkError ? e.message : `uventet feil (${e instanceof Error ? `${e.name}: «${e.message.split('\n')[0]}»` : typeof e})`
  return {
    ruleId: rule.id,
    severity: 'error',
    message: `Regelen ${rule.id} feilet: ${why}. De andre reglene er kjørt; meld gjerne feilen i avtaleverk`,
    file: set.root || (set.documents[0]?.path ?? ''),
    line: 1,
    column: 1,
    source: SOURCE,
    ...(url ? { url } : {}),
  }
}

/**
 * Every rule the profile (and the config merged over it) leaves on, over the set, with the rules
 * passed in `rules` after the built-in ones: the findings sorted by file, line and column.
 *
 * @example
 * ```ts
 * const diagnostics = validate(set, { profile: await loadProfile('unn-2023'), config: { rules: { terminology: 'off' } } })
 * console.log(formatDiagnostics(diagnostics, 'stylish'))
 * ```
 * @throws {@link AvtaleverkError} `skjemafeil` for a config or profile naming a rule that does not
 * exist, options that fail their schema, or a regular expression that does not compile or can
 * backtrack catastrophically; `ugyldig-argument` for a malformed `rules` list. A rule that throws
 * is a diagnostic, not a throw.
 */
export function validate(set: AgreementSet, options: ValidateOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const custom = checkCustomRules(options.rules, RULES)
  checkSettings(options, custom)
  const profile = effectiveProfile(options)
  const frontMatterSetting = setting(profile, ruleById('front-matter')!)
  for (const e of options.loadErrors ?? []) {
    const isFrontMatter = FRONT_MATTER_CODES.has(e.code)
    // A file that cannot be read at all is always an error; front matter follows the config.
    if (isFrontMatter && frontMatterSetting.severity === 'off') continue
    diagnostics.push({
      ruleId: isFrontMatter ? 'front-matter' : 'parse',
      severity: isFrontMatter ? (frontMatterSetting.severity as Severity) : 'error',
      message: e.message,
      file: e.file ?? '',
      line: e.line ?? 1,
      column: e.column ?? 1,
      source: SOURCE,
      ...(isFrontMatter ? { url: ruleMeta(ruleById('front-matter')!, true).docs.url! } : {}),
    })
  }
  for (const e of options.skipped ?? []) {
    diagnostics.push({ ruleId: 'parse', severity: 'info', message: e.message, file: e.file ?? '', line: e.line ?? 1, column: e.column ?? 1, source: SOURCE })
  }
  const unloaded = options.unloaded ?? []
  const { partial } = setCompleteness(set, unloaded)
  withSetContext(set, { superseded: profile.supersededDocuments ?? [], partial, unloaded }, () => {
    for (const rule of [...RULES, ...custom]) {
      if (partial && rule.scope === 'set') continue
      const { severity, options: ruleOptions } = setting(profile, rule)
      if (severity === 'off') continue
      const url = ruleMeta(rule, !custom.includes(rule)).docs.url
      // One rule that fails (a bug, text it did not expect) is its own error: every other rule's findings stay.
      try {
        const reported: Finding[] = []
        const returned = rule.check({
          id: rule.id,
          set,
          options: ruleOptions,
          instance: options.instance ?? false,
          canFill: options.canFill ?? isKnownVariable,
          profile,
          report: (report: Report) => void reported.push(reportToFinding(rule, report)),
        })
        if (returned !== undefined && !Array.isArray(returned)) throw new AvtaleverkError('bruksfeil', 'check() skal gi en liste med funn, eller ingenting når den bruker context.report()')
        const findings = returned ? [...returned, ...reported] : reported
        append(diagnostics, findings.map((f) => toDiagnostic(rule, url, severity, f)))
      } catch (e) {
        diagnostics.push(ruleFailed(set, rule, url, e))
      }
    }
  })
  return sortDiagnostics(diagnostics)
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
}

export interface DiagnosticSummary {
  errors: number
  warnings: number
  infos: number
}

export function summarise(diagnostics: Diagnostic[]): DiagnosticSummary {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  }
}
