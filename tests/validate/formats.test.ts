import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import ajvDraft04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { formatGithub } from '../../src/render/diagnostics/github.js'
import { formatJson } from '../../src/render/diagnostics/json.js'
import { formatSarif } from '../../src/render/diagnostics/sarif.js'
import { formatStylish } from '../../src/render/diagnostics/stylish.js'
import { validate } from '../../src/validate/index.js'
import type { Diagnostic } from '../../src/validate/types.js'
import { corpusProfile, loadCorpus, ROOT, captureIo } from '../helpers.js'

const sample: Diagnostic[] = [
  { ruleId: 'cross-reference', severity: 'error', message: 'Henvisning, med komma: og kolon\nog linjeskift 100%', file: 'agreements/01-retningslinje-1.md', line: 78, column: 101, endLine: 78, endColumn: 133 },
  { ruleId: 'law-citation', severity: 'warning', message: 'Feil dato', file: 'agreements/00-samarbeidsavtale.md', line: 22, column: 20 },
  { ruleId: 'terminology', severity: 'info', message: 'Gammelt ord', file: 'agreements/00-samarbeidsavtale.md', line: 24, column: 21 },
]

describe('formatters', () => {
  it('github: workflow annotations, escaped', () => {
    expect(formatGithub(sample).split('\n')).toEqual([
      '::error file=agreements/01-retningslinje-1.md,line=78,col=101,endLine=78,endColumn=133,title=avtaleverk cross-reference::Henvisning, med komma: og kolon%0Aog linjeskift 100%25',
      '::warning file=agreements/00-samarbeidsavtale.md,line=22,col=20,title=avtaleverk law-citation::Feil dato',
      '::notice file=agreements/00-samarbeidsavtale.md,line=24,col=21,title=avtaleverk terminology::Gammelt ord',
      '',
    ])
  })

  it('sarif: valid SARIF 2.1.0 for the real corpus run', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // ajv-draft-04 is CommonJS with the class as both module.exports and .default.
    const AjvDraft04 = (ajvDraft04 as unknown as { default: typeof Ajv }).default
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false })
    const check = ajv.compile(schema)
    const diagnostics = validate(await loadCorpus(), { profile: await corpusProfile() })
    const log = JSON.parse(formatSarif(diagnostics, { root: ROOT, version: '1.2.3' }))
    expect(check(log), JSON.stringify(check.errors?.slice(0, 3))).toBe(true)
    expect(log.runs[0].results).toHaveLength(diagnostics.length)
    const first = log.runs[0].results[0]
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('agreements/00-samarbeidsavtale.md')
    expect(log.runs[0].tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId)
    expect(log.runs[0].results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(diagnostics.filter((d) => d.severity === 'info').length)
  })

  it('json: follows schemas/diagnostics.schema.json', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/diagnostics.schema.json'), 'utf8'))
    const check = new Ajv({ allErrors: true, strict: true }).compile(schema)
    const out = JSON.parse(formatJson(validate(await loadCorpus(), { profile: await corpusProfile() })))
    expect(check(out), JSON.stringify(check.errors)).toBe(true)
    expect(out.summary).toEqual({ errors: 8, warnings: 26, infos: 30 })
  })

  it('stylish: grouped by file with a summary, no colour unless asked', () => {
    const text = formatStylish(sample)
    expect(text).toContain('agreements/00-samarbeidsavtale.md\n  22:20  warning  Feil dato  law-citation\n  24:21  info     Gammelt ord  terminology')
    expect(text).toContain('✖ 3 funn (1 feil, 1 advarsel, 1 info)')
    expect(text).not.toContain('\u001b[')
    expect(formatStylish(sample, { color: true })).toContain('\u001b[31m')
    expect(formatStylish([])).toBe('Ingen funn.\n')
  })
})

describe('avtaleverk validate', () => {
  it('exits 1 on the corpus (it has errors) and prints stylish output', async () => {
    const io = captureIo()
    expect(await runCli(['validate', 'agreements'], io)).toBe(1)
    expect(io.out).toContain('✖ 64 funn (8 feil, 26 advarsler, 30 info)')
  })

  it('exits 0 when the erroring rules are off, and 1 again with --max-warnings 0', async () => {
    const off = ['cross-reference', 'numbering'].map((r) => `  ${r}: off`).join('\n')
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'avtaleverk-cfg-'))
    const config = path.join(dir, 'avtaleverk.config.yaml')
    await writeFile(config, `rules:\n${off}\n`)
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--config', config, '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out).summary.errors).toBe(0)
    expect(await runCli(['validate', 'agreements', '--config', config, '--max-warnings', '0'], captureIo())).toBe(1)
  })

  it('rejects a config that breaks its schema, at the key', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'avtaleverk-cfg-'))
    const config = path.join(dir, 'avtaleverk.config.yaml')
    await writeFile(config, 'rules:\n  numbering: kanskje\n')
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--config', config], io)).toBe(2)
    expect(io.err).toMatch(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: Konfigurasjon: «rules.numbering» `))
  })

  it('exits 2 on a missing path and on an unknown format', async () => {
    expect(await runCli(['validate', 'finnes-ikke'], captureIo())).toBe(2)
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--format', 'xml'], io)).toBe(2)
    expect(io.err).toContain('Ukjent format «xml»')
  })

  it('github format prints one annotation per diagnostic', async () => {
    const io = captureIo()
    await runCli(['validate', 'agreements', '--format', 'github'], io)
    const lines = io.out.trim().split('\n')
    expect(lines).toHaveLength(64)
    expect(lines).toContain('::error file=agreements/04-retningslinje-4.md,line=63,col=1,endLine=63,endColumn=81,title=avtaleverk numbering::Punkt 4 finnes fra før (linje 30); ventet 5')
  })
})

describe('avtaleverk coverage', () => {
  it('prints the matrix and a self-contained HTML page with the right counts', async () => {
    const io = captureIo()
    expect(await runCli(['coverage', 'agreements'], io)).toBe(0)
    expect(io.out).toMatch(/^nr\. 12\s+KS /m)
    expect(io.out).toContain('14 av 14 krav dekket.')
    const html = captureIo()
    expect(await runCli(['coverage', 'agreements', '--format', 'html'], html)).toBe(0)
    expect(html.out).toMatch(/^<!doctype html>/)
    expect(html.out).toContain('data-covered="14" data-total="14"')
    expect(html.out).not.toMatch(/<script|<link|src="http/)
    const json = captureIo()
    await runCli(['coverage', 'agreements', '--format', 'json'], json)
    expect(JSON.parse(json.out).cells['12'].samarbeidsavtale).toEqual({ claimed: true, citedIn: ['samarbeidsavtale/del-1/9'], addressedIn: [] })
  })
})
