/**
 * Headless Chromium (Debian's, installed by .ci/run) driven by playwright-core: open an HTML
 * output, collect console errors and failed requests, save a screenshot as a test artifact.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { ROOT } from '../helpers.js'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** In CI the browser must be there (.ci/run installs it); on a developer machine it may not be. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM && process.env.CI) throw new Error(`Chromium mangler på ${CHROMIUM}; .ci/run skal installere den`)

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export interface Opened {
  page: Page
  problems: string[]
}

/** Opens a file, failing on console errors, page errors and any request leaving the file. */
export async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`)
  })
  await page.goto(pathToFileURL(file).href)
  return { page, problems }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(ROOT, '.vitest-artifacts', 'screenshots')
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
