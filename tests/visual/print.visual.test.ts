/**
 * Every HTML output printed to A4 PDF by Chromium (playwright's page.pdf), as a reader prints
 * it: nothing wider than the printable width, a first page with content (no table pushed whole
 * onto page 2), «Side X av Y» on every page, no page ending in a heading. An image of the first
 * page of each is kept in .vitest-artifacts/pages/.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { HAVE_CHROMIUM, launch, open } from '../browser/chromium.js'
import { captureIo, ROOT } from '../helpers.js'
import { keepPageImage, lines, pdfPages, requireTools, SKIP_POPPLER } from './pdf.js'

const MM = 96 / 25.4
/** Printable width in CSS px: A4 less the 18 mm side margins of the shared print style. */
const PORTRAIT = Math.floor((210 - 36) * MM)
const LANDSCAPE = Math.floor((297 - 36) * MM)
const PAGE_NUMBER = /^Side (\d+) av (\d+)$/u

async function cli(args: string[]): Promise<string> {
  const io = captureIo()
  expect(await runCli(args, io)).toBeLessThan(2)
  return io.out
}

describe.skipIf(!HAVE_CHROMIUM || SKIP_POPPLER)('the HTML outputs printed from Chromium', () => {
  let browser: Browser
  let dir: string
  beforeAll(async () => {
    requireTools(false)
    browser = await launch()
    dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-print-'))
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Prints one page and checks it as a reader would see it; returns the pages' text. */
  async function print(file: string, name: string, width: number): Promise<string[]> {
    const { page, problems } = await open(browser, file)
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width, height: 1000 })
    // Nothing beyond the right margin: the page does not scroll sideways and no table sticks out.
    // (A string, evaluated in the page: the test code is compiled without the DOM's types.)
    const overflow = await page.evaluate(`(() => {
      const right = document.body.getBoundingClientRect().right
      const wide = [...document.querySelectorAll('table, pre, img, dl')].filter((e) => e.getBoundingClientRect().right > right + 1).map((e) => e.outerHTML.slice(0, 60))
      return { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide }
    })()`)
    expect(overflow).toEqual({ scroll: 0, wide: [] })
    const headings = (await page.locator('h1, h2, h3, h4').allInnerTexts()).map((h) => h.replace(/\s+/gu, ' ').trim())
    const pdf = path.join(dir, `${name}.pdf`)
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true })
    expect(problems).toEqual([])
    await page.close()
    const pages = await pdfPages(pdf)
    // A first page with content: not a header alone with the rest pushed onto page 2.
    expect(lines(pages[0]!).join(' ').length, `${name}: side 1`).toBeGreaterThan(400)
    const all = pages.join('\n')
    const once = (line: string) => all.indexOf(line) === all.lastIndexOf(line)
    pages.forEach((text, i) => {
      const body = lines(text)
      const number = body.map((l) => PAGE_NUMBER.exec(l)).find(Boolean)
      expect(number ? [Number(number[1]), Number(number[2])] : null, `${name}: sidetall på side ${i + 1}`).toEqual([i + 1, pages.length])
      // No page ends in a heading (a line that is a heading's text and nowhere else, as the
      // list of retningslinjer repeats the Del 2 headings).
      const last = body.filter((l) => !PAGE_NUMBER.test(l)).pop() ?? ''
      if (i < pages.length - 1 && last.length > 8 && once(last)) expect(headings.filter((h) => h === last || h.startsWith(`${last} `)), `${name}: side ${i + 1} slutter med en overskrift`).toEqual([])
    })
    expect(pages.join(' ')).not.toContain('{{')
    await keepPageImage(pdf, `utskrift-${name}-side-1`)
    return pages
  }

  it('a kommune copy and retningslinje 9 (its definitions table runs over the page break, row by row)', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'kommuner')
    await cli(['generate', 'agreements', '--dato', '2023-06-01', '--kommune', 'Kåfjord', '--format', 'html', '--out', out])
    const copy = await print(path.join(out, '5426-kafjord', '00-samarbeidsavtale.html'), 'kommunekopi', PORTRAIT)
    expect(copy[0]).toContain('Gáivuotna - Kåfjord - Kaivuono kommune')
    const r9 = await print(path.join(out, '5426-kafjord', '09-retningslinje-9.html'), 'retningslinje-9', PORTRAIT)
    // The table starts on the page of its heading, not on a page of its own.
    const start = r9.findIndex((p) => p.includes('Tillegg: Definisjoner'))
    expect(r9[start]).toMatch(/Risiko/u)
  })

  it('the coverage matrix (landscape, all fourteen columns and «Dekket»), the diff report, the høringsoppsummering and the status', { timeout: 180_000 }, async () => {
    const coverage = path.join(dir, 'dekning.html')
    await writeFile(coverage, await cli(['coverage', 'agreements', '--format', 'html']))
    const matrix = await print(coverage, 'dekning', LANDSCAPE)
    expect(matrix.join(' ')).toMatch(/VEIL[\s\S]*Dekket/u)

    const diff = path.join(dir, 'endringer.html')
    await writeFile(diff, await cli(['diff', 'agreements', 'examples/revisjon-2024', '--format', 'html']))
    const report = (await print(diff, 'endringer', PORTRAIT)).join('\n')
    expect(report).not.toMatch(/Front matter|agreements\/|^\s*1\.\s+2\./mu)

    const horing = path.join(dir, 'horing.html')
    await writeFile(horing, await cli(['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--frist', '2024-05-01', '--format', 'html']))
    await print(horing, 'horingsoppsummering', PORTRAIT)

    const status = path.join(dir, 'status.html')
    await writeFile(status, await cli(['status', '--versjoner', path.join(ROOT, 'examples/status/versjoner.yaml'), '--format', 'html']))
    await print(status, 'status', PORTRAIT)
  })
})
