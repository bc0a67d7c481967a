/**
 * PDF → Markdown on real PDFs: generated HTML copies printed by Chromium with a running header
 * and «Side x av y» footers import back with the outline of the Markdown copies, the page
 * furniture gone; encrypted, corrupt and image-only PDFs are refused in Norwegian.
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { generateInstances } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { importDocument, importSet, type ImportResult } from '../../src/import/index.js'
import { parseDocument } from '../../src/parse/document.js'
import { HAVE_CHROMIUM, launch } from '../browser/chromium.js'
import { AGREEMENTS, loadCorpus } from '../helpers.js'
import { outline, parsed } from './helpers.js'

const HEADER = 'Vedlegg til samarbeidsavtale Tromsø kommune og UNN'

async function print(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage()
  await page.setContent(html)
  const pdf = await page.pdf({
    format: 'A4',
    displayHeaderFooter: true,
    margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
    headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${HEADER}</div>`,
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
  })
  await page.close()
  return new Uint8Array(pdf)
}

async function failure(bytes: Uint8Array, name: string): Promise<string> {
  const e = await importDocument(bytes, { name }).then(() => null, (x: unknown) => x)
  expect(e).toBeInstanceOf(AvtaleverkError)
  return (e as AvtaleverkError).format()
}

describe.skipIf(!HAVE_CHROMIUM)('PDFs printed by Chromium from the generated HTML copies', () => {
  let browser: Browser
  let copies: Array<{ path: string; md: string }>
  let result: ImportResult
  let pages = 0
  // The samarbeidsavtale (parts, 26 sections, the signature table) and retningslinje 1 and 4
  // (an unnumbered heading; a number used twice) — the documents without footnotes.
  const wanted = ['00-samarbeidsavtale', '01-retningslinje-1', '04-retningslinje-4']
  beforeAll(async () => {
    browser = await launch()
    const registry = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    const g = await generateInstances(await loadCorpus(), registry, { date: '2023-06-01', kommuner: ['Tromsø'], formats: ['md', 'html'] })
    const pick = (format: string) => wanted.map((w) => g.files.find((f) => f.format === format && f.path.includes(w))!)
    copies = pick('md').map((f) => ({ path: f.path, md: new TextDecoder().decode(f.data) }))
    const pdfs = []
    for (const f of pick('html')) pdfs.push({ name: f.path.replace(/\.html$/, '.pdf'), bytes: await print(browser, new TextDecoder().decode(f.data)) })
    result = await importSet(pdfs, { fill: { version: '2023-forslag', status: 'forslag', date: '2023-06-01' } })
    pages = result.documents.reduce((n, d) => n + new Set(d.report.dropped.filter((x) => x.kind === 'sidenummer').map((x) => x.page)).size, 0)
  }, 180_000)
  afterAll(async () => browser?.close())

  it('import back with the outline of the Markdown copies', () => {
    expect(result.documents.map((d) => d.id)).toEqual(['samarbeidsavtale', 'retningslinje-1', 'retningslinje-4'])
    const expected = outline({ documents: copies.map((c) => parseDocument(c.md, { path: c.path })) })
    expect(outline(parsed(result))).toEqual(expected)
  })

  it('drop the page numbers and the running header of every page, and report them', () => {
    expect(pages).toBeGreaterThan(5)
    for (const d of result.documents) {
      expect(d.markdown).not.toMatch(/Side \d+ av \d+/)
      expect(d.markdown).not.toContain(HEADER)
      const kinds = new Set(d.report.dropped.map((x) => x.kind))
      expect(kinds.has('sidenummer')).toBe(true)
    }
    expect(result.reportText).toMatch(/fjernet: .*sidenummer/)
  })

  it('keep the words of the copies in order', () => {
    expect(result.fidelity.ratio).toBeGreaterThan(0.99)
  })

  it('refuses an image-only PDF (no text layer)', async () => {
    const pdf = await print(browser, '<body style="margin:0"><div style="width:400px;height:600px;background:#345"></div></body>')
    const page = await browser.newPage()
    await page.setContent('<body><svg width="300" height="200"><rect width="300" height="200" fill="#888"/></svg></body>')
    const bare = new Uint8Array(await page.pdf({ format: 'A4' }))
    await page.close()
    expect(await failure(bare, 'skannet.pdf')).toBe('skannet.pdf: PDF-en har ikke noe tekstlag (1 side med bare bilder, trolig skannet); kjør tekstgjenkjenning (OCR) først')
    // With only a header and footer there is text, but no document: that is an error too.
    expect(pdf.length).toBeGreaterThan(0)
  })
})

describe('bad PDFs', () => {
  it('refuses a corrupt PDF', async () => {
    expect(await failure(new TextEncoder().encode('%PDF-1.7\nikke noe mer her\n'), 'ødelagt.pdf')).toMatch(/^ødelagt\.pdf: PDF-en er ødelagt og kan ikke leses/)
  })

  it('refuses an encrypted PDF that needs a password', async () => {
    // A PDF whose trailer names a standard security handler with a user password: pdf.js asks for it.
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`,
    ]
    let body = '%PDF-1.4\n'
    const offsets: number[] = []
    objects.forEach((o, i) => {
      offsets.push(body.length)
      body += `${i + 1} 0 obj\n${o}\nendobj\n`
    })
    const xref = body.length
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`
    expect(await failure(new TextEncoder().encode(body), 'hemmelig.pdf')).toBe('hemmelig.pdf: PDF-en er kryptert (passordbeskyttet) og kan ikke leses; lagre en kopi uten passord og prøv igjen')
  })
})
