/** `avtaleverk diff`: exit codes, output files, formats, --ignore-formatting and --update-labels. */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv } from 'ajv'
import { afterEach, describe, expect, it } from 'vitest'
import schema from '../../schemas/changeset.schema.json' with { type: 'json' }
import { runCli } from '../../src/cli/program.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { AGREEMENTS, captureIo, frontMatter, ROOT } from '../helpers.js'
import { BASE, REVISION } from './fixtures.js'

const temps: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-diff-'))
  temps.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('avtaleverk diff: exit codes', () => {
  it('exits 0 for identical versions and 1 when the text changed, like diff', async () => {
    const same = captureIo()
    expect(await runCli(['diff', AGREEMENTS, AGREEMENTS], same)).toBe(0)
    expect(same.out).toContain('0 punkter endret')
    const changed = captureIo()
    expect(await runCli(['diff', AGREEMENTS, REVISION], changed)).toBe(1)
    expect(changed.err).toBe('')
  })

  it('exits 2 on unreadable input, unknown formats and bad options, with a Norwegian message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['diff', AGREEMENTS, 'finnes-ikke'], /finnes-ikke: Finner ikke filen eller mappen/u],
      [['diff', AGREEMENTS, REVISION, '--format', 'pdf'], /Ukjent format «pdf»/u],
      [['diff', AGREEMENTS, REVISION, '--format', 'docx'], /må skrives til en fil/u],
      [['diff', AGREEMENTS, REVISION, '--dato', '1.3.2024'], /--dato må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD/u],
      [['diff', AGREEMENTS], /Oppgi to versjoner/u],
    ]
    for (const [args, message] of cases) {
      const io = captureIo()
      expect(await runCli(args, io), args.join(' ')).toBe(2)
      expect(io.err).toMatch(message)
    }
  })

  it('works as the installed bin', async () => {
    const bin = path.join(ROOT, 'dist/cli.js')
    const failed = await promisify(execFile)(process.execPath, [bin, 'diff', 'agreements', 'examples/revisjon-2024', '--format', 'md'], { cwd: ROOT }).catch((e: { code: number; stdout: string }) => e)
    expect(failed).toMatchObject({ code: 1 })
    expect((failed as { stdout: string }).stdout).toContain('<del>Enderingen</del><ins>Endringen</ins>')
  })
})

describe('avtaleverk diff: output', () => {
  it('writes JSON that the ChangeSet schema accepts', async () => {
    const io = captureIo()
    expect(await runCli(['diff', AGREEMENTS, REVISION, '--format', 'json'], io)).toBe(1)
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
    expect(validate(JSON.parse(io.out)), JSON.stringify(validate.errors)).toBe(true)
  })

  it('writes --out through a temporary file and refuses to overwrite without --force', async () => {
    const dir = tempDir()
    const out = path.join(dir, 'endringer.docx')
    expect(await runCli(['diff', AGREEMENTS, REVISION, '--format', 'docx', '--out', out, '--author', 'SSU', '--dato', '2024-04-02'], captureIo())).toBe(1)
    expect(docxPart(readFileSync(out), 'word/document.xml')).toContain('w:author="SSU" w:date="2024-04-02T00:00:00Z"')
    const again = captureIo()
    expect(await runCli(['diff', AGREEMENTS, REVISION, '--format', 'html', '--out', out], again)).toBe(2)
    expect(again.err).toContain('Filen finnes fra før; bruk --force')
    expect(await runCli(['diff', AGREEMENTS, REVISION, '--format', 'html', '--out', out, '--force'], captureIo())).toBe(1)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/u)
    expect(readdirSync(dir)).toEqual(['endringer.docx'])
  })

  it('--ignore-formatting: a rewrapped paragraph is no change', async () => {
    const [a, b] = [tempDir(), tempDir()]
    const doc = (body: string) => `${frontMatter({ id: 'retningslinje-7', number: 7 })}\n# RETNINGSLINJE nr. 7: Test\n\n${body}`
    writeFileSync(path.join(a, 'r7.md'), doc(BASE))
    writeFileSync(path.join(b, 'r7.md'), doc(BASE.replace('utskrivning. UNN varsler', 'utskrivning.\nUNN  varsler')))
    expect(await runCli(['diff', a, b], captureIo())).toBe(1)
    expect(await runCli(['diff', a, b, '--ignore-formatting'], captureIo())).toBe(0)
  })
})

describe('avtaleverk diff --update-labels', () => {
  it('writes each høring label into the new version, changing only that line', async () => {
    const dir = tempDir()
    cpSync(REVISION, dir, { recursive: true })
    const io = captureIo()
    expect(await runCli(['diff', AGREEMENTS, dir, '--update-labels', '--format', 'json'], io), io.err).toBe(2)
    expect(io.err).toMatch(/Filen finnes fra før \(og \d+ til\); bruk --force/)
    expect(io.out, 'nothing written, not even the report').toBe('')
    expect(await runCli(['diff', AGREEMENTS, dir, '--update-labels', '--force', '--format', 'json'], io)).toBe(1)
    for (const file of readdirSync(REVISION).filter((f) => f !== 'README.md')) {
      const after = readFileSync(path.join(dir, file), 'utf8')
      const line = /^hearing: (?:revidert|uendret) etter høringsrunde\n/mu.exec(after)
      expect(line, file).not.toBeNull()
      expect(after.replace(line![0], ''), file).toBe(readFileSync(path.join(REVISION, file), 'utf8'))
    }
    expect(readdirSync(dir).sort(), 'no temporary files left').toEqual(readdirSync(REVISION).sort())
    const label = (file: string) => /^hearing: (.*)$/mu.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1]
    expect(label('04-retningslinje-4.md')).toBe('revidert etter høringsrunde')
    expect(label('06-retningslinje-6.md')).toBe('uendret etter høringsrunde')
    // Where the transcription keeps it: after the anchor.
    expect(readFileSync(path.join(dir, '06-retningslinje-6.md'), 'utf8')).toContain('anchor: samarbeidsavtale/del-2/2.6\nhearing: uendret etter høringsrunde\nreplaces:')
    expect(io.err).toContain('06-retningslinje-6.md: høringsmerke satt til «uendret etter høringsrunde»')

    const twice = captureIo()
    expect(await runCli(['diff', AGREEMENTS, dir, '--update-labels', '--force'], twice)).toBe(1)
    expect(twice.err).toBe('Høringsmerkene var allerede riktige.\n')
  })

  it('refuses to write labels into a git revision', async () => {
    const io = captureIo()
    expect(await runCli(['diff', AGREEMENTS, '--from', 'HEAD', '--to', 'HEAD', '--update-labels'], io)).toBe(2)
    expect(io.err).toContain('--update-labels')
  })
})
