/**
 * The web app (web/, built into dist/web/ by `npm test`'s build) driven in the run's shared
 * Chromium, served by the same server as `avtaleverk web`, under its strict CSP. One page goes
 * through every view as a user would: the bundled set's findings and coverage equal what the
 * library computes, a finding fixed in the editor goes away, the zip of kommune copies holds
 * the CLI's bytes, the comparison and the høring report equal the library's, and the page asks
 * nothing of any other origin and logs no error. axe-core finds no serious violation.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync, unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { diffSets, loadAgreementSet, loadHoringReport, loadSigningStatus, serveWebApp, validatePaths, type RunningWebApp } from '../../src/index.js'
import { captureIo, ROOT } from '../helpers.js'
import { HAVE_CHROMIUM, launch } from './chromium.js'

const APP = path.join(ROOT, 'dist', 'web')
/**
 * What the first screen may load, gzip: the shell, the core entry and the bundled agreement (the
 * editor, 112 kB, loads on the first edit; Word only when a Word file is made). Measured 218 kB.
 */
export const FIRST_SCREEN_BUDGET = 250 * 1024

/** The window as the user sees it at 1280×800 (docs/img/ has copies of these for the README). */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, '.vitest-artifacts', 'screenshots')
  await mkdir(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

async function cli(args: string[]): Promise<string> {
  const io = captureIo()
  const code = await runCli(args, io)
  if (code > 1) throw new Error(`avtaleverk ${args.join(' ')}: ${io.err}`)
  return io.out
}

/** Runs axe-core in the page (evaluated, so the page's CSP does not block it): the serious and critical violations. */
async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  const result = (await page.evaluate(`${source}\n;axe.run(document, { resultTypes: ['violations'] })`)) as { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

describe.skipIf(!HAVE_CHROMIUM)('the web app in Chromium', () => {
  let browser: Browser
  let app: RunningWebApp
  let page: Page
  let work: string
  const problems: string[] = []
  const firstScreen = new Map<string, number>()
  let loading = true

  beforeAll(async () => {
    if (!existsSync(path.join(APP, 'index.html'))) throw new Error('dist/web/ mangler: npm test bygger nettappen først (scripts/build.mjs)')
    work = await mkdtemp(path.join(tmpdir(), 'avtaleverk-web-'))
    app = await serveWebApp({ appDir: APP })
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true})
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('request', (r) => {
      if (!r.url().startsWith(app.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`)
    })
    page.on('response', async (r) => {
      if (loading && r.url().endsWith('.js')) firstScreen.set(r.url(), gzipSync(new Uint8Array(await r.body())).length)
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  const tab = (name: string) => page.getByRole('navigation', { name: 'Visninger' }).getByRole('button', { name }).click()
  const count = async (testId: string, attribute: string) => Number(await page.getByTestId(testId).getAttribute(attribute))
  async function download(click: () => Promise<void>): Promise<Uint8Array> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()])
    const file = path.join(work, d.suggestedFilename())
    await d.saveAs(file)
    return new Uint8Array(await readFile(file))
  }
  async function openFolder(folder: string) {
    await tab('Mapper')
    await page.getByTestId('open-folder').setInputFiles(path.join(ROOT, folder))
    await page.locator(`tr[data-folder="${path.basename(folder)}"]`).waitFor()
  }

  it('opens on the bundled agreement: the findings and the coverage the library computes, within the first-screen budget', async () => {
    await page.goto(app.url)
    // The findings, or the page's own message that the app could not start (then say why).
    await page.locator('[data-testid="findings-count"], p[role="alert"]').first().waitFor()
    expect(problems).toEqual([])
    await page.locator('article.preview h1').waitFor()
    loading = false
    const { diagnostics } = await validatePaths([path.join(ROOT, 'agreements')])
    expect(await count('findings-count', 'data-count')).toBe(diagnostics.length)
    expect(await page.locator('ol.findings li').count()).toBe(diagnostics.length)
    const json = JSON.parse(await cli(['coverage', 'agreements', '--format', 'json']))
    expect(await count('coverage-summary', 'data-covered')).toBe(json.summary.covered)
    expect(await count('coverage-summary', 'data-total')).toBe(json.summary.total)
    const total = [...firstScreen.values()].reduce((a, b) => a + b, 0)
    console.log(`first screen: ${firstScreen.size} scripts, ${(total / 1024).toFixed(1)} kB gzip (budget ${FIRST_SCREEN_BUDGET / 1024} kB)`)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'web-kontroll')
    expect(problems).toEqual([])
    expect(total).toBeLessThan(FIRST_SCREEN_BUDGET)
  })

  it('a finding fixed in the editor disappears; clicking a finding goes to its line', async () => {
    const before = await count('findings-count', 'data-count')
    // The act is of 24 June 2011: the law-citation warning in Del 1 § 2.
    const finding = page.locator('ol.findings button[data-rule="law-citation"][data-file="00-samarbeidsavtale.md"]')
    await expect.poll(() => finding.count()).toBe(1)
    const line = Number(await finding.getAttribute('data-line'))
    await finding.click()
    // The editor loads on the first edit or jump, and underlines the findings of the file.
    await page.locator('.cm-lintRange').first().waitFor()
    expect(await page.locator('.cm-activeLine').innerText()).toContain('14. juni 2011')
    expect(await page.locator('.cm-lineNumbers .cm-activeLineGutter').innerText()).toBe(String(line))
    await screenshot(page, 'web-rediger')
    // From the finding's start (where the jump put the cursor) to «14», select it and type over it, by keyboard.
    const column = Number(await finding.getAttribute('data-column'))
    const text = await page.locator('.cm-activeLine').innerText()
    const steps = text.indexOf('14. juni 2011') - (column - 1)
    expect(steps).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.type('24')
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(0)
    expect(await count('findings-count', 'data-count')).toBe(before - 1)
    expect(problems).toEqual([])
  })

  it('generates the kommune copies as one zip whose files are the bytes the CLI writes', async () => {
    const out = path.join(work, 'cli-generert')
    await cli(['generate', 'agreements', '--dato', '2023-06-01', '--out', out, '--kommune', 'Tromsø', '--kommune', 'Kåfjord'])
    const manifestData = new Uint8Array(await readFile(path.join(out, 'manifest.json')))
    const manifest = JSON.parse(new TextDecoder().decode(manifestData)) as { files: Array<{ path: string; sha256: string }> }

    // The edit of the last test is in memory: open the bundled agreement anew, as it is on disk.
    await tab('Mapper')
    await page.getByRole('button', { name: 'Åpne den medfølgende 2023-avtalen' }).click()
    await tab('Kommuneutgaver')
    expect(await page.getByLabel('Avtalens dato').inputValue()).toBe('2023-06-01')
    expect(await page.locator('input[name="kommune"]:checked').count()).toBe(await page.locator('input[name="kommune"]').count())
    await page.getByRole('button', { name: 'Velg ingen' }).click()
    await page.getByLabel(/Tromsø/).check()
    await page.getByLabel(/Kåfjord/).check()
    await page.getByRole('button', { name: 'Lag kommuneutgavene' }).click()
    await page.getByTestId('generate-result').waitFor()
    await screenshot(page, 'web-kommuneutgaver')
    const zip = unzipSync(await download(() => page.getByRole('button', { name: /^Last ned kommuneutgaver/ }).click()))
    expect(Object.keys(zip).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort())
    for (const f of manifest.files) expect(sha256(zip[f.path]!), f.path).toBe(f.sha256)
    expect(sha256(zip['manifest.json']!)).toBe(sha256(manifestData))
    expect(problems).toEqual([])
  })

  it('compares agreements/ with examples/revisjon-2024: the summary is the library’s, and the Word redline downloads', async () => {
    await openFolder('examples/revisjon-2024')
    const changes = diffSets(await loadAgreementSet(path.join(ROOT, 'agreements')), await loadAgreementSet(path.join(ROOT, 'examples/revisjon-2024')))
    await tab('Sammenlign')
    await page.getByLabel('Gammel versjon').selectOption({ label: 'agreements' })
    await page.getByLabel('Ny versjon').selectOption({ label: 'revisjon-2024' })
    await page.locator('form').getByRole('button', { name: 'Sammenlign' }).click()
    const tile = (key: string) => page.locator(`dd[data-count="${key}"]`).textContent()
    expect(await tile('sections-changed')).toBe(String(changes.summary.sectionsChanged))
    expect(await tile('words-added')).toBe(String(changes.summary.wordsAdded))
    expect(await tile('words-removed')).toBe(String(changes.summary.wordsRemoved))
    expect(await page.locator('.side-by-side ins').count()).toBeGreaterThan(0)
    expect(await page.locator('.side-by-side del').count()).toBeGreaterThan(0)
    await screenshot(page, 'web-sammenlign')
    await page.getByRole('button', { name: 'Innfelt' }).click()
    expect(await page.locator('.section-change > .hunks ins').count()).toBeGreaterThan(0)
    const docx = unzipSync(await download(() => page.getByRole('button', { name: 'Last ned Word med sporede endringer' }).click()))
    const xml = new TextDecoder().decode(docx['word/document.xml'])
    expect(xml).toContain('<w:ins ')
    expect(xml).toContain('<w:del ')
    expect(problems).toEqual([])
  })

  it('runs the høring example and the signing status: the same totals as the library, downloadable', async () => {
    await openFolder('examples/horing-2024/innspill')
    await openFolder('examples/status')
    await screenshot(page, 'web-mapper')
    await tab('Høring og status')
    await page.getByLabel('Innspill').selectOption({ label: 'innspill' })
    await page.getByLabel('Utkastet på høring').selectOption({ label: 'agreements' })
    await page.getByLabel('Endelig forslag').selectOption({ label: 'revisjon-2024' })
    await page.getByLabel('Høringsfrist (valgfri)').fill('2024-05-01')
    await page.getByRole('button', { name: 'Lag oppsummeringen' }).click()
    const report = await loadHoringReport({ innspill: path.join(ROOT, 'examples/horing-2024/innspill'), fra: path.join(ROOT, 'agreements'), til: path.join(ROOT, 'examples/revisjon-2024'), frist: '2024-05-01' })
    const summary = page.locator('p.summary')
    expect(await summary.getAttribute('data-innspill')).toBe(String(report.totals.innspill))
    expect(await summary.getAttribute('data-for-sent')).toBe(String(report.totals.forSent))
    expect(await page.locator('li.innspill').count()).toBe(report.totals.innspill)
    const word = unzipSync(await download(() => page.getByTestId('horing-result').getByRole('button', { name: 'Word' }).click()))
    expect(new TextDecoder().decode(word['word/document.xml'])).toContain('Høringsoppsummering')

    await page.getByLabel('Versjonsliste fra').selectOption({ label: 'status' })
    await page.getByRole('button', { name: 'Vis status' }).click()
    await page.getByTestId('status-result').waitFor({ timeout: 120_000 })
    const status = await loadSigningStatus({ versjoner: path.join(ROOT, 'examples/status/versjoner.yaml') })
    expect(await page.locator('.status-table tbody tr').count()).toBe(status.kommuner.length)
    expect(await page.locator('.status-table tr.ikke-signert').count()).toBe(status.totals['ikke signert'])
    expect(await page.locator('.status-table tr.signert').count()).toBe(status.totals.signert)
    await screenshot(page, 'web-horing-status')
    const html = new TextDecoder().decode(await download(() => page.getByTestId('status-result').getByRole('button', { name: 'HTML' }).click()))
    expect(html).toContain('<table')
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('prints without the controls', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: 'Visninger' }).isVisible()).toBe(false)
    expect(await page.locator('.status-table').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
  })

  it('opens on the folder `avtaleverk web MAPPE` gives, with the findings the library computes for it', async () => {
    const preloading = await serveWebApp({ appDir: APP, folder: path.join(ROOT, 'examples/revisjon-2024') })
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 }})
    try {
      const seen: string[] = []
      other.on('console', (m) => {
        if (m.type() === 'error') seen.push(m.text())
      })
      other.on('request', (r) => {
        if (!r.url().startsWith(preloading.url)) seen.push(`request: ${r.url()}`)
      })
      await other.goto(preloading.url)
      await other.getByTestId('findings-count').waitFor()
      expect(await other.getByTestId('current-folder').textContent()).toBe('revisjon-2024')
      const { diagnostics } = await validatePaths([path.join(ROOT, 'examples/revisjon-2024')])
      expect(Number(await other.getByTestId('findings-count').getAttribute('data-count'))).toBe(diagnostics.length)
      expect(seen).toEqual([])
    } finally {
      await other.close()
      await preloading.close()
    }
  })

  it('serves nothing but the app and the preloaded folder, each with the strict CSP', async () => {
    const response = await fetch(app.url)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await (await fetch(new URL('../package.json', `${app.url}assets/`))).status).toBe(404)
    expect((await fetch(new URL('/%2e%2e/package.json', app.url))).status).toBe(404)
    const assets = await readdir(path.join(APP, 'assets'))
    expect(assets.some((f) => f.endsWith('.map'))).toBe(false)
  })
})
