/**
 * The app's one door to the library: every verb goes through the platform-neutral core
 * (src/core.ts, aliased as @core), on folders in memory. Views never import the core
 * themselves: this file has what the first screen needs (read, validate, coverage, preview);
 * engine-*.ts what the later views need, loaded with them (docx stays out of the first screen).
 */
import {
  type AgreementSet,
  type AvtaleverkError,
  type CoverageMatrix,
  type Diagnostic,
  type KommuneRegistry,
  type ResolvedProfile,
  coverageMatrix,
  formatErrorLine,
  hotjl62Point,
  isAvtaleverkError,
  isCovered,
  markdownToHtml,
  parseKommuneRegistry,
  sortDiagnostics,
  summarise,
  validate,
} from '@core'
import type { Folder } from './folders.js'
import { profileFromFiles, readSetFromFiles } from './read.js'

export type { AgreementSet, CoverageMatrix, Diagnostic, KommuneRegistry }
export { summarise }

const decoder = new TextDecoder()
export const textOf = (folder: Folder, path: string): string | undefined => {
  const bytes = folder.files.get(path)
  return bytes ? decoder.decode(bytes) : undefined
}

/** An error from the library as one Norwegian line with file and line; anything else as its message. */
export function errorText(e: unknown): string {
  if (isAvtaleverkError(e)) return [formatErrorLine(e), ...((e as AvtaleverkError).details ?? []).map((d) => formatErrorLine(d))].join('\n')
  return e instanceof Error ? e.message : String(e)
}

export interface Opened {
  folder: Folder
  set: AgreementSet
  diagnostics: Diagnostic[]
  matrix: CoverageMatrix
  profile: ResolvedProfile | undefined
  registry: KommuneRegistry | undefined
  /** Why the registry could not be read, when there is one that could not. */
  registryError?: string
}

/** The folder's top-level files, as the library reads a folder (not its subfolders). */
export function topLevel(folder: Folder): Array<{ path: string; data: Uint8Array }> {
  return [...folder.files].filter(([p]) => !p.includes('/')).map(([path, data]) => ({ path, data }))
}

/** Reads, validates and measures a folder as `avtaleverk validate` and `coverage` do. */
export function openFolder(folder: Folder): Opened {
  const files = topLevel(folder)
  const profile = profileFromFiles(files)
  const read = readSetFromFiles(files)
  const diagnostics = sortDiagnostics(validate(read.set, { ...(profile ? { profile } : {}), loadErrors: read.errors, skipped: read.skipped, unloaded: read.unloaded }))
  const matrix = coverageMatrix(read.set, profile ? { profile } : {})
  let registry: KommuneRegistry | undefined
  let registryError: string | undefined
  const registryText = textOf(folder, 'kommuner.yaml')
  if (registryText !== undefined) {
    try {
      registry = parseKommuneRegistry(registryText, { file: 'kommuner.yaml', images: imagesOf(folder) })
    } catch (e) {
      registryError = errorText(e)
    }
  }
  return { folder, set: read.set, diagnostics, matrix, profile, registry, ...(registryError ? { registryError } : {}) }
}

export function imagesOf(folder: Folder): Record<string, Uint8Array> {
  return Object.fromEntries([...folder.files].filter(([p]) => /\.(png|jpe?g|svg)$/i.test(p)))
}

/** The folder with one file's text replaced, validated again (the editor's live check). */
export function withText(opened: Opened, path: string, text: string): Opened {
  const files = new Map(opened.folder.files)
  files.set(path, new TextEncoder().encode(text))
  return openFolder({ ...opened.folder, files })
}

/** One document as HTML for the preview: the library's renderer, raw HTML never passed through. */
export function previewHtml(opened: Opened, path: string): string {
  const doc = opened.set.documents.find((d) => d.path === path)
  return doc ? markdownToHtml(doc.tree) : ''
}

export interface CoverageRows {
  covered: number
  total: number
  law: string
  documents: Array<{ id: string; title: string; short: string }>
  rows: Array<{ key: string; label: string; title: string; covered: boolean; cells: Array<'krevd' | 'sitert' | ''> }>
}

/** A column head short enough for a narrow matrix: S, R1 … R9, V. */
function shortName(id: string, i: number): string {
  const m = /^([a-zæøå])[a-zæøå]*-?(\d+)?/iu.exec(id)
  return m ? `${m[1]!.toUpperCase()}${m[2] ?? ''}` : String(i + 1)
}

/** The coverage matrix as rows for the side panel (the same judgement as `avtaleverk coverage`). */
export function coverageRows(matrix: CoverageMatrix): CoverageRows {
  const rows = matrix.points.map((point) => {
    const key = String(point)
    const cells = matrix.documents.map((d) => {
      const c = matrix.cells[key]?.[d.id]
      return !c ? '' : c.claimed || c.byNumber ? 'krevd' : c.citedIn.length > 0 || c.addressedIn.length > 0 ? 'sitert' : ''
    }) as Array<'krevd' | 'sitert' | ''>
    const title = typeof point === 'number' ? (hotjl62Point(point)?.short ?? `Punkt ${point}`) : 'Andre ledd: arbeidsgiveransvar, organisering og finansiering'
    return { key, label: typeof point === 'number' ? `nr. ${point}` : '2. ledd', title, covered: isCovered(matrix, point), cells }
  })
  return {
    covered: rows.filter((r) => r.covered).length,
    total: rows.length,
    law: `Vurdert etter § 6-2 slik den lyder fra ${matrix.law.from}${matrix.law.date ? ` (settets dato ${matrix.law.date})` : ''}.`,
    documents: matrix.documents.map((d, i) => ({ id: d.id, title: d.title, short: shortName(d.id, i) })),
    rows,
  }
}

