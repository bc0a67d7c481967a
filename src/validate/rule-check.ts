/**
 * Checks what a program hands `validate` beyond the set: its own rules (shape, ids that clash)
 * and their options against each rule's `meta.schema`. The built-in rules' options are checked
 * by schemas/profile.schema.json with the rest of a profile; a rule from outside brings its own
 * schema, compiled on first use and kept with the rule. Compiling a JSON schema evaluates code,
 * so the core has no compiler: avtaleverk/node gives it Ajv's (useSchemaCompiler), and under a
 * Content-Security-Policy a rule gives no schema (or checks its options in `check`).
 */
import type { ValidateFunction } from 'ajv'
import { AvtaleverkError } from '../errors.js'
import { schemaMessage } from '../parse/front-matter.js'
import { VERSION } from '../version.js'
import type { AnyRule, RuleMeta } from './types.js'

const SEVERITIES: readonly string[] = ['error', 'warning', 'info']
/** `max-words`, or with a plugin prefix `min-region/max-words`, as ESLint names plugin rules. */
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$/

/** Where the built-in rules are documented: the page shipped in the package, docs/rules/<id>.md. */
export function builtInRuleUrl(id: string): string {
  return `https://unpkg.com/avtaleverk@${VERSION === '0.0.0' ? 'latest' : VERSION}/docs/rules/${id}.md`
}

/**
 * The rules a program passes as `{ rules }`, checked: each an object with an id of lower-case
 * words, a severity, a `check` function, and an id no other rule has.
 */
export function checkCustomRules(rules: unknown, builtIn: readonly AnyRule[]): AnyRule[] {
  if (rules === undefined) return []
  if (!Array.isArray(rules)) throw new AvtaleverkError('ugyldig-argument', 'validate(): { rules } skal være en liste med regler (defineRule)')
  const ids = new Set(builtIn.map((r) => r.id))
  rules.forEach((rule: Partial<AnyRule> | null, i) => {
    const name = typeof rule?.id === 'string' ? `«${rule.id}»` : `nr. ${i + 1}`
    const bad = (what: string) => new AvtaleverkError('ugyldig-argument', `validate(): regel ${name} i { rules } ${what}`)
    if (rule === null || typeof rule !== 'object') throw bad('skal være et objekt (defineRule)')
    if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) throw bad('trenger en id av små bokstaver, sifre og bindestrek, eventuelt med prefiks («min-region/maks-ord»)')
    if (ids.has(rule.id)) throw bad(builtIn.some((r) => r.id === rule.id) ? 'har samme id som en innebygd regel; gi den et eget navn' : 'finnes to ganger')
    ids.add(rule.id)
    if (typeof rule.check !== 'function') throw bad('mangler funksjonen check(context)')
    if (typeof rule.defaultSeverity !== 'string' || !SEVERITIES.includes(rule.defaultSeverity)) throw bad(`har defaultSeverity «${String(rule.defaultSeverity)}»; skal være error, warning eller info`)
    if (rule.defaultOptions === null || typeof rule.defaultOptions !== 'object') throw bad('mangler defaultOptions (et objekt, {} når regelen ikke har innstillinger)')
  })
  return rules as AnyRule[]
}

/** Turns a JSON schema into a validator (Ajv's compile, in avtaleverk/node). */
export type SchemaCompiler = (schema: Record<string, unknown>) => ValidateFunction

let compiler: SchemaCompiler | undefined
const compiled = new WeakMap<object, ValidateFunction>()

/** Sets how rules' `meta.schema` are compiled; src/node.ts gives Ajv's. */
export function useSchemaCompiler(compile: SchemaCompiler): void {
  compiler = compile
}

/**
 * Problems of a custom rule's options (merged with its defaults) against its `meta.schema`, as
 * messages naming the key; empty when it has no schema.
 */
export function ruleOptionProblems(rule: AnyRule, options: unknown): string[] {
  const schema = rule.meta?.schema
  if (!schema) return []
  let check = compiled.get(schema)
  if (!check) {
    if (!compiler) return [`regelens meta.schema kan ikke kompileres her (avtaleverk/core evaluerer ikke kode); bruk avtaleverk/node, eller sjekk innstillingene i check()`]
    try {
      check = compiler(schema)
    } catch (e) {
      return [`regelens meta.schema er ikke et gyldig JSON-skjema (${(e as Error).message})`]
    }
    compiled.set(schema, check)
  }
  if (check(options)) return []
  return (check.errors ?? []).map((e) => `regelen «${rule.id}»: ${schemaMessage({ ...e, instancePath: `/options${e.instancePath}` })}`)
}

/** A rule's meta, complete: docs description and url (built-in rules: their page), schema, messages. */
export function ruleMeta(rule: AnyRule, builtIn: boolean): Required<Pick<RuleMeta, 'docs'>> & RuleMeta & { docs: { description: string; url?: string } } {
  const url = rule.meta?.docs?.url ?? (builtIn ? builtInRuleUrl(rule.id) : undefined)
  return { ...rule.meta, docs: { description: rule.meta?.docs?.description ?? rule.description, ...(url ? { url } : {}) } }
}

/** A message template filled: `{{name}}` → data.name; a name without data stays as written. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole))
}

