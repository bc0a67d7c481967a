/**
 * `importDocument(bytes, { name })` / `importSet(files)`: Word, PDF or text → agreement Markdown
 * with proposed front matter, and a report. No file system: bytes in, text out. The Word and
 * PDF readers (mammoth, pdfjs-dist) are loaded only when such a file comes.
 */
import type { Nodes, Root } from 'mdast'
import { append } from '../arrays.js'
import { AvtaleverkError } from '../errors.js'
import type { DocumentType } from '../model.js'
import { parseMarkdown } from '../parse/markdown.js'
import { stringifyMarkdown } from '../parse/markdown-stringify.js'
import { words } from '../diff/tokenize.js'
import { frontMatterYaml, proposeFrontMatter, readBody } from './front-matter.js'
import { layoutToTrees, type ImportedTree } from './pipeline.js'
import { fidelity, formatReport, markdownWords, placeholdersIn, type FileReport, type Fidelity, type PlaceholderFinding } from './report.js'
import { decodeText, sniff, type SourceFormat } from './sniff.js'
import { textLayout } from './text-layout.js'

export interface ImportOptions {
  /** Replace the ad-hoc placeholders («X kommune», «xx.xx.2023» …) with template variables. */
  variables?: boolean
  /** Front matter values a person supplies (version, date …); never overrides what the text states. */
  fill?: Record<string, unknown>
  /** Refuse larger inputs. Default 50 MiB. */
  maxBytes?: number
  /** Time limit of the fidelity diff per document, ms. Default 5000. */
  fidelityTimeoutMs?: number
}

export interface ImportFile {
  name: string
  bytes: Uint8Array
  /** Force the document type (one document per file only). */
  type?: DocumentType
}

export interface ImportedDocument {
  /** Suggested file name: «01-retningslinje-1.md». */
  path: string
  id: string
  type: DocumentType
  markdown: string
  report: FileReport
}

export interface ImportResult {
  documents: ImportedDocument[]
  sources: Array<{ name: string; format: SourceFormat; documents: number }>
  /** All source words against all output words. */
  fidelity: Fidelity
  /** The report as Norwegian text. */
  reportText: string
}

/** What `import -f json` prints and `import --out` writes as manifest.json (schemas/import.schema.json). */
export interface ImportManifest {
  generator: 'avtaleverk import'
  sources: ImportResult['sources']
  fidelity: Fidelity
  documents: FileReport[]
}

/**
 * The import's report as data: the sources, the fidelity and each document's report.
 *
 * @example
 * ```ts
 * const manifest = importManifest(await importSet(files))
 * ```
 * @throws never
 */
export function importManifest(result: ImportResult): ImportManifest {
  return { generator: 'avtaleverk import', sources: result.sources, fidelity: result.fidelity, documents: result.documents.map((d) => d.report) }
}

export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024

/** Placeholder → template variable, as docs/transcription.md does it by hand. */
const REPLACEMENTS: Array<[RegExp, string]> = [
  [/\((?:[xX]{1,2}\.[xX]{1,2}\.(?:\d{2,4}|[xXyYåÅ]{2,4}))\)/gu, '{{avtale.dato}}'],
  [/(?<![\p{L}\p{N}])[xX]{1,2}\.[xX]{1,2}\.(?:\d{2,4}|[xXyYåÅ]{2,4})(?![\p{L}\p{N}])/gu, '{{avtale.dato}}'],
  [/\((?:SETT INN|Sett inn|sett inn)[ \t]DATO\)/gu, '{{avtale.dato}}'],
  [/(?<![\p{L}\p{N}])X{1,3}[ \t]kommune(?![\p{L}])/gu, '{{kommune.navn}} kommune'],
  [/\((?:Navn på|navn på|NAVN PÅ)[ \t]kommune\)/gu, '{{kommune.navn}} kommune'],
  [/\(Tittel\)/gu, '{{kommune.signatar.tittel}}'],
]

function replacePlaceholders(tree: Root): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') for (const [re, variable] of REPLACEMENTS) node.value = node.value.replace(re, variable)
    if ('children' in node) append(stack, node.children as Nodes[])
  }
}

interface SourceTrees {
  name: string
  format: SourceFormat
  trees: ImportedTree[]
}

async function readSource(file: ImportFile, options: ImportOptions): Promise<SourceTrees> {
  const max = options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES
  if (file.bytes.length > max) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',')
    throw new AvtaleverkError('for-stor', `Filen er for stor (${mb(file.bytes.length)} MB); grensen er ${mb(max)} MB`, { file: file.name })
  }
  const format = sniff(file.bytes, file.name)
  if (format === 'text') return { name: file.name, format, trees: layoutToTrees(textLayout(decodeText(file.bytes, file.name))) }
  if (format === 'pdf') {
    const { pdfLayout } = await import('./pdf.js')
    return { name: file.name, format, trees: layoutToTrees(await pdfLayout(file.bytes, file.name)) }
  }
  const { docxTrees } = await import('./docx.js')
  return { name: file.name, format, trees: await docxTrees(file.bytes, file.name) }
}

/**
 * Imports one file (Word, PDF or text; it may hold several documents) as agreement Markdown with
 * proposed front matter and a report. Bytes in, text out: nothing is read or written.
 *
 * @example
 * ```ts
 * const result = await importDocument(bytes, { name: 'retningslinje-4.docx' })
 * for (const d of result.documents) console.log(d.path, d.report.placeholders.length)
 * ```
 * @throws {@link AvtaleverkError} `importfeil` for a file it cannot read (encrypted, corrupt,
 * image-only PDF), `tom-fil`, `binærfil` or `tegnkoding` for text it cannot take, `for-stor` past
 * the size limits, `bruksfeil` for bad options.
 */
export async function importDocument(bytes: Uint8Array, options: ImportOptions & { name: string; type?: DocumentType }): Promise<ImportResult> {
  return importSet([{ name: options.name, bytes, ...(options.type ? { type: options.type } : {}) }], options)
}

/**
 * Imports several files as one set: ids unique across the set, front matter proposed from the whole set.
 *
 * @example
 * ```ts
 * const result = await importSet([{ name: 'del1.docx', bytes: a }, { name: 'rl-1.pdf', bytes: b }], { variables: true })
 * ```
 * @throws {@link AvtaleverkError} as importDocument, for the first file that cannot be read.
 */
export async function importSet(files: ImportFile[], options: ImportOptions = {}): Promise<ImportResult> {
  if (files.length === 0) throw new AvtaleverkError('bruksfeil', 'Ingen filer å importere')
  const sources: SourceTrees[] = []
  for (const f of files) {
    const source = await readSource(f, options)
    if (f.type) {
      if (source.trees.length !== 1) throw new AvtaleverkError('bruksfeil', `--type gjelder én fil med ett dokument, men filen har ${source.trees.length} dokumenter`, { file: f.name })
      const head = source.trees[0]!.head
      head.type = f.type
    }
    if (source.trees.length === 0) throw new AvtaleverkError('importfeil', 'Fant ingen tekst i filen', { file: f.name })
    sources.push(source)
  }
  const all = sources.flatMap((s) => s.trees.map((t) => ({ source: s, t })))
  // Ids unique across the set.
  const used = new Map<string, number>()
  for (const { t } of all) {
    const n = (used.get(t.head.id) ?? 0) + 1
    used.set(t.head.id, n)
    if (n > 1) t.head.id = `${t.head.id}-${n}`
  }
  const bodies = all.map(({ t }) => {
    let body = stringifyMarkdown(t.tree)
    let before: PlaceholderFinding[] | null = null
    if (options.variables) {
      before = placeholdersIn(parseMarkdown(body))
      replacePlaceholders(t.tree)
      body = stringifyMarkdown(t.tree)
    }
    return { body, before, read: readBody(body, t.head.id) }
  })
  const proposals = proposeFrontMatter(all.map(({ t }, i) => ({ doc: t.head, tree: bodies[i]!.read })))
  const width = Math.max(2, String(all.length - 1).length)
  const documents: ImportedDocument[] = all.map(({ t }, i) => {
    const yaml = frontMatterYaml(proposals[i]!, options.fill)
    const markdown = `---\n${yaml}\n---\n\n${bodies[i]!.body}`
    const path = `${String(i).padStart(width, '0')}-${t.head.id}.md`
    // Lines in the body are lines in the file after the front matter block.
    const offset = yaml.split('\n').length + 3
    const shift = (p: PlaceholderFinding) => ({ ...p, line: p.line + offset })
    const before = bodies[i]!.before
    const placeholders = before
      ? before.map((p) => shift({ ...p, replaced: p.suggestion !== null }))
      : placeholdersIn(bodies[i]!.read.root).map(shift)
    const report: FileReport = {
      file: path,
      id: t.head.id,
      sourceLines: { from: t.head.firstLine, to: t.head.lastLine },
      dropped: t.dropped,
      joinedLines: t.joinedLines,
      strayBlankLines: t.strayBlankLines,
      dehyphenated: t.dehyphenated,
      headings: t.headings,
      frontMatter: { proposed: proposals[i]!.fields, fillIn: proposals[i]!.fillIn.filter((k) => !(options.fill && k in options.fill)) },
      placeholders,
      footnotes: t.footnotes,
      links: t.links,
      notes: t.notes,
      fidelity: fidelity(words(t.sourceText), markdownWords(markdown), options.fidelityTimeoutMs),
    }
    return { path, id: t.head.id, type: t.head.type, markdown, report }
  })
  const sum = (f: (x: Fidelity) => number) => documents.reduce((n, d) => n + f(d.report.fidelity), 0)
  const total: Fidelity = { sourceWords: sum((f) => f.sourceWords), keptWords: sum((f) => f.keptWords), ratio: 0, approximate: documents.some((d) => d.report.fidelity.approximate) }
  total.ratio = total.sourceWords === 0 ? 1 : total.keptWords / total.sourceWords
  return {
    documents,
    sources: sources.map((s) => ({ name: s.name, format: s.format, documents: s.trees.length })),
    fidelity: total,
    reportText: formatReport(documents.map((d) => d.report)),
  }
}

export { formatReport, type FileReport, type Fidelity } from './report.js'
