/**
 * Diagnostics and rules, in the manner of ESLint and remark-lint: a rule is a small pure
 * function from the set to findings; the engine adds the rule id, severity and file.
 */
import type { AgreementDocument, AgreementSet, Range } from '../model.js'
import type { ResolvedProfile } from './profile.js'

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  ruleId: string
  severity: Severity
  /** Norwegian: what is wrong and how to fix it. */
  message: string
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** What a rule reports; the engine fills in rule id and severity. */
export interface Finding {
  message: string
  document?: AgreementDocument
  /** When the finding is in no document (or in a file that failed to parse). */
  file?: string
  range?: Range
  line?: number
  /** Overrides the rule's default severity (the placeholder rule escalates in instances). */
  severity?: Severity
}

export interface RuleContext<Options> {
  set: AgreementSet
  options: Options
  /** True when validating a generated kommune instance rather than a template. */
  instance: boolean
  /** Whether a template variable can be filled (by default: it is one the generator knows). */
  canFill: (variable: string) => boolean
  /** The profile validate runs with (its house style, history and language). */
  profile: ResolvedProfile
}

export interface Rule<Options = Record<string, never>> {
  id: string
  defaultSeverity: Severity
  /** One line, Norwegian, for listings and SARIF. */
  description: string
  /** Default options; the profile, then the config's `rules.<id>.options`, are merged over them. */
  defaultOptions: Options
  /** Options the rule takes from the profile's own keys (terminology, requiredSections …). */
  optionsFromProfile?: (profile: ResolvedProfile) => Partial<Options>
  /**
   * 'set': the rule judges the set as a whole against its samarbeidsavtale (coverage, titles
   * across documents). Skipped, with one partial-set info, when the set has no samarbeidsavtale.
   */
  scope?: 'set'
  check: (context: RuleContext<Options>) => Finding[]
}

// Rules are stored with their own option types; the engine treats options opaquely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}
