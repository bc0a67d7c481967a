#!/usr/bin/env node
/**
 * `avtaleverk import`: the seed text (the 2023 agreement as a PDF-to-text dump, ≈ 55 pages),
 * a batch of 24 Word copies (the samarbeidsavtale generated for each kommune) and a PDF
 * (Chromium's print of a generated HTML copy, when Chromium is installed), each with time per
 * page beside a baseline measured in the same run: the project's own parse + model of the
 * result (text), bare mammoth (Word), bare pdftotext and bare pdf.js text extraction (PDF).
 * Run after `npm run build`: `node bench/import.bench.mjs`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateInstances, importDocument, loadAgreementSet, loadKommuneRegistry, parseDocument } from '../dist/index.js'
import { runTable } from './table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seedFile = path.resolve(root, '../shared/seeds/001_4d03bca085d1017d.txt')
const per = (ms, pages) => `${(ms / pages).toFixed(1)} ms/side`

// 1. The seed text.
if (existsSync(seedFile)) {
  const lines = readFileSync(seedFile, 'utf8').split('\n')
  const text = `${lines.slice(433, 2834).join('\n')}\n\f${lines.slice(3149, 3279).join('\n')}\n`
  const bytes = new TextEncoder().encode(text)
  // Pages of the source: its «Side x av y» marks undercount; a page is about 45 lines of the dump.
  const pages = Math.round(text.split('\n').length / 45)
  const once = await importDocument(bytes, { name: 'seed.txt', fill: { version: 'x', status: 'forslag', date: '2023-06-01' } })
  console.log(`seed text: ${(bytes.length / 1024).toFixed(0)} KB, ≈ ${pages} pages → ${once.documents.length} documents, ${(once.fidelity.ratio * 100).toFixed(2)} % of the words kept in order`)
  const r = await runTable(
    [
      { name: 'import seed text', fn: () => importDocument(bytes, { name: 'seed.txt' }), baseline: 'parse + model of the result' },
      { name: 'parse + model of the result', fn: () => once.documents.map((d) => parseDocument(d.markdown, { path: d.path })) },
    ],
    { time: 0, iterations: 5 },
  )
  console.log(`import: ${per(r['import seed text'], pages)}`)
} else console.log(`(no seed at ${seedFile}: text benchmark skipped)`)

// 2. 24 Word copies of the samarbeidsavtale.
const set = await loadAgreementSet(path.join(root, 'agreements'))
const registry = await loadKommuneRegistry(path.join(root, 'agreements', 'kommuner.yaml'))
const g = await generateInstances(set, registry, { date: '2023-06-01', formats: ['docx', 'html'] })
const docx = g.files.filter((f) => f.format === 'docx' && f.path.endsWith('00-samarbeidsavtale.docx'))
const mammoth = (await import('mammoth')).default
const docxPages = docx.length * 9
console.log(`\nWord: ${docx.length} copies of the samarbeidsavtale, ≈ ${docxPages} pages`)
const w = await runTable(
  [
    { name: `import ${docx.length} .docx`, fn: async () => { for (const f of docx) await importDocument(f.data, { name: f.path }) }, baseline: `bare mammoth ×${docx.length}` },
    { name: `bare mammoth ×${docx.length}`, fn: async () => { for (const f of docx) await mammoth.convertToHtml({ buffer: Buffer.from(f.data) }) } },
  ],
  { time: 0, iterations: 3 },
)
console.log(`import: ${per(w[`import ${docx.length} .docx`], docxPages)}`)

// 3. A PDF: Chromium's print of the HTML copy of retningslinje 2, when Chromium is there.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(chromiumPath)) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage()
  const html = g.files.find((f) => f.format === 'html' && f.path.endsWith('02-retningslinje-2.html'))
  await page.setContent(new TextDecoder().decode(html.data))
  const pdf = new Uint8Array(await page.pdf({ format: 'A4', displayHeaderFooter: true, footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>', headerTemplate: '<div></div>', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }))
  await browser.close()
  const dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-bench-'))
  const file = path.join(dir, 'rl2.pdf')
  writeFileSync(file, pdf)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const pdfPages = doc.numPages
  await doc.destroy()
  console.log(`\nPDF: retningslinje 2 printed by Chromium, ${pdfPages} pages`)
  const havePdftotext = spawnSync('pdftotext', ['-v']).status === 0
  const p = await runTable(
    [
      { name: 'import PDF', fn: () => importDocument(pdf, { name: 'rl2.pdf' }), baseline: 'bare pdf.js text' },
      {
        name: 'bare pdf.js text',
        fn: async () => {
          const d = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
          for (let i = 1; i <= d.numPages; i++) await (await d.getPage(i)).getTextContent()
          await d.destroy()
        },
      },
      ...(havePdftotext ? [{ name: 'bare pdftotext', fn: () => spawnSync('pdftotext', ['-layout', file, '-']) }] : []),
    ],
    { time: 0, iterations: 3 },
  )
  console.log(`import: ${per(p['import PDF'], pdfPages)}`)
  rmSync(dir, { recursive: true, force: true })
} else console.log(`\n(no Chromium at ${chromiumPath}: PDF benchmark skipped)`)
