/**
 * YAML front matter: parsed with `yaml` (keeping each key's line) and checked against
 * schemas/agreement.schema.json (its validator compiled at build time, src/schema/). Errors point at the offending key's line.
 */
import type { ErrorObject } from 'ajv'
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml'
import { isRealDate } from '../dates.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import type { FrontMatter, Language } from '../model.js'
import { STATUS_WORDS, TYPE_WORDS } from './kinds.js'
import { checkXmlCharacters, normaliseLineEnds } from './decode.js'
import { agreementValidator } from '../schema/index.js'

export interface ParsedYaml<T> {
  value: T
  /** Line (1-based, in the file) of each top-level key. */
  keyLines: Record<string, number>
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Copies parsed YAML into plain objects, dropping keys that could reach Object.prototype
 * when a later step spreads or merges the data.
 */
export function withoutPrototypeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypeKeys)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (!UNSAFE_KEYS.has(k)) out[k] = withoutPrototypeKeys(v)
    return out
  }
  return value
}

/**
 * Parses YAML text that starts at `firstLine` of `file`. Throws ugyldig-yaml with the line of
 * the first error.
 */
export function parseYaml<T = unknown>(input: string, file: string, firstLine = 1, options: { checkDates?: boolean } = {}): ParsedYaml<T> {
  const text = normaliseLineEnds(input)
  checkXmlCharacters(text, file, firstLine)
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const lastLine = text.split('\n').length
    const errors = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0])
      // An unterminated quote is found at the end of the text: report the last line, not past it.
      const line = Math.min(pos.line, lastLine)
      return new AvtaleverkError('ugyldig-yaml', `Ugyldig YAML: ${norwegianYamlMessage(e.code, e.message)}`, {
        file,
        line: line + firstLine - 1,
        column: line === pos.line ? pos.col : 1,
      })
    })
    throw errors.length === 1 ? errors[0]! : combineErrors(errors)
  }
  // A YYYY-MM-DD value that is no day (2023-02-30), wherever it stands; a caller that reports it
  // together with its other problems (the kommune registry) turns this off.
  const badDates: AvtaleverkError[] = []
  if (options.checkDates !== false) visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range || !/^\d{4}-\d{2}-\d{2}$/.test(node.value) || isRealDate(node.value)) return
      const pos = lineCounter.linePos(node.range[0])
      badDates.push(new AvtaleverkError('skjemafeil', `Datoen «${node.value}» finnes ikke`, { file, line: pos.line + firstLine - 1, column: pos.col }))
    },
  })
  if (badDates.length > 0) throw combineErrors(badDates)
  const keyLines: Record<string, number> = {}
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        keyLines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + firstLine - 1
      }
    }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    // yaml refuses alias expansions past maxAliasCount (a «billion laughs»); nothing else throws here.
    const aliases = /alias/i.test((e as Error).message)
    throw new AvtaleverkError('ugyldig-yaml', `Ugyldig YAML: ${aliases ? 'for mange alias-henvisninger (*navn); høyst 100 er tillatt' : 'YAML-en kan ikke leses'}`, { file, line: firstLine })
  }
  return { value: withoutPrototypeKeys(value) as T, keyLines }
}

/** Every error code of the yaml package in Norwegian; its English message is never shown. */
const YAML_MESSAGES: Record<string, string> = {
  ALIAS_PROPS: 'et alias kan ikke ha egenskaper',
  BAD_ALIAS: 'ukjent alias',
  BAD_COLLECTION_TYPE: 'feil slags samling for denne taggen',
  BAD_DIRECTIVE: 'ukjent eller feilskrevet direktiv (linje som begynner med «%»)',
  BAD_DQ_ESCAPE: 'ugyldig escape-sekvens (\\) i tekst med doble anførselstegn',
  BAD_INDENT: 'feil innrykk',
  BAD_PROP_ORDER: 'anker (&) og tagg (!) står i feil rekkefølge',
  BAD_SCALAR_START: 'en verdi kan ikke begynne med dette tegnet (sett verdien i anførselstegn)',
  BLOCK_AS_IMPLICIT_KEY: 'en blokk kan ikke brukes som nøkkel',
  BLOCK_IN_FLOW: 'en blokk kan ikke stå inne i [ ] eller { }',
  DUPLICATE_KEY: 'samme nøkkel står to ganger',
  IMPOSSIBLE: 'YAML-en kan ikke leses',
  KEY_OVER_1024_CHARS: 'en nøkkel kan være høyst 1024 tegn',
  MISSING_CHAR: 'et tegn mangler (for eksempel et avsluttende anførselstegn eller klammeparentes)',
  MULTILINE_IMPLICIT_KEY: 'en nøkkel kan ikke gå over flere linjer (mangler det et kolon eller et anførselstegn?)',
  MULTIPLE_ANCHORS: 'en verdi kan ha bare ett anker (&)',
  MULTIPLE_DOCS: 'filen har flere YAML-dokumenter (skilt med «---»); den skal ha ett',
  MULTIPLE_TAGS: 'en verdi kan ha bare én tagg (!)',
  NON_STRING_KEY: 'en nøkkel må være tekst',
  TAB_AS_INDENT: 'tabulator kan ikke brukes som innrykk',
  TAG_RESOLVE_FAILED: 'verdien passer ikke med taggen sin',
  UNEXPECTED_TOKEN: 'uventet tegn',
}

/** Norwegian for a yaml error code; an unknown code gets a general text, never the English one. */
export function norwegianYamlMessage(code: string, _message: string): string {
  return YAML_MESSAGES[code] ?? 'YAML-en kan ikke leses'
}

const validateFrontMatter = agreementValidator

/** Norwegian text for an ajv error, naming the key. */
export function schemaMessage(e: ErrorObject): string {
  const key = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || (e.params as { missingProperty?: string }).missingProperty || ''
  switch (e.keyword) {
    case 'required':
      return `mangler påkrevd felt «${(e.params as { missingProperty: string }).missingProperty}»`
    case 'enum':
      return `«${key}» må være en av: ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`
    case 'type':
      return `«${key}» har feil type (skal være ${translateType((e.params as { type: string }).type)})`
    case 'pattern':
      return `«${key}» har ugyldig format (${key.endsWith('date') || key === 'date' ? 'dato skrives ÅÅÅÅ-MM-DD' : `skal passe mønsteret ${(e.params as { pattern: string }).pattern}`})`
    case 'minimum':
      return `«${key}» må være minst ${(e.params as { limit: number }).limit}`
    case 'maximum':
      return `«${key}» kan være høyst ${(e.params as { limit: number }).limit}`
    case 'minItems':
      return `«${key}» må ha minst ${(e.params as { limit: number }).limit} ${(e.params as { limit: number }).limit === 1 ? 'element' : 'elementer'}`
    case 'maxItems':
      return `«${key}» kan ha høyst ${(e.params as { limit: number }).limit} elementer`
    case 'maxLength':
      return `«${key}» er for lang (høyst ${(e.params as { limit: number }).limit} tegn)`
    case 'const':
      return `«${key}» må være ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`
    case 'oneOf':
    case 'anyOf':
      return `«${key}» passer ikke med noen av de tillatte formene`
    case 'not':
      return `«${key}» har en kombinasjon av felt som ikke er tillatt`
    case 'propertyNames':
      return `«${key}» har et ugyldig feltnavn`
    case 'uniqueItems':
      return `«${key}» har samme verdi flere ganger`
    case 'minLength':
      return `«${key}» kan ikke være tom`
    case 'additionalProperties':
      return `ukjent felt «${(e.params as { additionalProperty: string }).additionalProperty}»`
    case 'if':
      return ''
    default:
      return `«${key}» har en ugyldig verdi`
  }
}

function translateType(t: string): string {
  return ({ string: 'tekst', integer: 'heltall', number: 'tall', array: 'liste', object: 'tabell', boolean: 'ja/nei' } as Record<string, string>)[t] ?? t
}

/** Turns ajv errors into diagnostics at the line of the offending key (or the first line). */
export function schemaErrors(errors: ErrorObject[] | null | undefined, file: string, keyLines: Record<string, number>, fallbackLine: number): AvtaleverkError[] {
  return (errors ?? [])
    .map((e) => ({ e, message: schemaMessage(e) }))
    .filter((x) => x.message !== '')
    .map(({ e, message }) => {
      const top = e.instancePath.split('/')[1] ?? ''
      return new AvtaleverkError('skjemafeil', `Front matter: ${message}`, { file, line: keyLines[top] ?? fallbackLine })
    })
}

export interface CheckedFrontMatter {
  frontMatter: FrontMatter
  written: { type: string; status?: string }
  language: Language
}

export function checkFrontMatter(value: unknown, file: string, keyLines: Record<string, number>, firstLine: number): CheckedFrontMatter {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AvtaleverkError('skjemafeil', 'Front matter må være en YAML-tabell med nøkler som id, type og title', { file, line: firstLine })
  }
  const raw = value as Record<string, unknown>
  // "date: 2012" is a number to YAML; a year alone is a legitimate date here.
  if (typeof raw.date === 'number' && Number.isInteger(raw.date) && raw.date >= 1000 && raw.date <= 9999) raw.date = String(raw.date)
  // "status: godkjent av kommunestyret" (Sørlandet): the first word is the status, the rest is kept as written.
  const statusText = typeof raw.status === 'string' ? raw.status : undefined
  const firstWord = statusText?.trim().split(/\s+/u)[0]?.toLowerCase()
  if (statusText !== undefined && firstWord !== undefined && firstWord !== statusText && STATUS_WORDS[firstWord]) raw.status = firstWord
  if (!validateFrontMatter(raw)) {
    const errors = schemaErrors(validateFrontMatter.errors, file, keyLines, firstLine)
    throw combineErrors(errors)
  }
  const fm = raw as FrontMatter
  const typeText = String(fm.type)
  const kind = TYPE_WORDS[typeText]!
  const frontMatter: FrontMatter = { ...fm, type: kind.type, ...(fm.status !== undefined ? { status: STATUS_WORDS[String(fm.status)]! } : {}) }
  return {
    frontMatter,
    written: { type: typeText, ...(statusText !== undefined ? { status: statusText } : {}) },
    language: fm.language ?? kind.language ?? 'nb',
  }
}
