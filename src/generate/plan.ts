/**
 * What a generation will write, known before anything is compiled or rendered: the kommuner as
 * they are on the date, the formats, and the path of every file. generateInstances builds its
 * files from this plan, so the names checked here are the names written; the output folder can
 * then be checked (files that exist, names that collide) in milliseconds instead of after
 * rendering hundreds of Word files.
 */
import { checkDateOption } from '../dates.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import type { AgreementSet } from '../model.js'
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js'
import { kommuneOn, selectKommuner, type Kommune, type KommuneRegistry } from '../registry/registry.js'

export interface PlanOptions {
  date: string
  kommuner?: string[]
  formats?: readonly string[]
}

export interface GenerationPlan {
  formats: OutputFormat[]
  kommuner: Kommune[]
  /** Every file, relative with `/`, manifest.json not included. */
  paths: string[]
}

export const MANIFEST = 'manifest.json'

/** A copy's file name: the template's name without `.md`, whatever its case. */
export function copyBase(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '')
}

export function copyPath(kommune: Kommune, templateFile: string, format: OutputFormat): string {
  return `${kommune.folder}/${copyBase(templateFile)}.${format}`
}

function checkFormats(formats: readonly string[]): OutputFormat[] {
  const unknown = formats.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat))
  if (unknown.length > 0 || formats.length === 0) {
    throw new AvtaleverkError('bruksfeil', `Ukjent format ${unknown.map((f) => `«${f}»`).join(', ') || '(ingen valgt)'}; bruk ${OUTPUT_FORMATS.join(', ')}`)
  }
  return OUTPUT_FORMATS.filter((f) => formats.includes(f))
}

/** The same name on a file system that does not tell case (Windows, macOS) or composed from decomposed letters. */
export const foldName = (name: string) => name.normalize('NFC').toLowerCase()

/**
 * Two names that are one on Windows or macOS (`01-r.md` and `01-R.md`, two kommuner whose
 * folders slug the same) would overwrite each other there, or here: refused, with both named.
 */
function checkDistinct<T>(items: readonly T[], name: (item: T) => string, error: (first: T, second: T) => AvtaleverkError): void {
  const seen = new Map<string, T>()
  const errors: AvtaleverkError[] = []
  for (const item of items) {
    const key = foldName(name(item))
    const earlier = seen.get(key)
    if (earlier !== undefined) errors.push(error(earlier, item))
    else seen.set(key, item)
  }
  if (errors.length > 0) throw combineErrors(errors)
}

export function planGeneration(set: AgreementSet, registry: KommuneRegistry, options: PlanOptions): GenerationPlan {
  checkDateOption(options.date, 'Datoen ({ date })')
  const formats = checkFormats(options.formats ?? OUTPUT_FORMATS)
  const errors: AvtaleverkError[] = []
  const kommuner: Kommune[] = []
  for (const entry of selectKommuner(registry, options.kommuner ?? [])) {
    try {
      kommuner.push(kommuneOn(registry, entry, options.date))
    } catch (e) {
      if (!(e instanceof AvtaleverkError)) throw e
      errors.push(e)
    }
  }
  if (errors.length > 0) throw combineErrors(errors)
  checkDistinct(set.documents, (d) => copyBase(d.path), (a, b) =>
    new AvtaleverkError('bruksfeil', `Malene «${a.path}» og «${b.path}» gir samme filnavn i kommuneutgavene (store og små bokstaver regnes som like); gi dem ulike navn. Ingen filer er skrevet`, { file: b.path }),
  )
  checkDistinct(kommuner, (k) => k.folder, (a, b) =>
    new AvtaleverkError('skjemafeil', `${a.name} og ${b.name} får samme mappe «${b.folder}» (store og små bokstaver regnes som like); ingen filer er skrevet`, { file: registry.file, line: b.entry.line }),
  )
  const paths = kommuner.flatMap((k) => set.documents.flatMap((d) => formats.map((f) => copyPath(k, d.path, f))))
  return { formats, kommuner, paths }
}

/** The backstop for any list of paths (a Generation built by hand): no two the same when case is ignored. */
export function checkDistinctPaths(paths: readonly string[], place: { file?: string } = {}): void {
  checkDistinct(paths, (p) => p, (a, b) => new AvtaleverkError('bruksfeil', `Filene «${a}» og «${b}» får samme navn (store og små bokstaver regnes som like); ingen filer er skrevet`, place))
}
