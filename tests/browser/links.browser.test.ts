/**
 * Hostile links in the agreement Markdown, in a generated kommune copy opened in Chromium: every
 * link and image the browser sees resolves to http(s), mailto or the file itself, and clicking
 * what used to be a javascript: link runs nothing.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { generateInstances } from '../../src/generate/generate.js'
import { kommuneYaml, registry, smallSet, SMALL_BODY } from '../generate/helpers.js'
import { HAVE_CHROMIUM, launch, open } from './chromium.js'

const LINKS = [
  '[Les mer](javascript:alert(1))',
  '<javascript:alert(2)>',
  '[Blandet](JaVaScRiPt:alert(3))',
  '[Tab](java&#x09;script:alert(4))',
  '[Linjeskift](java&#10;script:alert(5))',
  '[VB](vbscript:alert(6))',
  '[Data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)',
  '![Bilde](javascript:alert(8))',
  '[Referanse][x]\n\n[x]: javascript:alert(9)',
]
const TEXTS = ['Les mer', 'javascript:alert(2)', 'Blandet', 'Tab', 'Linjeskift', 'VB', 'Data', 'Bilde', 'Referanse']

describe.skipIf(!HAVE_CHROMIUM)('hostile links in a generated copy, in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('no link or image leads anywhere but http(s), mailto or the page, and clicking runs no script', async () => {
    const body = `${SMALL_BODY}\n## 3. Lenker\n\n[Trygg](https://www.unn.no/) [Anker](#x)\n\n${LINKS.join('\n\n')}\n`
    const g = await generateInstances(smallSet(body), registry([kommuneYaml('Harstad', '5503')]), { date: '2024-06-01', formats: ['html'] })
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-lenker-'))
    const file = path.join(dir, 'kopi.html')
    await writeFile(file, g.files[0]!.data)

    const { page, problems } = await open(browser, file)
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    // As the browser resolved them: a.href and img.src are absolute URLs.
    const resolved = [
      ...(await page.locator('a[href]').evaluateAll((els) => els.map((e) => (e as unknown as { href: string }).href))),
      ...(await page.locator('img[src]').evaluateAll((els) => els.map((e) => (e as unknown as { src: string }).src))),
    ]
    const protocols = resolved.map((u) => new URL(u).protocol)
    expect(protocols.length).toBeGreaterThanOrEqual(2)
    for (const p of protocols) expect(['https:', 'http:', 'mailto:', 'file:']).toContain(p)

    const text = await page.locator('main').innerText()
    for (const t of TEXTS) {
      expect(text).toContain(t)
      await page.getByText(t, { exact: false }).first().click()
    }
    await page.waitForTimeout(200)
    expect(dialogs).toEqual([])
    expect(page.url()).toBe(`file://${file}`)
    expect(problems).toEqual([])
  })
})
