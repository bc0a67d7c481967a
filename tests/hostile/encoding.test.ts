/**
 * UTF-8 is required (a BOM is allowed); other encodings are a clear error with a guess and the
 * first bad line, never silent U+FFFD. Lone CR line ends are normalised; characters XML 1.0
 * forbids are refused at their line in agreement text, front matter and the YAML data files.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { loadInnspill } from '../../src/horing/load.js'
import { firstInvalidUtf8 } from '../../src/parse/decode.js'
import { parseDocument } from '../../src/parse/document.js'
import { loadDocument } from '../../src/parse/load.js'
import { loadSignatures } from '../../src/status/load.js'
import { frontMatter } from '../helpers.js'

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-enc-'))
  const p = path.join(dir, name)
  await writeFile(p, content)
  return p
}

async function failure(p: Promise<unknown>): Promise<AvtaleverkError> {
  try {
    await p
  } catch (e) {
    if (e instanceof AvtaleverkError) return e
    throw e
  }
  throw new Error('no error')
}

const DOC = frontMatter() + '# T\n\n## 1. A\n\nTromsø kommune.\n'
/** Line of «Tromsø kommune.» in DOC. */
const TROMSO_LINE = DOC.split('\n').indexOf('Tromsø kommune.') + 1

describe('encodings', () => {
  it('UTF-8 with a BOM is read, the BOM dropped', async () => {
    const doc = await loadDocument(await file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC)])))
    expect(doc.source.startsWith('---')).toBe(true)
    expect(doc.sections[0]!.text).toContain('Tromsø')
  })

  it('Latin-1 («Tromsø» with ø as 0xF8) is an error naming the guess and the line, not U+FFFD', async () => {
    const e = await failure(loadDocument(await file('latin1.md', Buffer.from(DOC, 'latin1'))))
    expect(e).toMatchObject({ code: 'tegnkoding', line: TROMSO_LINE })
    expect(e.message).toMatch(/ikke UTF-8 \(ser ut som Latin-1 \(ISO-8859-1\) eller Windows-1252\); første tegn som ikke er UTF-8 står på linje \d+/)
  })

  it('Windows-1252 (curly quotes 0x93 0x94) is named as such', async () => {
    const bytes = Buffer.concat([Buffer.from(frontMatter() + '# T\n\nSe '), Buffer.from([0x93]), Buffer.from('punkt'), Buffer.from([0x94]), Buffer.from('\n')])
    const e = await failure(loadDocument(await file('cp1252.md', bytes)))
    expect(e).toMatchObject({ code: 'tegnkoding', line: 12 })
    expect(e.message).toMatch(/ser ut som Windows-1252\)/)
  })

  it('UTF-16, with or without a BOM, is named as UTF-16 (not called binary)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DOC, 'utf16le')])
    expect(await failure(loadDocument(await file('u16.md', le)))).toMatchObject({ code: 'tegnkoding', message: expect.stringMatching(/UTF-16/) })
    const bare = Buffer.from(DOC, 'utf16le')
    expect(await failure(loadDocument(await file('u16b.md', bare)))).toMatchObject({ code: 'tegnkoding', message: expect.stringMatching(/UTF-16/) })
  })

  it('YAML data files are decoded strictly too', async () => {
    const e = await failure(loadSignatures(await file('signaturer.yaml', Buffer.from('signaturer:\n  - kommune: Tromsø\n', 'latin1'))))
    expect(e).toMatchObject({ code: 'tegnkoding', line: 2 })
  })

  it('firstInvalidUtf8 finds overlongs, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('abc ø €'))).toBe(-1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2)
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0)
  })
})

describe('line endings', () => {
  it('lone CR line ends are normalised, so errors point at the right line', async () => {
    const text = frontMatter().replace('date: 2024-01-01', 'date: [') + '# T\n'
    const e = await failure(loadDocument(await file('cr.md', text.replace(/\n/g, '\r'))))
    const lf = await failure(loadDocument(await file('lf.md', text)))
    expect(e.line).toBe(lf.line)
    expect(e.line).toBeGreaterThan(1)
    const doc = await loadDocument(await file('cr-ok.md', DOC.replace(/\n/g, '\r')))
    expect(doc.sections.map((s) => [s.title, s.headingRange.start.line])).toEqual([['A', 12]])
  })
})

describe('characters XML 1.0 forbids', () => {
  const forbidden = ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\ufffe', '\uffff', '\ud800', '\udc00']
  it.each(forbidden.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s in agreement text is refused at its line', (_name, c) => {
    try {
      parseDocument(DOC.replace('Tromsø', `Troms${c}`), { path: 'c.md' })
      expect.unreachable()
    } catch (e) {
      expect(e).toMatchObject({ code: 'tegnkoding', file: 'c.md', line: TROMSO_LINE })
    }
  })

  it('tab, a paired surrogate (emoji) and right-to-left marks are allowed', () => {
    expect(() => parseDocument(DOC.replace('Tromsø', 'Troms\tø 😀 \u202e'), { path: 'ok.md' })).not.toThrow()
  })

  it('in front matter, at the key\'s line', () => {
    const text = frontMatter({ title: 'Te\u0007st' }) + '# T\n'
    expect(() => parseDocument(text, { path: 'f.md' })).toThrow(expect.objectContaining({ code: 'tegnkoding', line: 5 }))
  })

  it('in the kommune registry, innspill and signaturer', async () => {
    const registry = await file('kommuner.yaml', 'kommuner:\n  - navn: "Troms\u001b"\n')
    expect(await failure(loadKommuneRegistry(registry))).toMatchObject({ code: 'tegnkoding', line: 2 })
    const innspill = await file('a.yaml', 'respondent:\n  kommune: Tromsø\nmottatt: 2024-01-01\ninnspill:\n  - dokument: x\n    tekst: "a\u0002"\n')
    expect(await failure(loadInnspill(path.dirname(innspill)))).toMatchObject({ code: 'tegnkoding', line: 6 })
    const signaturer = await file('signaturer.yaml', 'signaturer:\n  - kommune: "\uffff"\n')
    expect(await failure(loadSignatures(signaturer))).toMatchObject({ code: 'tegnkoding', line: 2 })
  })
})
