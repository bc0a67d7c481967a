/**
 * The one error type the library throws. Every failure a user can cause (bad file, bad YAML,
 * bad template value) becomes an AvtaleverkError with a code, a Norwegian message and, where
 * it has one, a place; the CLI prints `fil:linje:kolonne: melding` and never a stack trace.
 */
export type ErrorCode =
  | 'lesefeil'
  | 'tom-fil'
  | 'binærfil'
  | 'tegnkoding'
  | 'ugyldig-argument'
  | 'for-stor'
  | 'for-dyp'
  | 'for-kompleks'
  | 'mangler-front-matter'
  | 'ikke-avtale'
  | 'ugyldig-yaml'
  | 'skjemafeil'
  | 'duplisert-id'
  | 'ingen-dokumenter'
  | 'bruksfeil'
  | 'malfeil'
  | 'skrivefeil'
  | 'finnes-fra-før'
  | 'låst'
  | 'avbrutt'
  | 'git-feil'
  | 'importfeil'

export interface ErrorPlace {
  file?: string
  line?: number
  column?: number
}

/**
 * The brand every AvtaleverkError carries. `Symbol.for` gives the same symbol in every copy of
 * the package loaded in one process (the ESM and the CommonJS build, two versions in
 * node_modules), so an error from one copy is recognised by another, where `instanceof` alone
 * would say no.
 */
const BRAND: unique symbol = Symbol.for('avtaleverk.error') as never

/**
 * An error the user can act on: a code, a Norwegian message and, where it has one, a place.
 *
 * `instanceof AvtaleverkError` and {@link isAvtaleverkError} are true for an error thrown by any
 * copy of avtaleverk (ESM or CommonJS build).
 *
 * @example
 * ```ts
 * try {
 *   parseDocument('no front matter', { path: 'x.md' })
 * } catch (e) {
 *   if (isAvtaleverkError(e)) console.error(e.format()) // x.md:1: …
 * }
 * ```
 */
export class AvtaleverkError extends Error {
  override readonly name = 'AvtaleverkError'
  readonly code: ErrorCode
  readonly file: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  /** Further problems of the same kind (a schema can fail at several keys at once). */
  readonly details: AvtaleverkError[]

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}, details: AvtaleverkError[] = []) {
    super(message)
    this.code = code
    this.file = place.file
    this.line = place.line
    this.column = place.column
    this.details = details
    Object.defineProperty(this, BRAND, { value: true, enumerable: false })
  }

  /** True for an AvtaleverkError of any copy of the package (see the brand above). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isAvtaleverkError(value)
  }

  /** `fil:linje:kolonne: melding`, the form editors and terminals turn into links. */
  format(): string {
    const lines = [formatOne(this)]
    for (const d of this.details) lines.push(formatOne(d))
    return lines.join('\n')
  }
}

/** One error without its details: `fil:linje:kolonne: melding`. */
export function formatOne(e: AvtaleverkError): string {
  let where = e.file ?? ''
  if (e.file && e.line) where += `:${e.line}`
  if (e.file && e.line && e.column) where += `:${e.column}`
  return where ? `${where}: ${e.message}` : e.message
}

/**
 * Whether `value` is an AvtaleverkError, also one thrown by another copy of the package (the
 * CommonJS build when you import the ESM one, or another version): checks the
 * `Symbol.for('avtaleverk.error')` brand, not the prototype.
 *
 * @throws never
 */
export function isAvtaleverkError(value: unknown): value is AvtaleverkError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}

/** A file over the size limit, in megabytes with a Norwegian decimal comma. */
export function tooLargeError(file: string, bytes: number, maxBytes: number): AvtaleverkError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',')
  return new AvtaleverkError('for-stor', `Filen er for stor (${mb(bytes)} MB); grensen er ${mb(maxBytes)} MB`, { file, line: 1 })
}

/** Several problems as one error: the first leads, the others are its `details`. */
export function combineErrors(errors: AvtaleverkError[]): AvtaleverkError {
  const [first, ...rest] = errors
  return new AvtaleverkError(first!.code, first!.message, first!, rest)
}

/** A run stopped by its AbortSignal (the CLI's Ctrl-C): nothing is left half-written. */
export function abortError(): AvtaleverkError {
  return new AvtaleverkError('avbrutt', 'Avbrutt; det som var skrevet er fjernet, og filene som fantes fra før er som de var')
}
