/**
 * avtaleverk/core in a real browser under a strict Content-Security-Policy: headless Chromium
 * loads a page served with `script-src 'self'` (no 'unsafe-eval', no inline script) that runs
 * the parse + validate bundle and the generate bundle on the bundled set in memory. The
 * findings and the generated files' sha256 must be those Node gives from the folder.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateInstances } from '../../src/generate/generate.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { validate } from '../../src/validate/index.js'
import { loadProfile } from '../../src/validate/profile-load.js'
import { AGREEMENTS, ROOT } from '../helpers.js'
import { browserBundle } from './bundles.js'
import { HAVE_CHROMIUM, launch } from './chromium.js'

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'"
const PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>avtaleverk/core</title>
<script type="module" src="/parse-validate.js"></script><script type="module" src="/generate.js"></script></head>
<body><p id="parse-validate"></p><p id="generate"></p></body></html>`

describe.skipIf(!HAVE_CHROMIUM)('avtaleverk/core in Chromium under CSP script-src self', () => {
  let server: Server
  let origin: string
  let browser: Browser

  beforeAll(async () => {
    const [parseValidate, generate] = await Promise.all([
      browserBundle(path.join(ROOT, 'tests/browser/entries/page-parse-validate.ts'), { minify: false }),
      browserBundle(path.join(ROOT, 'tests/browser/entries/page-generate.ts'), { minify: false }),
    ])
    const files: Record<string, [string, string]> = {
      '/': ['text/html; charset=utf-8', PAGE],
      '/parse-validate.js': ['text/javascript; charset=utf-8', parseValidate.code],
      '/generate.js': ['text/javascript; charset=utf-8', generate.code],
    }
    server = createServer((req, res) => {
      const file = files[req.url ?? '']
      if (!file) {
        res.writeHead(404).end()
        return
      }
      res.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP }).end(file[1])
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('gives the findings and the file hashes Node gives, with no CSP violation and no error', async () => {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI))" })
    await page.goto(origin)
    await page.waitForFunction(() => 'parseValidate' in globalThis && 'generate' in globalThis, undefined, { timeout: 240_000 })
    const inBrowser = (await page.evaluate(() => ({ parseValidate: (globalThis as Record<string, unknown>).parseValidate, generate: (globalThis as Record<string, unknown>).generate }))) as {
      parseValidate: { findings: number; lines: string[] }
      generate: { hashes?: string[]; error?: string }
    }
    await page.close()
    expect(problems).toEqual([])
    expect(inBrowser.generate.error).toBeUndefined()

    const set = await loadAgreementSet(AGREEMENTS)
    const inNode = validate(set, { profile: await loadProfile('unn-2023') }).map((d) => `agreements/${path.basename(d.file)}:${d.line} ${d.ruleId}`)
    expect(inBrowser.parseValidate.findings).toBe(inNode.length)
    expect(inNode.length).toBeGreaterThan(50)
    expect(inBrowser.parseValidate.lines).toEqual(inNode)

    const registry = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    const generation = await generateInstances(set, registry, { date: '2023-06-01', kommuner: ['Tromsø', 'Kåfjord'], formats: ['md', 'html', 'docx'] })
    const hashes = generation.manifest.files.map((f) => `${f.path} ${f.sha256}`)
    expect(hashes.length).toBe(2 * 11 * 3)
    expect(inBrowser.generate.hashes).toEqual(hashes)
  })
})
