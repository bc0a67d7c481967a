/**
 * Headless Chromium (Debian's, installed by .ci/run) driven by playwright-core: open an HTML
 * output, collect console errors and failed requests, save a screenshot as a test artifact.
 * One browser serves the whole run: tests/setup/global.ts starts it, each file connects.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { ROOT } from '../helpers.js'
import { CHROMIUM, IN_CI } from '../setup/env.js'

export { CHROMIUM }
/** In CI the browser must be there (.ci/run installs it): a missing one fails the file there; on a developer machine the tests skip. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM && IN_CI) throw new Error(`Chromium mangler på ${CHROMIUM}; .ci/run skal installere den (CI=true: testene hoppes ikke over)`)

/** Connects to the run's shared Chromium; close() on the result only disconnects. */
export async function launch(): Promise<Browser> {
  const endpoint = inject('browserWsEndpoint')
  if (!endpoint) throw new Error(`Ingen delt Chromium (tests/setup/global.ts fant ikke ${CHROMIUM})`)
  return chromium.connect(endpoint)
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
