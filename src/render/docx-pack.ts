/**
 * Deterministic Word files. The `docx` package writes the creation time into
 * docProps/core.xml and its zip carries the current time on every entry; both are replaced
 * here, and entries are written in a fixed order, so the same input gives the same bytes.
 */
import { type Document, Packer } from 'docx'
import { unzipSync, zipSync, type Zippable } from 'fflate'

export interface PackOptions {
  /** ISO date (YYYY-MM-DD) written as the document's created/modified time. */
  date?: string
}

/** Zip entries get this time: the earliest DOS time, the same on every run. */
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0))

export async function packDocx(document: Document, options: PackOptions = {}): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(document)
  return normaliseDocx(new Uint8Array(raw), options)
}

export function normaliseDocx(docx: Uint8Array, options: PackOptions = {}): Uint8Array {
  const stamp = `${options.date ?? '2000-01-01'}T00:00:00Z`
  const entries = unzipSync(docx)
  const names = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)))
  const out: Zippable = {}
  for (const name of names) {
    let data = entries[name]!
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      )
      data = new TextEncoder().encode(xml)
    }
    out[name] = [data, { mtime: FIXED_MTIME, level: 6 }]
  }
  return zipSync(out)
}

/** The text of one part of a .docx (for tests and checks). */
export function docxPart(docx: Uint8Array, name: string): string | undefined {
  const entry = unzipSync(docx, { filter: (f) => f.name === name })[name]
  return entry ? new TextDecoder().decode(entry) : undefined
}
