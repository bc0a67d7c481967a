/**
 * generateInstances: an agreement set × a kommune registry → every kommune's copy of every
 * document, in memory, with a manifest. Nothing is written here (write.ts does that), and
 * nothing is returned unless every copy passed its check: one problem anywhere and the whole
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
import { checkFilledRegions, fillMarkdown } from './render-md.js'
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




/**
 * The kommune copies of a set, in memory: each template filled with the kommune's values on
 * `date`, rendered as Markdown, HTML and Word, checked for leftover variables and placeholders,
 * with a manifest of sha256 hashes. Nothing is written (see writeGeneration).
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
  const { formats, kommuner } = planGeneration(set, registry, options)
  const documents = compileDocuments(set.documents, { html: formats.includes('html') })
  const errors: AvtaleverkError[] = []

  // Every copy is filled and checked before any is rendered to HTML or Word. Markdown is
  // encoded at once and the check's material dropped: 356 kommuner × the set must fit in memory.
  const encoder = new TextEncoder()
  const copies = kommuner.flatMap((kommune) => {
    const context: FillContext = { kommune, registry, date: options.date, ...(options.version ? { version: options.version } : {}) }
    const filled = documents.map((document) => {
      const values = slotValues(document, context, errors)
      return { document, values, markdown: fillMarkdown(document, values, context) }
    })
    checkFilledRegions(filled.flatMap((f) => f.markdown.filled), context, errors)
    return filled.map(({ document, values, markdown }) => ({ kommune, context, document, values, markdown: formats.includes('md') ? encoder.encode(markdown.text) : null }))
  })
  if (errors.length > 0) throw combineErrors(errors)

  const files: GeneratedFile[] = []
  for (const copy of copies) {
    if (options.signal?.aborted) throw abortError()
    const name = (format: OutputFormat) => copyPath(copy.kommune, copy.document.document.path, format)
    const meta = { kommunenummer: copy.kommune.number, document: copy.document.document.frontMatter.id }
    if (copy.markdown) files.push({ path: name('md'), data: copy.markdown, format: 'md', ...meta })
    if (formats.includes('html')) files.push({ path: name('html'), data: encoder.encode(renderHtml(copy.document, copy.values, copy.context)), format: 'html', ...meta })
    if (formats.includes('docx')) files.push({ path: name('docx'), data: await renderDocxCopy(copy.document, copy.values, copy.context), format: 'docx', ...meta })
  }
  const manifest = await buildManifest(set, registry, kommuner, files, options.date, formats)
  return { files, manifest, manifestData: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) }
}

async function buildManifest(set: AgreementSet, registry: KommuneRegistry, kommuner: Kommune[], files: GeneratedFile[], date: string, formats: OutputFormat[]): Promise<Manifest> {
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
    files: await Promise.all(files.map(async (f) => ({ path: f.path, kommunenummer: f.kommunenummer, document: f.document, format: f.format, bytes: f.data.length, sha256: await sha256(f.data) }))),
  }
}
