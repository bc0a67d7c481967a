/**
 * `avtaleverk import` from the command line: a dry run prints the report, --out writes every
 * document and manifest.json, a second run refuses to overwrite without --force, and a bad file
 * among good ones writes nothing.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { generateInstances } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { AGREEMENTS, captureIo, loadCorpus, ROOT } from '../helpers.js'
import { seedText, simplePdf } from './helpers.js'

let dir: string
let seed: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-import-'))
  seed = path.join(dir, 'seed.txt')
  await writeFile(seed, seedText())
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('avtaleverk import', () => {
  it('without --out prints the report and writes nothing', async () => {
    const io = captureIo()
    expect(await runCli(['import', seed], io)).toBe(0)
    expect(io.out).toMatch(/^00-samarbeidsavtale\.md \(samarbeidsavtale\), kildelinje/)
    expect(io.out).toContain('fyll inn: version, status, date')
    // The library's report names the option ({ variables: true }); the CLI shows its flag.
    expect(io.out).toMatch(/plassholder linje \d+:\d+: «.+» → \{\{.+\}\} \(--variables erstatter den\)/)
    expect(io.out).not.toContain('{ variables: true }')
    expect(io.err).toMatch(/^11 dokumenter, 99,\d\d % av kildens ord beholdt i rekkefølge\. Ingen filer skrevet; bruk --out MAPPE/)
    expect(await readdir(dir)).toEqual(['seed.txt'])
  }, 60_000)

  it('writes the documents and manifest.json with --out, loadable with the --felt values', async () => {
    const out = path.join(dir, 'ut')
    const io = captureIo()
    const args = ['import', seed, '--out', out, '--variables', '--felt', 'version=2023-forslag', '--felt', 'status=forslag', '--felt', 'date=2023-06-01', '-f', 'json']
    expect(await runCli(args, io)).toBe(0)
    expect((await readdir(out)).length).toBe(12)
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.documents).toHaveLength(11)
    expect(JSON.parse(io.out).fidelity.ratio).toBeGreaterThan(0.98)
    const set = await loadAgreementSet(out)
    expect(set.documents.map((d) => d.frontMatter.id)).toContain('veileder-fakturering')
    // A second run does not overwrite unasked.
    const again = captureIo()
    expect(await runCli(args, again)).toBe(2)
    expect(again.err).toMatch(/Filen finnes fra før \(og 11 til\); bruk --force for å skrive over\. Ingen filer er skrevet/)
    expect(await runCli([...args, '--force'], captureIo())).toBe(0)
  }, 120_000)

  it('writes nothing when one of the files is bad', async () => {
    const bad = path.join(dir, 'ødelagt.pdf')
    await writeFile(bad, '%PDF-1.7\nikke noe mer\n')
    const out = path.join(dir, 'ut2')
    const io = captureIo()
    expect(await runCli(['import', seed, bad, '--out', out], io)).toBe(2)
    expect(io.err).toMatch(/ødelagt\.pdf: PDF-en er ødelagt og kan ikke leses/)
    expect(await readdir(dir)).not.toContain('ut2')
  }, 60_000)

  it('explains usage errors in Norwegian', async () => {
    const io = captureIo()
    expect(await runCli(['import', seed, '--type', 'avtale'], io)).toBe(2)
    expect(io.err).toBe('Ukjent dokumenttype «avtale»; velg en av: samarbeidsavtale, retningslinje, veileder\n')
    const felt = captureIo()
    expect(await runCli(['import', seed, '--felt', 'version'], felt)).toBe(2)
    expect(felt.err).toMatch(/--felt må skrives nøkkel=verdi/)
    const missing = captureIo()
    expect(await runCli(['import', path.join(dir, 'finnes-ikke.docx')], missing)).toBe(2)
    expect(missing.err).toMatch(/finnes-ikke\.docx: Filen finnes ikke/)
  })

  it('reads a PDF as the installed bin (pdf.js finds its worker)', async () => {
    const pdf = path.join(dir, 'kort.pdf')
    await writeFile(pdf, simplePdf([[{ text: 'RETNINGSLINJE nr. 5: Forskning', size: 16 }, { text: '1. Forankring', size: 13 }, { text: 'Retningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.5.' }]]))
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'import', pdf], { cwd: dir })
    expect(stdout).toMatch(/^00-retningslinje-5\.md \(retningslinje-5\)/)
    expect(stdout).toContain('front matter anchor: "samarbeidsavtale/del-2/2.5"')
    expect(stderr).toMatch(/^1 dokument, 100,00 % av kildens ord/)
  }, 60_000)

  it('reads a Word copy as the installed bin (xmldom and mammoth are CommonJS in the bundle)', async () => {
    // The bundled bin's import() of a CommonJS package has only a default export: every .docx
    // was refused as «ugyldig XML» (DOMParser is not a constructor), here a vedtatt Kåfjord copy.
    const registry = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    const g = await generateInstances(await loadCorpus(), registry, { date: '2023-06-01', kommuner: ['Kåfjord'], formats: ['docx'], version: { id: '2023', status: 'vedtatt', dato: '2023-06-01' } })
    const copy = g.files.find((f) => f.path.endsWith('00-samarbeidsavtale.docx'))!
    const docx = path.join(dir, 'kafjord.docx')
    await writeFile(docx, copy.data)
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'import', docx], { cwd: dir })
    expect(stderr).not.toContain('ugyldig XML')
    expect(stdout).toMatch(/^00-samarbeidsavtale\.md \(samarbeidsavtale\)/)
    expect(stderr).toMatch(/^1 dokument, (?:99,[5-9]\d|100,00) % av kildens ord/)
  }, 60_000)
})
