import { mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { parseDocument } from '../../src/parse/document.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { frontMatter } from '../helpers.js'

function failure(fn: () => unknown): AvtaleverkError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AvtaleverkError)
    return e as AvtaleverkError
  }
  throw new Error('expected an AvtaleverkError')
}

describe('bad input gives a typed Norwegian error with file and line', () => {
  it('no front matter', () => {
    const e = failure(() => parseDocument('# Tittel\n\nTekst\n', { path: 'a.md' }))
    expect(e).toMatchObject({ code: 'mangler-front-matter', file: 'a.md', line: 1 })
    expect(e.message).toMatch(/Mangler front matter/)
  })

  it('invalid YAML, at the line of the fault', () => {
    const e = failure(() => parseDocument('---\nid: a\ntitle: "uten slutt\nstatus: utkast\n---\n# T\n', { path: 'b.md' }))
    expect(e.code).toBe('ugyldig-yaml')
    expect(e.file).toBe('b.md')
    expect(e.line).toBeGreaterThanOrEqual(3)
    expect(e.message).toMatch(/^Ugyldig YAML/)
  })

  it('duplicate YAML keys', () => {
    const e = failure(() => parseDocument('---\nid: a\nid: b\n---\n', { path: 'c.md' }))
    expect(e).toMatchObject({ code: 'ugyldig-yaml', line: 3 })
    expect(e.message).toMatch(/samme nøkkel/)
  })

  it('schema violations, each at the offending key', () => {
    const e = failure(() => parseDocument(frontMatter({ status: 'kladd', date: '1.6.2023' }), { path: 'd.md' }))
    expect(e.code).toBe('skjemafeil')
    const all = [e, ...e.details]
    expect(all.map((x) => x.line).sort()).toEqual([7, 8])
    expect(all.map((x) => x.message).join('\n')).toMatch(/«status» må være en av/)
    expect(all.map((x) => x.message).join('\n')).toMatch(/dato skrives ÅÅÅÅ-MM-DD/)
  })

  it('a missing required key', () => {
    const e = failure(() => parseDocument('---\nid: x\ntype: veileder\n---\n', { path: 'e.md' }))
    expect(e.code).toBe('skjemafeil')
    expect([e, ...e.details].map((x) => x.message).join('\n')).toMatch(/mangler påkrevd felt «title»/)
  })

  it('an empty file', () => {
    expect(failure(() => parseDocument('  \n\n', { path: 'f.md' }))).toMatchObject({ code: 'tom-fil', file: 'f.md', line: 1 })
  })

  it('binary garbage', () => {
    const garbage = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)).toString('utf8')
    expect(failure(() => parseDocument(garbage, { path: 'g.docx' })).code).toBe('binærfil')
  })

  it('a 5 MB file is refused before parsing', () => {
    const big = frontMatter() + '# T\n\n' + 'Avsnitt med tekst. '.repeat(280_000)
    expect(failure(() => parseDocument(big, { path: 'h.md' }))).toMatchObject({ code: 'for-stor', line: 1 })
    expect(failure(() => parseDocument(big, { path: 'h.md' })).message).toMatch(/for stor \(5,\d MB\)/)
  })

  it('a 10,000-deep nested list', () => {
    const deep = frontMatter() + '- '.repeat(10_000) + 'x\n'
    expect(failure(() => parseDocument(deep, { path: 'i.md' }))).toMatchObject({ code: 'for-dyp', file: 'i.md' })
    const quotes = frontMatter() + '> '.repeat(200) + 'x\n'
    expect(failure(() => parseDocument(quotes, { path: 'j.md' })).code).toBe('for-dyp')
  })

  it('duplicate explicit section ids', () => {
    const md = frontMatter() + '# T\n\n## 1. A {#samme}\n\ntekst\n\n## 2. B {#samme}\n'
    expect(failure(() => parseDocument(md, { path: 'k.md' }))).toMatchObject({ code: 'duplisert-id', line: 16 })
  })

  it('duplicate derived ids are kept apart, for the numbering rule to report', () => {
    const d = parseDocument(frontMatter() + '# T\n\n## 1. A\n\n## 1. B\n', { path: 'l.md' })
    expect(d.sections.map((s) => s.id)).toEqual(['retningslinje-1/1', 'retningslinje-1/1~2'])
  })

  it('a folder reports every bad file at once, and duplicate document ids', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-'))
    await writeFile(path.join(dir, 'a.md'), frontMatter())
    await writeFile(path.join(dir, 'b.md'), frontMatter())
    await writeFile(path.join(dir, 'c.md'), '')
    const e = await loadAgreementSet(dir).then(
      () => null,
      (x: AvtaleverkError) => x,
    )
    expect(e).toBeInstanceOf(AvtaleverkError)
    const all = [e!, ...e!.details]
    expect(all.map((x) => x.code).sort()).toEqual(['duplisert-id', 'tom-fil'])
    expect(all.find((x) => x.code === 'duplisert-id')!.file).toBe(path.join(dir, 'b.md'))
  })

  it('a missing path and a symlink out of the folder', async () => {
    await expect(loadAgreementSet('/finnes/ikke')).rejects.toMatchObject({ code: 'lesefeil', message: 'Finner ikke filen eller mappen' })
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-'))
    const outside = await mkdtemp(path.join(tmpdir(), 'avtaleverk-ute-'))
    await writeFile(path.join(outside, 'hemmelig.md'), frontMatter())
    await symlink(path.join(outside, 'hemmelig.md'), path.join(dir, 'lenke.md'))
    await expect(loadAgreementSet(dir)).rejects.toMatchObject({ code: 'lesefeil', message: expect.stringMatching(/Symbolsk lenke peker ut av mappen/) })
  })

  it('YAML cannot pollute Object.prototype', () => {
    const d = parseDocument('---\nid: a\ntype: veileder\ntitle: T\nversion: "1"\nstatus: utkast\ndate: 2024-01-01\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n---\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(d.frontMatter)).not.toContain('__proto__')
  })
})
