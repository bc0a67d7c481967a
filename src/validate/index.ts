/**
 * validate(set, options) → Diagnostic[]: runs every rule that the config leaves on, with its
 * severity and options, and turns documents that failed to load into front-matter/parse
 * diagnostics. Sorted by file, line and column, the order every formatter prints.
 */
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet } from '../model.js'
import { isKnownVariable } from '../template/variables.js'
import type { RuleSetting, ValidateConfig } from './config.js'
import { RULES, ruleById } from './rules/index.js'
import type { AnyRule, Diagnostic, Finding, Severity } from './types.js'

export interface ValidateOptions {
  config?: ValidateConfig
  /** Validating a generated kommune instance: placeholders and variables are errors. */
  instance?: boolean
  /** Whether a template variable can be filled (default: one the generator knows). */
  canFill?: (variable: string) => boolean
  /** Problems from loading the set (readAgreementSet's errors), reported as diagnostics. */
  loadErrors?: AvtaleverkError[]
}

const FRONT_MATTER_CODES = new Set(['skjemafeil', 'ugyldig-yaml', 'mangler-front-matter'])

function setting(config: ValidateConfig | undefined, rule: AnyRule): { severity: Severity | 'off'; options: unknown } {
  const s: RuleSetting | undefined = config?.rules?.[rule.id]
  if (s === undefined) return { severity: rule.defaultSeverity, options: rule.defaultOptions }
  if (typeof s === 'string') return { severity: s, options: rule.defaultOptions }
  return { severity: s.severity ?? rule.defaultSeverity, options: { ...rule.defaultOptions, ...(s.options ?? {}) } }
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

export function validate(set: AgreementSet, options: ValidateOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const frontMatterSetting = setting(options.config, ruleById('front-matter')!)
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
  for (const rule of RULES) {
    const { severity, options: ruleOptions } = setting(options.config, rule)
    if (severity === 'off') continue
    const findings = rule.check({ set, options: ruleOptions, instance: options.instance ?? false, canFill: options.canFill ?? isKnownVariable })
    for (const f of findings) diagnostics.push(toDiagnostic(rule, severity, f))
  }
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
