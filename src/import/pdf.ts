/**
 * PDF → lines with positions, with pdfjs-dist (Mozilla's PDF reader; legacy build for Node).
 * Text items are grouped into lines by baseline, lines keep their page, height on the page and
 * font size; a blank line is put where the gap to the previous line is clearly larger than the
 * line spacing (a paragraph break), and lines in a larger font than the body text or wholly in
 * a bold font are marked prominent (a heading by typography). Link annotations are kept as URLs with their page, for
 * the link step. Encrypted, corrupt and image-only PDFs are refused in Norwegian.
 */
import { maxOf } from '../arrays.js'
import { AvtaleverkError } from '../errors.js'
import type { Layout, SourceLine } from './layout.js'

/** Refuse PDFs with more pages than this. */
export const MAX_PAGES = 2000

interface Item {
  str: string
  x: number
  y: number
  width: number
  size: number
  bold: boolean
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold/i

export async function pdfLayout(bytes: Uint8Array, name: string): Promise<Layout> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let pdf: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise
  } catch (e) {
    const kind = (e as Error).name
    if (kind === 'PasswordException') throw new AvtaleverkError('importfeil', 'PDF-en er kryptert (passordbeskyttet) og kan ikke leses; lagre en kopi uten passord og prøv igjen', { file: name })
    if (kind === 'InvalidPDFException' || kind === 'FormatError' || kind === 'UnknownErrorException') {
      throw new AvtaleverkError('importfeil', `PDF-en er ødelagt og kan ikke leses (${(e as Error).message})`, { file: name })
    }
    throw new AvtaleverkError('importfeil', `PDF-en kunne ikke leses: ${(e as Error).message}`, { file: name })
  }
  try {
    if (pdf.numPages > MAX_PAGES) throw new AvtaleverkError('for-stor', `PDF-en har ${pdf.numPages} sider; grensen er ${MAX_PAGES}`, { file: name })
    const pages: Array<{ items: Item[]; height: number }> = []
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      // Font names («…+LiberationSans-Bold») reach this side only once the page's operators are read.
      await page.getOperatorList()
      const boldFonts = new Map<string, boolean>()
      const isBold = (font: string) => {
        let known = boldFonts.get(font)
        if (known === undefined) {
          try {
            known = BOLD_FONT.test(String((page.commonObjs.get(font) as { name?: string } | undefined)?.name ?? ''))
          } catch {
            known = false
          }
          boldFonts.set(font, known)
        }
        return known
      }
      const items: Item[] = []
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue
        const [a, b, , , e, f] = it.transform as number[]
        items.push({ str: it.str, x: e!, y: viewport.height - f!, width: it.width, size: Math.hypot(a!, b!) || it.height, bold: isBold(it.fontName) })
      }
      pages.push({ items, height: viewport.height })
      page.cleanup()
    }
    if (pages.every((pg) => pg.items.every((i) => i.str.trim() === ''))) {
      throw new AvtaleverkError('importfeil', `PDF-en har ikke noe tekstlag (${pdf.numPages} ${pdf.numPages === 1 ? 'side' : 'sider'} med bare bilder, trolig skannet); kjør tekstgjenkjenning (OCR) først`, { file: name })
    }
    return buildLayout(pages)
  } finally {
    await pdf.destroy()
  }
}

/** Items → lines: same baseline (within a third of the font size) is one line, left to right. */
export function buildLayout(pages: Array<{ items: Item[]; height: number }>): Layout {
  // The body size: the font size that covers the most characters.
  const bySize = new Map<number, number>()
  for (const pg of pages) for (const it of pg.items) bySize.set(Math.round(it.size * 2) / 2, (bySize.get(Math.round(it.size * 2) / 2) ?? 0) + it.str.length)
  let bodySize = 0
  let most = -1
  for (const [size, chars] of bySize) if (chars > most) [bodySize, most] = [size, chars]

  const lines: SourceLine[] = []
  let lineNo = 0
  pages.forEach((pg, index) => {
    const sorted = [...pg.items].sort((a, b) => a.y - b.y || a.x - b.x)
    const rows: Item[][] = []
    for (const it of sorted) {
      const row = rows[rows.length - 1]
      if (row && Math.abs(row[0]!.y - it.y) <= Math.max(2, 0.35 * Math.min(row[0]!.size, it.size))) row.push(it)
      else rows.push([it])
    }
    let previous: { y: number; size: number } | null = null
    rows.forEach((row, r) => {
      row.sort((a, b) => a.x - b.x)
      let text = ''
      let end = -Infinity
      for (const it of row) {
        const gap = it.x - end
        if (text !== '' && gap > 0.2 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' '
        text += it.str
        end = it.x + it.width
      }
      text = text.replace(/\s+/g, ' ').trim()
      if (text === '') return
      const size = maxOf(row.map((i) => i.size), 0)
      const y = row[0]!.y
      // A gap clearly larger than the line spacing is a paragraph break: a blank line.
      if (previous && y - previous.y > 1.6 * Math.max(previous.size, size) * 1.15) lines.push({ text: '', page: index + 1, line: ++lineNo, pageStart: false })
      lines.push({
        text,
        page: index + 1,
        line: ++lineNo,
        pageStart: r === 0,
        size,
        y,
        x: -maxOf(row.map((i) => -i.x)),
        ...(size >= bodySize * 1.12 || row.every((i) => i.bold || i.str.trim() === '') ? { prominent: true } : {}),
      })
      previous = { y, size }
    })
  })
  return { lines, pages: pages.length, bodySize }
}
