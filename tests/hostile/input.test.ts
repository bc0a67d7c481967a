import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { readAgreementSet } from '../../src/parse/load.js'
import { frontMatter, captureIo } from '../helpers.js'

describe('hostile input folders', () => {
  it('an unreadable entry (a folder named like a document, a dangling link) is an error at its path; the rest is read', async () => {
    // As root, file modes do not stop reading, so unreadability is made of other stuff.
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-hostile-'))
    await writeFile(path.join(dir, '01-ok.md'), frontMatter() + '# T\n\n## 1. A\n')
    await mkdir(path.join(dir, '02-mappe.md'))
    await symlink(path.join(dir, 'finnes-ikke.md'), path.join(dir, '03-brutt.md'))
    const { set, errors } = await readAgreementSet(dir)
    expect(set.documents.map((d) => path.basename(d.path))).toEqual(['01-ok.md'])
    expect(errors.map((e) => [path.basename(e.file ?? ''), e.message])).toEqual([
      ['02-mappe.md', 'Er en mappe, ikke en fil'],
      ['03-brutt.md', 'Finner ikke filen eller mappen'],
    ])
    const io = captureIo()
    expect(await runCli(['validate', dir, '--format', 'json'], io)).toBe(1)
    expect(JSON.parse(io.out).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'parse')).toHaveLength(2)
  })

  it('NUL and right-to-left characters in a document do not crash the tools', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-hostile-'))
    await writeFile(path.join(dir, 'rtl.md'), frontMatter() + '# \u202eTittel\u202c\n\n## 1. A \u200f\u202e kommune\n\nTekst med \u2067isolat\u2069 og XX kommune.\n')
    await writeFile(path.join(dir, 'nul.md'), frontMatter({ id: 'retningslinje-2', number: 2 }) + '# T\n\nTekst\u0000mer\n')
    const io = captureIo()
    expect(await runCli(['validate', dir, '--format', 'json'], io)).toBe(1)
    const diagnostics = JSON.parse(io.out).diagnostics as Array<{ ruleId: string; file: string; message: string }>
    expect(diagnostics.find((d) => d.file.endsWith('nul.md'))).toMatchObject({ ruleId: 'parse', message: expect.stringMatching(/binær/) })
    expect(diagnostics.some((d) => d.file.endsWith('rtl.md') && d.ruleId === 'placeholder')).toBe(true)
  })

  it('a very large and a deeply nested document get typed errors through the CLI', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-hostile-'))
    await writeFile(path.join(dir, 'stor.md'), frontMatter() + 'Tekst. '.repeat(800_000))
    await writeFile(path.join(dir, 'dyp.md'), frontMatter({ id: 'retningslinje-2', number: 2 }) + '> '.repeat(5_000) + 'x\n')
    const io = captureIo()
    expect(await runCli(['parse', dir], io)).toBe(2)
    expect(io.err).toContain(`${path.join(dir, 'dyp.md')}:`)
    expect(io.err).toMatch(/nestet for dypt/)
    expect(io.err).toMatch(/stor\.md:1: Filen er for stor \(5,3 MB\); grensen er 2,0 MB/)
  })
})
