import { readFileSync } from 'node:fs'
import type { AgreementSet } from '../../src/model.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
import type { ImportResult } from '../../src/import/index.js'
import { SEED } from '../helpers.js'

/** The seed's 2023 agreement (lines 434–2834) and, after a page break, the faktureringsveileder (3150–3279). */
export function seedText(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n')
  return `${lines.slice(433, 2834).join('\n')}\n\f${lines.slice(3149, 3279).join('\n')}\n`
}

/** What a person fills in that the text does not state. */
export const FILL = { version: '2023-forslag', status: 'forslag', date: '2023-06-01' }

/** Every section of every document: «id: number title» (parts as «Del N»), in order. */
export function outline(set: Pick<AgreementSet, 'documents'>): string[] {
  return set.documents.flatMap((d) =>
    allSections(d.sections).map((s) => `${d.frontMatter.id}: ${s.kind === 'part' ? `Del ${s.number} – ` : s.numberText ? `${s.numberText} ` : ''}${s.title}`.replace(/\s+/g, ' ')),
  )
}

/** The imported documents parsed as the rest of avtaleverk reads them. */
export function parsed(result: ImportResult): AgreementSet {
  return { root: '', documents: result.documents.map((d) => parseDocument(d.markdown, { path: d.path })) }
}

/**
 * A small real PDF, written by hand: one page per entry, each line in Helvetica (a standard
 * font every reader has), headings larger. Enough for pdf.js to give text with positions.
 */
export function simplePdf(pages: Array<Array<{ text: string; size?: number }>>): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`)
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
  const kids: string[] = []
  for (const lines of pages) {
    let y = 800
    const ops = lines.map((l) => {
      const size = l.size ?? 11
      y -= size * 1.5
      return `BT /F1 ${size} Tf 50 ${y} Td (${esc(l.text)}) Tj ET`
    })
    const content = ops.join('\n')
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    const contentId = objects.length
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`)
    kids.push(`${objects.length} 0 R`)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(body, 'latin1'))
}
