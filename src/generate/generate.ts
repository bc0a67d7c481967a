/**
 * generateStream / generateInstances: an agreement set × a kommune registry → every kommune's
 * copy of every document, with a manifest. Nothing is written here (write.ts does that), and
 * no file is given out unless every copy passed its check: one problem anywhere and the whole
 * run fails with every problem listed.
 */
import { abortError, AvtaleverkError, combineErrors } from '../errors.js'
import { sha256 } from '../platform/bytes.js'
import * as path from '../platform/path.js'
import type { AgreementSet } from '../model.js'
import { compileDocuments } from './compile.js'
import { copyPath, planGeneration } from './plan.js'
import type { Kommune, KommuneRegistry } from '../registry/registry.js'
import { renderDocxCopy } from './docx-template.js'
import { renderHtml } from './render-html.js'
import { checkFilledRegions, filledRegions, fillMarkdown } from './render-md.js'
import { type CopyVersion, slotValues, type FillContext } from './values.js'

import { OUTPUT_FORMATS, type OutputFormat } from './formats.js'

export { OUTPUT_FORMATS, type OutputFormat }
export type { CopyVersion }

export interface GenerateOptions {
  /** The agreement's date (YYYY-MM-DD): fills {{avtale.dato}} and picks the registry's values valid on it. */
  date: string
  /** Kommuner by name or number; every kommune of the registry when empty or left out. */
  kommuner?: string[]
  /** Default: all three. */
  formats?: OutputFormat[]
  /** Stops between copies (the CLI aborts on SIGINT/SIGTERM). */
  signal?: AbortSignal
  /**
   * The version being generated, from versjoner.yaml: its id and status are printed in every
   * copy, and a copy of a version that is not vedtatt is marked as a draft on every page.
   * Without it, each document's front matter `version` and `status` are used.
   */
  version?: CopyVersion
}

export interface GeneratedFile {
  /** Relative, with `/`: `5401-tromso/00-samarbeidsavtale.docx`. */
  path: string
  data: Uint8Array
  kommunenummer: string
  document: string
  format: OutputFormat
}

export interface Manifest {
  generator: 'avtaleverk'
  date: string
  formats: OutputFormat[]
  template: { version: string; documents: Array<{ id: string; file: string; version: string; sha256: string }> }
  registry: { file: string; sha256: string }
  coatsOfArms: Array<{ file: string; sha256: string }>
  kommuner: Array<{ number: string; name: string; officialName: string; folder: string }>
  files: Array<{ path: string; kommunenummer: string; document: string; format: OutputFormat; bytes: number; sha256: string }>
}

export interface Generation {
  files: GeneratedFile[]
  manifest: Manifest
  /** The manifest as written to manifest.json. */
  manifestData: Uint8Array
}

/** What a streamed generation ends with, once every file has been given out. */
export type GenerationSummary = Pick<Generation, 'manifest' | 'manifestData'>

type ManifestFile = Manifest['files'][number]

/**
 * Every kommune's copy of every document, one file at a time: nothing is held but the file being
 * given out and a line of the manifest per file, so memory stays flat however many kommuner the
 * registry has. Every copy is filled and checked first — only the parts of each copy that hold
 * variables are read again — and one problem anywhere throws, with every problem listed, before
 * the first file is given out. The generator's return value (what `next()` gives when done) is
 * the manifest; writeGeneration's streaming sibling, generateToFolder, writes it last.
 */
export async function* generateStream(set: AgreementSet, registry: KommuneRegistry, options: GenerateOptions): AsyncGenerator<GeneratedFile, GenerationSummary, undefined> {
  const { formats, kommuner } = planGeneration(set, registry, options)
  const documents = compileDocuments(set.documents, { html: formats.includes('html') })
  const contextOf = (kommune: Kommune): FillContext => ({ kommune, registry, date: options.date, ...(options.version ? { version: options.version } : {}) })
  const stop = () => {
    if (options.signal?.aborted) throw abortError()
  }

  const errors: AvtaleverkError[] = []
  for (const kommune of kommuner) {
    stop()
    const context = contextOf(kommune)
    checkFilledRegions(documents.flatMap((document) => filledRegions(document, slotValues(document, context, errors))), context, errors)
  }
  if (errors.length > 0) throw combineErrors(errors)

  const encoder = new TextEncoder()
  const listed: ManifestFile[] = []
  for (const kommune of kommuner) {
    const context = contextOf(kommune)
    for (const document of documents) {
      stop()
      const values = slotValues(document, context, [])
      for (const format of formats) {
        const data =
          format === 'md' ? encoder.encode(fillMarkdown(document, values, context))
          : format === 'html' ? encoder.encode(renderHtml(document, values, context))
          : await renderDocxCopy(document, values, context)
        const file: GeneratedFile = { path: copyPath(kommune, document.document.path, format), data, format, kommunenummer: kommune.number, document: document.document.frontMatter.id }
        listed.push({ path: file.path, kommunenummer: file.kommunenummer, document: file.document, format, bytes: data.length, sha256: await sha256(data) })
        yield file
      }
    }
  }
  const manifest = await buildManifest(set, registry, kommuner, listed, options.date, formats)
  return { manifest, manifestData: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) }
}

/**
 * The kommune copies of a set, in memory: each template filled with the kommune's values on
 * `date`, rendered as Markdown, HTML and Word, checked for leftover variables and placeholders,
 * with a manifest of sha256 hashes. Nothing is written (see writeGeneration). generateStream
 * gathered into memory; for many kommuner use generateStream or generateToFolder.
 *
 * @example
 * ```ts
 * const generation = await generateInstances(set, parseKommuneRegistry(yaml), { date: '2023-06-01', kommuner: ['Tromsø'], formats: ['md', 'docx'] })
 * for (const f of generation.files) console.log(f.path, f.data.length)
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a date that does not exist or an unknown kommune
 * or format; `malfeil` for a template with a variable it cannot fill or a placeholder left in a
 * copy (all such problems at once, as `details`).
 */
export async function generateInstances(set: AgreementSet, registry: KommuneRegistry, options: GenerateOptions): Promise<Generation> {
  const files: GeneratedFile[] = []
  const stream = generateStream(set, registry, options)
  for (;;) {
    const next = await stream.next()
    if (next.done) return { files, ...next.value }
    files.push(next.value)
  }
}

async function buildManifest(set: AgreementSet, registry: KommuneRegistry, kommuner: Kommune[], files: ManifestFile[], date: string, formats: OutputFormat[]): Promise<Manifest> {
  // Paths relative to the set's folder, so the manifest does not depend on where the command ran.
  const relative = (file: string) => (set.root ? path.relative(set.root, file) : path.basename(file))
  const versions = [...new Set(set.documents.map((d) => d.frontMatter.version))]
  return {
    generator: 'avtaleverk',
    date,
    formats,
    template: {
      version: versions.join(', '),
      documents: await Promise.all(set.documents.map(async (d) => ({ id: d.frontMatter.id, file: relative(d.path), version: d.frontMatter.version ?? '', sha256: await sha256(d.source) }))),
    },
    registry: { file: path.basename(registry.file), sha256: await sha256(registry.source) },
    coatsOfArms: await Promise.all([...new Map(kommuner.flatMap((k) => (k.coatOfArms ? [[k.coatOfArms.path, k.coatOfArms.data] as const] : []))).entries()].map(async ([file, data]) => ({ file, sha256: await sha256(data) }))),
    kommuner: kommuner.map((k) => ({ number: k.number, name: k.name, officialName: k.officialName, folder: k.folder })),
    files,
  }
}
