/** Inputs found in review to crash or mislead the CLI: each now gets a clear Norwegian error. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo, ROOT } from '../helpers.js'

const temp = () => mkdtemp(path.join(tmpdir(), 'avtaleverk-review-'))

describe('no "uventet feil" on user mistakes', () => {
  it('a regular expression in the config that does not compile', async () => {
    const config = path.join(await temp(), 'avtaleverk.config.yaml')
    await writeFile(config, 'rules:\n  terminology:\n    options:\n      glossary:\n        - term: "tjeneste(avtale"\n          preferred: retningslinje\n')
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--config', config], io)).toBe(2)
    expect(io.err).toBe(`${config}:5: Konfigurasjon: rules.terminology.options.glossary.term «tjeneste(avtale» er ikke et gyldig regulært uttrykk\n`)
  })

  it('a broken package.json beside the agreements is not taken for a config', async () => {
    const dir = await temp()
    await writeFile(path.join(dir, 'package.json'), '{ "name": "x", }')
    await writeFile(path.join(dir, 'a.md'), '---\nid: a\ntype: veileder\ntitle: A\nversion: "1"\nstatus: utkast\ndate: 2024-01-01\n---\n# A\n')
    const io = captureIo()
    // A lone veileder is a partial set: one info, exit 0. What matters is no crash and no config error.
    expect(await runCli(['validate', dir], io)).toBe(0)
    expect(io.err).toBe('')
    expect(io.out).toContain('partial-set')
  })

  it('an empty --kommune is an unknown kommune, not all 24', async () => {
    const io = captureIo()
    expect(await runCli(['generate', 'agreements', '--dato', '2023-06-01', '--kommune', '', '--out', path.join(await temp(), 'ut')], io)).toBe(2)
    expect(io.err).toContain('Finner ingen kommune «»')
  })

  it('--out naming a folder, and generate --out naming a file', async () => {
    const dir = await temp()
    const io = captureIo()
    expect(await runCli(['coverage', 'agreements', '--format', 'html', '--out', dir, '--force'], io)).toBe(2)
    expect(io.err).toBe(`${dir}: Dette er en mappe; oppgi et filnavn, for eksempel rapport.html\n`)
    const file = path.join(dir, 'fil')
    await writeFile(file, 'x')
    const gen = captureIo()
    expect(await runCli(['generate', 'agreements', '--dato', '2023-06-01', '--kommune', 'Bardu', '--format', 'md', '--out', file], gen)).toBe(2)
    expect(gen.err).toBe(`${file}: Kunne ikke skrive: en fil står der det skal være en mappe; ingen filer er skrevet\n`)
  })

  it('a coat of arms that is a folder', async () => {
    const dir = await temp()
    await mkdir(path.join(dir, 'vaapen.png'))
    await writeFile(path.join(dir, 'kommuner.yaml'), 'kommuner:\n  - navn: Bardu\n    nummer: "5520"\n    fylke: Troms\n    regionrad: Midt-Tromsrådet\n    vaapen: vaapen.png\n')
    const io = captureIo()
    expect(await runCli(['generate', 'agreements', '--kommuner', path.join(dir, 'kommuner.yaml'), '--dato', '2024-06-01', '--out', path.join(dir, 'ut')], io)).toBe(2)
    expect(io.err).toBe(`${path.join(dir, 'vaapen.png')}: Våpenfilen er en mappe, ikke en bildefil\n`)
  })

  it('status finds the registry from outside the repository', async () => {
    const io = captureIo()
    io.cwd = tmpdir()
    expect(await runCli(['status', '--versjoner', path.join(ROOT, 'examples/status/versjoner.yaml'), '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out).kommuner).toHaveLength(24)
  })

  it('commander’s usage errors are in Norwegian', async () => {
    const io = captureIo()
    expect(await runCli(['validate', '--foo'], io)).toBe(2)
    expect(io.err).toBe('feil: ukjent valg «--foo»\n')
  })
})

describe('help', () => {
  it('has Norwegian headings', async () => {
    const io = captureIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(io.out).toMatch(/^Bruk: avtaleverk \[valg\] \[kommando\]/)
    expect(io.out).toMatch(/^Kommandoer:$/m)
    expect(io.out).not.toMatch(/^(Usage|Options|Commands):/m)
  })
})
