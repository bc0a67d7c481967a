/**
 * The HTML a person reads, opened in headless Chromium: a generated kommune copy, the diff
 * report, the høringsoppsummering and the signing status. No console errors, no request
 * leaving the page, the counts on the page equal the JSON, and a screenshot of each.
 */
import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { runCli } from '../../src/cli/program.js'
import { captureIo, ROOT } from '../helpers.js'
import { HAVE_CHROMIUM, launch, open, screenshot } from './chromium.js'
import { sharedGenerationDir } from '../setup/shared.js'

async function cli(args: string[]): Promise<string> {
  const io = captureIo()
  await runCli(args, io)
  return io.out
}

describe.skipIf(!HAVE_CHROMIUM)('HTML outputs in Chromium', () => {
  let browser: Browser
  let dir: string
  beforeAll(async () => {
    browser = await launch()
    dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-browser-'))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a generated kommune copy: the kommune’s name, the signature block, no leftover variables', async () => {
    // The run's shared generation (tests/setup/global.ts), dated 2023-06-01 as npm start does.
    const { page, problems } = await open(browser, path.join(sharedGenerationDir(), '5426-kafjord', '00-samarbeidsavtale.html'))
    expect(await page.title()).toBe('Samarbeidsavtale mellom Kåfjord kommune og Universitetssykehuset i Nord-Norge HF')
    const text = await page.locator('body').innerText()
    expect(text).toContain('Avtalen er inngått mellom Gáivuotna - Kåfjord - Kaivuono kommune')
    expect(text).toContain('Sted/dato:')
    expect(text).not.toMatch(/\{\{|XX kommune|xx\.xx/)
    expect((await stat(await screenshot(page, 'generert-samarbeidsavtale'))).size).toBeGreaterThan(10_000)
    expect(problems).toEqual([])
  })

  it('the diff report: its summary counts are the ChangeSet’s', async () => {
    const json = JSON.parse(await cli(['diff', 'agreements', 'examples/revisjon-2024', '--format', 'json']))
    const file = path.join(dir, 'endringer.html')
    await writeFile(file, await cli(['diff', 'agreements', 'examples/revisjon-2024', '--format', 'html']))
    const { page, problems } = await open(browser, file)
    const count = (key: string) => page.locator(`dd[data-count="${key}"]`).textContent()
    expect(await count('sections-changed')).toBe(String(json.summary.sectionsChanged))
    expect(await count('words-added')).toBe(String(json.summary.wordsAdded))
    expect(await count('words-removed')).toBe(String(json.summary.wordsRemoved))
    expect(await page.locator('ins').count()).toBeGreaterThan(0)
    expect(await page.locator('del').count()).toBeGreaterThan(0)
    await screenshot(page, 'diff-rapport')
    expect(problems).toEqual([])
  })

  it('the høringsoppsummering and the signing status: counts equal the JSON', async () => {
    const horing = ['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--frist', '2024-05-01']
    const report = JSON.parse(await cli([...horing, '--format', 'json']))
    const horingFile = path.join(dir, 'horing.html')
    await writeFile(horingFile, await cli([...horing, '--format', 'html']))
    const h = await open(browser, horingFile)
    const summary = h.page.locator('p.summary')
    expect(await summary.getAttribute('data-innspill')).toBe(String(report.totals.innspill))
    expect(await h.page.locator('.innspill').count()).toBe(report.totals.innspill)
    expect(await h.page.locator('.innspill.late').count()).toBe(report.totals.forSent)
    await screenshot(h.page, 'horingsoppsummering')
    expect(h.problems).toEqual([])

    const statusArgs = ['status', '--versjoner', 'examples/status/versjoner.yaml']
    const status = JSON.parse(await cli([...statusArgs, '--format', 'json']))
    const statusFile = path.join(dir, 'status.html')
    await writeFile(statusFile, await cli([...statusArgs, '--format', 'html']))
    const s = await open(browser, statusFile)
    expect(await s.page.locator('tbody tr').count()).toBe(status.kommuner.length)
    expect(await s.page.locator('tr.ikke-signert').count()).toBe(status.totals['ikke signert'])
    await screenshot(s.page, 'signeringsstatus')
    expect(s.problems).toEqual([])
  })
})
