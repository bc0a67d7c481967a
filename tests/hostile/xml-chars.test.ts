/**
 * Characters XML 1.0 forbids (U+0001, U+0008, U+FFFE, U+FFFF, a lone surrogate) never reach a
 * Word part or an HTML page, however they got into the text: the input guards refuse them when
 * reading, and the writers strip them (src/output/xml-text.ts) in case one gets through.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { unzipSync } from 'fflate'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { generateInstances } from '../../src/generate/generate.js'
import { escapeHtml } from '../../src/output/html.js'
import { xmlText } from '../../src/output/xml-text.js'
import { kommuneYaml, registry, smallSet } from '../generate/helpers.js'

const FORBIDDEN = '\uFFFE\uFFFF\u0001\u0008\uD800'
const FORBIDDEN_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u
const HAVE_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0

/** The small set with the forbidden characters put into its tree after parsing, past any input guard. */
async function generated() {
  const set = smallSet()
  const walk = (n: Nodes) => {
    if (n.type === 'text' && n.value.includes('UNN')) n.value = n.value.replace('UNN', `UNN${FORBIDDEN}`)
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes))
  }
  walk(set.documents[0]!.tree)
  return generateInstances(set, registry([kommuneYaml('Harstad', '5503')]), { date: '2024-06-01', formats: ['docx', 'html'] })
}

describe('characters XML forbids', () => {
  it('xmlText and escapeHtml remove them and keep tab, line feed, astral characters', () => {
    expect(xmlText(`a${FORBIDDEN}\t\n\r😀b`)).toBe('a\t\n\r😀b')
    expect(escapeHtml(`<${FORBIDDEN}>`)).toBe('&lt;&gt;')
  })

  it('no Word part and no HTML page of a generated copy holds one', async () => {
    const g = await generated()
    const docx = g.files.find((f) => f.format === 'docx')!
    const parts = unzipSync(docx.data)
    for (const [name, data] of Object.entries(parts).filter(([n]) => /\.(xml|rels)$/.test(n))) expect(FORBIDDEN_RE.test(new TextDecoder().decode(data)), name).toBe(false)
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('UNN')
    const html = new TextDecoder().decode(g.files.find((f) => f.format === 'html')!.data)
    expect(FORBIDDEN_RE.test(html)).toBe(false)
  })

  it.skipIf(!HAVE_SOFFICE)('the .docx opens in LibreOffice (converts to PDF)', { timeout: 180_000 }, async () => {
    const g = await generated()
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-soffice-'))
    try {
      const file = path.join(dir, 'avtale.docx')
      await writeFile(file, g.files.find((f) => f.format === 'docx')!.data)
      // A profile of its own: another soffice running on the machine would otherwise take the job.
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 170_000 })
      expect(existsSync(path.join(dir, 'avtale.pdf')), (await readdir(dir)).join(', ')).toBe(true)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
