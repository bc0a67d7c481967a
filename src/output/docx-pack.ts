/**
 * Deterministic Word files. The `docx` package writes the creation time into
 * docProps/core.xml, its zip carries the current time on every entry, and it names the
 * relationship of each hyperlink with a random id and each drawing with a process-wide
 * counter; all of these are replaced here, and entries are written in a fixed order, so the
 * same input gives the same bytes.
 */
import { type Document, Packer } from 'docx'
import { unzipSync } from 'fflate'
import { type DocxParts, zipParts } from './docx-zip.js'
import { xmlText } from './xml-text.js'

export type { DocxParts }

export interface PackOptions {
  /** ISO date (YYYY-MM-DD) written as the document's created/modified time. */
  date?: string
}


export async function packDocx(document: Document, options: PackOptions = {}): Promise<Uint8Array> {
  // toArrayBuffer, not toBuffer: a Node Buffer does not exist in a browser.
  const raw = await Packer.toArrayBuffer(document)
  return normaliseDocx(new Uint8Array(raw), options)
}

/** The document's parts, deterministic, not zipped (for a caller that fills and zips them itself). */
export async function docxParts(document: Document, options: PackOptions = {}): Promise<DocxParts> {
  // An ArrayBuffer, not a Node Buffer: the same code runs in a browser.
  const raw = await Packer.toArrayBuffer(document)
  return normaliseParts(unzipSync(new Uint8Array(raw)), options)
}

export function normaliseDocx(docx: Uint8Array, options: PackOptions = {}): Uint8Array {
  return zipParts(normaliseParts(unzipSync(docx), options))
}

/** The docx package's parts made deterministic: stable ids, no characters XML forbids, fixed dates. */
export function normaliseParts(entries: Record<string, Uint8Array>, options: PackOptions = {}): DocxParts {
  const stamp = `${options.date ?? '2000-01-01'}T00:00:00Z`
  const names = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)))
  stableIds(entries, names)
  for (const name of names.filter((n) => /\.(?:xml|rels)$/.test(n))) {
    // The docx package escapes markup but passes characters XML forbids: Word would not open the file.
    const xml = new TextDecoder().decode(entries[name])
    const clean = xmlText(xml)
    if (clean !== xml) entries[name] = new TextEncoder().encode(clean)
  }
  return names.map((name) => {
    let data = entries[name]!
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      )
      data = new TextEncoder().encode(xml)
    }
    return [name, data] as const
  })
}

/**
 * Renames relationship ids that are not `rId<n>` (the random ones) to `rIdL<n>`, numbered in
 * the order the relationships file lists them, in that file and in the part it belongs to
 * (`word/_rels/document.xml.rels` → `word/document.xml`).
 */
function stableIds(entries: Record<string, Uint8Array>, names: string[]): void {
  stableRelationshipIds(entries)
  // Drawing ids come from a counter that runs on across documents in one process.
  let drawing = 0
  for (const name of names.filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
    const xml = new TextDecoder().decode(entries[name])
    if (!xml.includes('<wp:docPr ')) continue
    entries[name] = new TextEncoder().encode(xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`))
  }
}

function stableRelationshipIds(entries: Record<string, Uint8Array>): void {
  for (const rels of Object.keys(entries).filter((n) => n.endsWith('.rels'))) {
    const text = new TextDecoder().decode(entries[rels])
    const random = [...text.matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^rId\d+$/.test(id))
    if (random.length === 0) continue
    const renamed = new Map(random.map((id, i) => [`"${id}"`, `"rIdL${i + 1}"`]))
    const rename = (xml: string) => xml.replace(/"[^"<>]+"/g, (quoted) => renamed.get(quoted) ?? quoted)
    entries[rels] = new TextEncoder().encode(rename(text))
    const part = rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2')
    if (part !== rels && entries[part]) entries[part] = new TextEncoder().encode(rename(new TextDecoder().decode(entries[part])))
  }
}

/** The text of one part of a .docx (for tests and checks). */
export function docxPart(docx: Uint8Array, name: string): string | undefined {
  const entry = unzipSync(docx, { filter: (f) => f.name === name })[name]
  return entry ? new TextDecoder().decode(entry) : undefined
}
