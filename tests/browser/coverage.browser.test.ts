import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { formatCoverageHtml, formatCoverageJson } from '../../src/render/coverage.js'
import { coverageMatrix } from '../../src/validate/coverage.js'
import { loadCorpus } from '../helpers.js'
import { HAVE_CHROMIUM, launch, open, screenshot } from './chromium.js'

describe.skipIf(!HAVE_CHROMIUM)('coverage HTML in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('renders without errors, and its counts match the JSON', async () => {
    const matrix = coverageMatrix(await loadCorpus())
    const json = JSON.parse(formatCoverageJson(matrix))
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-browser-'))
    const file = path.join(dir, 'dekning.html')
    await writeFile(file, formatCoverageHtml(matrix))
    const { page, problems } = await open(browser, file)
    expect(await page.title()).toBe('Dekning av helse- og omsorgstjenesteloven § 6-2')
    expect(await page.locator('.summary strong').textContent()).toBe(`${json.summary.covered} av ${json.summary.total}`)
    expect(await page.locator('tr.covered').count()).toBe(json.summary.covered)
    expect(await page.locator('tr.missing').count()).toBe(json.summary.missing.length)
    // The cell for point 12 × the samarbeidsavtale shows K (claimed) and S (cited).
    expect((await page.locator('tr[data-point="12"] td.cell').first().textContent())?.trim()).toBe('KS')
    const png = await screenshot(page, 'coverage')
    expect((await stat(png)).size).toBeGreaterThan(10_000)
    expect(problems).toEqual([])
  })
})
