/**
 * The public API's argument checks, in one place: each exported function is wrapped with the
 * shapes of its parameters, so that null, a number or a wrong object is an AvtaleverkError
 * (code ugyldig-argument) naming the function and the argument, never a TypeError from deep
 * inside. A wrong shape the cheap check lets through, and that then fails as a TypeError or
 * RangeError inside, is turned into the same error.
 */
import { AvtaleverkError } from './errors.js'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** What a parameter must be, and how a message names it. */
const SHAPES = {
  string: [(v: unknown) => typeof v === 'string', 'en tekst'],
  number: [(v: unknown) => typeof v === 'number' && !Number.isNaN(v), 'et tall'],
  boolean: [(v: unknown) => typeof v === 'boolean', 'ja/nei (true/false)'],
  object: [isObject, 'et objekt'],
  array: [Array.isArray, 'en liste'],
  strings: [(v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'en liste med tekster'],
  set: [(v: unknown) => isObject(v) && Array.isArray(v.documents), 'et avtalesett (med «documents»)'],
  document: [(v: unknown) => isObject(v) && isObject(v.frontMatter) && isObject(v.tree) && Array.isArray(v.sections), 'et avtaledokument (fra parseDocument)'],
  documents: [(v: unknown) => Array.isArray(v) && v.every((d) => isObject(d) && isObject(d.frontMatter)), 'en liste med avtaledokumenter'],
  sections: [(v: unknown) => Array.isArray(v) && v.every((s) => isObject(s) && Array.isArray(s.children)), 'en liste med avsnitt'],
  node: [(v: unknown) => isObject(v) && typeof v.type === 'string', 'en Markdown-node (mdast)'],
  tree: [(v: unknown) => isObject(v) && isObject(v.tree) && Array.isArray(v.tree.children), 'et avtaledokument (med «tree»)'],
  positioned: [(v: unknown) => isObject(v) && typeof v.text === 'string' && Array.isArray(v.segments), 'en posisjonert tekst (fra positionedText)'],
  diagnostics: [(v: unknown) => Array.isArray(v) && v.every((d) => isObject(d) && typeof d.file === 'string' && typeof d.severity === 'string'), 'en liste med funn (fra validate)'],
  changeset: [(v: unknown) => isObject(v) && Array.isArray(v.documents) && isObject(v.old) && isObject(v.new), 'et endringssett (fra diffSets)'],
  hunks: [(v: unknown) => Array.isArray(v) && v.every((h) => isObject(h) && typeof h.text === 'string'), 'en liste med endringsbiter'],
  matrix: [(v: unknown) => isObject(v) && Array.isArray(v.documents) && isObject(v.cells), 'en dekningsmatrise (fra coverageMatrix)'],
  registry: [(v: unknown) => isObject(v) && Array.isArray(v.kommuner), 'et kommuneregister (fra loadKommuneRegistry)'],
  generation: [(v: unknown) => isObject(v) && Array.isArray(v.files), 'en generering (fra generateInstances)'],
  bytes: [(v: unknown) => v instanceof Uint8Array, 'bytes (Uint8Array eller Buffer)'],
  importfiles: [(v: unknown) => Array.isArray(v) && v.every((f) => isObject(f) && typeof f.name === 'string' && f.bytes instanceof Uint8Array), 'en liste med filer ({ name, bytes })'],
  any: [() => true, 'hva som helst'],
} as const satisfies Record<string, readonly [(v: unknown) => boolean, string]>

export type Shape = keyof typeof SHAPES

/**
 * A parameter: `name:shape`, optional with `?` (`options?:object`); `shape|shape` for either.
 * The names are the ones the documentation uses.
 */
type Param = string

interface ParsedParam {
  name: string
  optional: boolean
  shapes: Shape[]
}

function parseParam(p: Param): ParsedParam {
  const [rawName, rawShapes] = p.split(':') as [string, string]
  const optional = rawName.endsWith('?')
  return { name: optional ? rawName.slice(0, -1) : rawName, optional, shapes: rawShapes.split('|') as Shape[] }
}

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (v === undefined) return 'ingenting (undefined)'
  if (Array.isArray(v)) return 'en liste'
  return { string: 'en tekst', number: 'et tall', boolean: 'ja/nei', object: 'et objekt', function: 'en funksjon', symbol: 'et symbol', bigint: 'et heltall (bigint)' }[typeof v as string] ?? typeof v
}

export function argumentError(fn: string, message: string): AvtaleverkError {
  return new AvtaleverkError('ugyldig-argument', `${fn}(): ${message}`)
}

function checkArguments(fn: string, params: ParsedParam[], args: unknown[]): void {
  params.forEach((p, i) => {
    const v = args[i]
    if (v === undefined && p.optional) return
    if (p.shapes.some((s) => SHAPES[s][0](v))) return
    const wanted = p.shapes.map((s) => SHAPES[s][1]).join(' eller ')
    throw argumentError(fn, `argumentet «${p.name}» skal være ${wanted}, ikke ${describe(v)}`)
  })
}

/** A TypeError or RangeError from inside, on arguments that passed the cheap check. */
function asApiError(fn: string, e: unknown): unknown {
  if (e instanceof TypeError || e instanceof RangeError) {
    return argumentError(fn, `argumentene har ikke formen funksjonen venter (${e.name}); se dokumentasjonen`)
  }
  return e
}

/**
 * `fn` with its arguments checked; async functions reject instead of throwing. Marked free of
 * side effects so that a bundler drops the wrappers (and what they wrap) a program does not use.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<F extends (...args: never[]) => unknown>(name: string, params: Param[], fn: F): F {
  const parsed = params.map(parseParam)
  const isAsync = fn.constructor.name === 'AsyncFunction'
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    try {
      checkArguments(name, parsed, args)
      const result = (fn as unknown as (...a: unknown[]) => unknown).apply(this, args)
      if (result instanceof Promise) return result.catch((e: unknown) => Promise.reject(asApiError(name, e)))
      return result
    } catch (e) {
      if (isAsync) return Promise.reject(asApiError(name, e))
      throw asApiError(name, e)
    }
  }
  Object.defineProperty(wrapped, 'name', { value: name })
  Object.defineProperty(wrapped, 'length', { value: fn.length })
  // Lets a test see that every export is checked, and with which parameters.
  Object.defineProperty(wrapped, 'parameters', { value: params })
  return wrapped as unknown as F
}
