/**
 * validate(set, options) → Diagnostic[]: runs every rule that the profile (and the config merged
 * over it) leaves on, with its severity and options, and turns documents that failed to load into
 * front-matter/parse diagnostics. A set without its samarbeidsavtale is partial: rules that judge
 * the whole set are skipped, and the partial-set rule says so once. Sorted by file, line and
 * column, the order every formatter prints.
 */
import { append } from '../arrays.js'
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet, UnloadedDocument } from '../model.js'
import { isKnownVariable } from '../template/variables.js'
import { setCompleteness } from './completeness.js'
import { withSetContext } from './locate.js'
import { mergeProfiles, type ResolvedProfile, type RuleSetting, type ValidateConfig } from './profile.js'
import { recommendedProfile } from './profile-load.js'
import { RULES, ruleById } from './rules/index.js'
import type { AnyRule, Diagnostic, Finding, Severity } from './types.js'

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

function toDiagnostic(rule: AnyRule, severity: Severity, f: Finding): Diagnostic {
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
  }
  return d
}

/** The error a rule that threw becomes, at the set's folder (or its first document). */
function ruleFailed(set: AgreementSet, rule: AnyRule, e: unknown): Diagnostic {
  const why = e instanceof AvtaleverkError ? e.message : `uventet feil (${e instanceof Error ? `${e.name}: «${e.message.split('\n')[0]}»` : typeof e})`
  return {
    ruleId: rule.id,
    severity: 'error',
    message: `Regelen ${rule.id} feilet: ${why}. De andre reglene er kjørt; meld gjerne feilen i avtaleverk`,
    file: set.root || (set.documents[0]?.path ?? ''),
    line: 1,
    column: 1,
  }
}

export function validate(set: AgreementSet, options: ValidateOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
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
    })
  }
  for (const e of options.skipped ?? []) {
    diagnostics.push({ ruleId: 'parse', severity: 'info', message: e.message, file: e.file ?? '', line: e.line ?? 1, column: e.column ?? 1 })
  }
  const unloaded = options.unloaded ?? []
  const { partial } = setCompleteness(set, unloaded)
  withSetContext(set, { superseded: profile.supersededDocuments ?? [], partial, unloaded }, () => {
    for (const rule of RULES) {
      if (partial && rule.scope === 'set') continue
      const { severity, options: ruleOptions } = setting(profile, rule)
      if (severity === 'off') continue
      // One rule that fails (a bug, text it did not expect) is its own error: every other rule's findings stay.
      try {
        const findings = rule.check({ set, options: ruleOptions, instance: options.instance ?? false, canFill: options.canFill ?? isKnownVariable, profile })
        append(diagnostics, findings.map((f) => toDiagnostic(rule, severity, f)))
      } catch (e) {
        diagnostics.push(ruleFailed(set, rule, e))
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
