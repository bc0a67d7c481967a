/**
 * Every verb works on strings and in-memory sets: the test reads the example files once, then
 * calls only functions that take text or data, and compares with the path-based doors (which is
 * what the CLI calls). Nothing here may touch the file system after the reads at the top.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  agreementSet,
  buildHoringReport,
  coverageMatrix,
  diffSets,
  formatCoverage,
  formatDiagnostics,
  formatDiff,
  formatHoring,
  formatStatus,
  generateInstances,
  isCovered,
  loadAgreementSet,
  loadHoringReport,
  loadSigningStatus,
  parseDocument,
  parseInnspill,
  parseKommuneRegistry,
  parseSignatures,
  parseVersions,
  signingStatus,
  validate,
} from '../../src/index.js'
import { ROOT } from '../helpers.js'

const folderTexts = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .sort()
    .map((n) => ({ path: path.join(ROOT, dir, n), text: readFileSync(path.join(ROOT, dir, n), 'utf8') }))
const setFrom = (files: Array<{ path: string; text: string }>, root: string) => agreementSet(files.map((f) => parseDocument(f.text, { path: f.path })), root)

const AGREEMENTS = folderTexts('agreements')
const REVISION = folderTexts('examples/revisjon-2024')
const REGISTRY_FILE = path.join(ROOT, 'agreements/kommuner.yaml')
const REGISTRY = readFileSync(REGISTRY_FILE, 'utf8')
const INNSPILL_DIR = path.join(ROOT, 'examples/horing-2024/innspill')
const INNSPILL = readdirSync(INNSPILL_DIR)
  .sort()
  .map((n) => ({ file: path.join(INNSPILL_DIR, n), text: readFileSync(path.join(INNSPILL_DIR, n), 'utf8') }))
const VERSJONER_FILE = path.join(ROOT, 'examples/status/versjoner.yaml')
const VERSJONER = readFileSync(VERSJONER_FILE, 'utf8')
const SIGNATURER_FILE = path.join(ROOT, 'examples/status/signaturer.yaml')
const SIGNATURER = readFileSync(SIGNATURER_FILE, 'utf8')

describe('every verb on in-memory inputs', () => {
  const fra = setFrom(AGREEMENTS, path.join(ROOT, 'agreements'))
  const til = setFrom(REVISION, path.join(ROOT, 'examples/revisjon-2024'))

  it('parse, validate, coverage and diff from strings', async () => {
    expect(fra.documents).toHaveLength(11)
    const diagnostics = validate(fra)
    expect(diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0)
    expect(diagnostics).toEqual(validate(await loadAgreementSet(path.join(ROOT, 'agreements'))))
    expect(JSON.parse(formatDiagnostics(diagnostics, 'json')).diagnostics).toHaveLength(diagnostics.length)
    const matrix = coverageMatrix(fra)
    expect(matrix.points.every((p) => isCovered(matrix, p))).toBe(true)
    expect(formatCoverage(matrix, 'text')).toContain('14 av 14')
    const changes = diffSets(fra, til)
    expect(changes.summary.documents.revidert).toBeGreaterThan(0)
    expect(await formatDiff(changes, 'md')).toContain('<ins>')
  })

  it('generate from a registry given as text', async () => {
    const registry = parseKommuneRegistry(REGISTRY, { file: REGISTRY_FILE })
    const generation = await generateInstances(fra, registry, { date: '2023-06-01', kommuner: ['Tromsø'], formats: ['md'] })
    expect(generation.files.map((f) => f.path)).toContain('5401-tromso/00-samarbeidsavtale.md')
  })

  it('the høring report from innspill texts equals the one loadHoringReport makes from the folders', async () => {
    const respondents = INNSPILL.map((f) => parseInnspill(f.text, f.file))
    const registry = parseKommuneRegistry(REGISTRY, { file: 'agreements/kommuner.yaml' })
    const report = buildHoringReport({ respondents, fra, til, registry, frist: '2024-05-01', fraLabel: 'agreements', tilLabel: 'examples/revisjon-2024' })
    expect(report.totals).toMatchObject({ respondenter: 5, innspill: 9, forSent: 1 })
    const fromFiles = await loadHoringReport({ innspill: INNSPILL_DIR, fra: 'agreements', til: 'examples/revisjon-2024', frist: '2024-05-01' })
    expect(report).toEqual(fromFiles)
    expect(await formatHoring(report, 'md')).toContain('# Høringsoppsummering')
  })

  it('a respondent kommune not in an in-memory registry is refused', () => {
    const respondent = parseInnspill('respondent:\n  kommune: Atlantis\nmottatt: 2024-04-22\ninnspill: []\n', 'a.yaml')
    const registry = parseKommuneRegistry(REGISTRY, { file: 'kommuner.yaml' })
    expect(() => buildHoringReport({ respondents: [respondent], fra, til, registry })).toThrowError(expect.objectContaining({ code: 'skjemafeil', file: 'a.yaml', line: 2 }))
  })

  it('signing status from version and signature texts and in-memory sets equals the one from files', async () => {
    const versions = parseVersions(VERSJONER, VERSJONER_FILE)
    const signatures = parseSignatures(SIGNATURER, SIGNATURER_FILE)
    const registry = parseKommuneRegistry(REGISTRY, { file: REGISTRY_FILE })
    const report = await signingStatus(registry, versions, signatures, { sets: { '2023': fra, '2024': til } })
    expect(report.current.id).toBe('2024')
    expect(report.totals.signert).toBeGreaterThan(0)
    const fromFiles = await loadSigningStatus({ versjoner: VERSJONER_FILE })
    expect(report).toEqual(fromFiles)
    expect(formatStatus(report, 'text')).toContain('Gjeldende versjon: 2024')
  })

  it('a version missing from the given sets is looked for in its folder, and a bad folder says which version', async () => {
    const versions = parseVersions('versjoner:\n  - { id: "x", dato: "2023-06-01", mappe: ./finnes-ikke, status: vedtatt }\n', '/nowhere/versjoner.yaml')
    const registry = parseKommuneRegistry(REGISTRY, { file: REGISTRY_FILE })
    await expect(signingStatus(registry, versions, parseSignatures('signaturer:\n  - { kommune: Tromsø, part: kommune, versjon: "x", fil: 5401-tromso/00-samarbeidsavtale.md, sha256: "0000000000000000000000000000000000000000000000000000000000000000", dato: "2023-07-01", signatar: Ordfører }\n'))).rejects.toThrow(/^Versjon x: /)
    const report = await signingStatus(registry, versions, [], { sets: new Map([['x', fra]]) })
    expect(report.totals['ikke signert']).toBe(24)
  })
})
