import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { AGREEMENTS, captureIo, ROOT } from '../helpers.js'
import { kommuneYaml, registryText, removeTempDirs, tempDir, writeTree } from './helpers.js'

afterAll(removeTempDirs)

const run = promisify(execFile)

describe('avtaleverk generate', () => {
  it('writes the chosen kommuner and formats and says what it did', async () => {
    const out = path.join(await tempDir(), 'kommuner')
    const io = captureIo()
    const code = await runCli(['generate', AGREEMENTS, '--dato', '2023-06-01', '--kommune', '5401', '--kommune', 'Harstad,Målselv', '--format', 'md,html', '--out', out], io)
    expect(io.err).toBe('')
    expect(code).toBe(0)
    expect(io.out).toBe(
      `Lagde 3 kommuner × 11 dokumenter × 2 formater (md, html) = 66 filer, datert 2023-06-01, i ${out}\n` +
        `${path.join(out, 'manifest.json')} har sha256 for hver fil og for malene og kommuneregisteret.\n`,
    )
    expect((await readdir(out)).sort()).toEqual(['5401-tromso', '5402-harstad', '5418-malselv', 'manifest.json'])
  })

  it('exits 2, writing nothing, when any kommune fails', async () => {
    const dir = await tempDir()
    await writeTree(dir, { 'kommuner.yaml': registryText([kommuneYaml('Tromsø', '5501'), kommuneYaml('X', '5503')]) })
    const io = captureIo()
    const out = path.join(dir, 'ut')
    expect(await runCli(['generate', AGREEMENTS, '--kommuner', path.join(dir, 'kommuner.yaml'), '--dato', '2023-06-01', '--out', out], io)).toBe(2)
    expect(io.err).toMatch(new RegExp(`^${AGREEMENTS}/00-samarbeidsavtale.md:12:27: 5503 X: den ferdige teksten har en plassholder: «X kommune»\\n`))
    expect(io.out).toBe('')
    expect(await readdir(dir)).toEqual(['kommuner.yaml'])
  })

  it('exits 2 on a registry error, at its line', async () => {
    const dir = await tempDir()
    await writeTree(dir, { 'kommuner.yaml': registryText([kommuneYaml('Tromsø', '5501'), '  - navn: Harstad\n    nummer: 5503\n']) })
    const io = captureIo()
    expect(await runCli(['generate', AGREEMENTS, '--kommuner', path.join(dir, 'kommuner.yaml'), '--dato', '2023-06-01', '--out', path.join(dir, 'ut')], io)).toBe(2)
    expect(io.err).toBe(`${path.join(dir, 'kommuner.yaml')}:9: Kommuneregisteret: kommune 2 (Harstad): «nummer» skal være en tekst, eller en liste med «verdi» og «gyldig_fra»\n`)
  })

  it('exits 2 on usage errors', async () => {
    const out = path.join(await tempDir(), 'ut')
    const cases: Array<[string[], RegExp]> = [
      [['generate', AGREEMENTS, '--out', out], /--dato/],
      [['generate', AGREEMENTS, '--dato', '2023-06-01'], /--out/],
      [['generate', AGREEMENTS, '--dato', '1. juni 2023', '--out', out], /ikke «1. juni 2023»/],
      [['generate', AGREEMENTS, '--dato', '2023-06-01', '--out', out, '--format', 'pdf'], /Ukjent format «pdf»; bruk md, html, docx/],
      [['generate', AGREEMENTS, '--dato', '2023-06-01', '--out', out, '--kommune', 'Bodø'], /Finner ingen kommune «Bodø»/],
    ]
    for (const [argv, message] of cases) {
      const io = captureIo()
      expect(await runCli(argv, io), argv.join(' ')).toBe(2)
      expect(io.err, argv.join(' ')).toMatch(message)
    }
  })

  it('as the installed bin: generates all 24 kommuner, then refuses to overwrite them', { timeout: 120_000 }, async () => {
    const out = path.join(await tempDir(), 'kommuner')
    const bin = path.join(ROOT, 'dist/cli.js')
    const args = [bin, 'generate', 'agreements/', '--dato', '2023-06-01', '--format', 'md', '--out', out]
    const { stdout } = await run(process.execPath, args, { cwd: ROOT })
    expect(stdout).toContain('Lagde 24 kommuner × 11 dokumenter × 1 format (md) = 264 filer')
    const manifest = await readFile(path.join(out, 'manifest.json'))
    const failed = await run(process.execPath, args, { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e)
    expect(failed).toMatchObject({ code: 2, stderr: `${path.join(out, '5401-tromso/00-samarbeidsavtale.md')}: Filen finnes fra før (og 264 til); bruk --force for å skrive over. Ingen filer er skrevet\n` })
    await run(process.execPath, [...args, '--force'], { cwd: ROOT })
    expect((await readFile(path.join(out, 'manifest.json'))).equals(manifest)).toBe(true)
  })
})
