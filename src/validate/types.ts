/**
 * Diagnostics and rules, in the manner of ESLint and remark-lint: a rule is a small pure
 * function from the set to findings; the engine adds the rule id, severity and file. A rule
 * either returns its findings from `check` or reports them with `context.report()` (ESLint's
 * way, with message ids from `meta.messages`); both may be mixed.
 */
import type { AgreementDocument, AgreementSet, Range } from '../model.js'
import type { ResolvedProfile } from './profile.js'

/** How serious a finding is; `info` never fails a run. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * One finding, at its place: what every formatter, the vfile bridge and the JSON output carry.
 *
 * @example
 * ```ts
 * const d: Diagnostic = { ruleId: 'numbering', severity: 'error', message: 'Punkt 2 mangler: etter 1 kommer 3', file: 'a.md', line: 7, column: 1, source: 'avtaleverk' }
 * ```
 */
export interface Diagnostic {
  ruleId: string
  severity: Severity
  /** Norwegian: what is wrong and how to fix it. */
  message: string
  file: string
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  endLine?: number
  endColumn?: number
  /** 0-based offset of the start in the file's text (UTF-16 code units), when the place is a range in a document. */
  offset?: number
  /** 0-based offset just past the end. */
  endOffset?: number
  /** Who reports it: `avtaleverk` (as vfile's and LSP's `source`). */
  source?: string
  /** The rule's documentation page. */
  url?: string
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

/**
 * What `context.report()` takes: a finding with its message written out, or a message id of the
 * rule's `meta.messages` with the data for its `{{placeholders}}`.
 *
 * @example
 * ```ts
 * context.report({ document, range: section.range, messageId: 'tooLong', data: { words: 812, max: 500 } })
 * ```
 */
export type Report = Omit<Finding, 'message'> & ({ message: string; messageId?: never; data?: never } | { messageId: string; data?: Record<string, string | number>; message?: never })

/**
 * A rule's description for tools and people: documentation address, the JSON Schema its options
 * must pass, and its message templates.
 */
export interface RuleMeta {
  docs?: {
    /** One line; defaults to the rule's `description`. */
    description?: string
    /** Where the rule is documented; built-in rules point to docs/rules/<id>.md. */
    url?: string
  }
  /**
   * JSON Schema (draft-07) of the options object, checked by `validate` before the rule runs: a
   * mismatch is an AvtaleverkError naming the rule and the option. The built-in rules' options
   * are checked by schemas/profile.schema.json instead.
   */
  schema?: Record<string, unknown>
  /** Message templates by id, with `{{name}}` filled from `report({ messageId, data })`. */
  messages?: Record<string, string>
}

/**
 * What a rule's `check` is given.
 *
 * @typeParam Options - the rule's options, its defaults merged with the profile's and the config's.
 */
export interface RuleContext<Options> {
  /** The rule's id. */
  id: string
  set: AgreementSet
  options: Options
  /** True when validating a generated kommune instance rather than a template. */
  instance: boolean
  /** Whether a template variable can be filled (by default: it is one the generator knows). */
  canFill: (variable: string) => boolean
  /** The profile validate runs with (its house style, history and language). */
  profile: ResolvedProfile
  /**
   * Reports one finding (ESLint's `context.report`). Findings `check` returns are kept as well.
   *
   * @throws {@link AvtaleverkError} `bruksfeil` for a `messageId` the rule's `meta.messages` lacks
   * (the rule then fails as a diagnostic, like any rule that throws).
   */
  report: (report: Report) => void
}

/**
 * A validation rule. Pass your own to `validate(set, { rules: [myRule] })`; configure it like a
 * built-in one under `rules.<id>` in the config.
 *
 * @typeParam Options - the options object; `defaultOptions` gives every key.
 * @example
 * ```ts
 * const maxWords = defineRule<{ max: number }>({
 *   id: 'max-words',
 *   defaultSeverity: 'warning',
 *   description: 'Et punkt skal ikke være for langt',
 *   defaultOptions: { max: 500 },
 *   meta: { schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }, messages: { long: 'Punktet har {{words}} ord; høyst {{max}}' } },
 *   check({ set, options, report }) {
 *     for (const document of set.documents)
 *       for (const section of allSections(document.sections)) {
 *         const words = section.text.split(/\s+/).length
 *         if (words > options.max) report({ document, range: section.range, messageId: 'long', data: { words, max: options.max } })
 *       }
 *   },
 * })
 * ```
 */
export interface Rule<Options = Record<string, never>> {
  /** Lower-case words joined by hyphens (`max-words`); unique among the rules validate runs. */
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
  meta?: RuleMeta
  /** Returns findings, or reports them through `context.report` (then returns nothing). */
  check: (context: RuleContext<Options>) => Finding[] | void
}

/** A rule of any options, as lists of rules hold them. */
// Rules are stored with their own option types; the engine treats options opaquely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>

/** The options type of a rule: `OptionsOf<typeof maxWords>` is `{ max: number }`. */
export type OptionsOf<R> = R extends Rule<infer O> ? O : never

/**
 * A rule's setting in a config, typed by the rule's options: `satisfies RuleSettingFor<typeof maxWords>`.
 */
export type RuleSettingFor<R> = Severity | 'off' | { severity?: Severity | 'off'; options?: Partial<OptionsOf<R>> }

/**
 * A rule with its options type inferred and checked; returns the rule as given.
 *
 * @example
 * ```ts
 * export const noTodo = defineRule({ id: 'no-todo', defaultSeverity: 'warning', description: 'Ingen TODO', defaultOptions: {}, check: ({ set }) => set.documents.filter((d) => d.source.includes('TODO')).map((document) => ({ document, message: 'TODO står igjen' })) })
 * ```
 * @throws Never; the rule is checked when `validate` runs it.
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}
