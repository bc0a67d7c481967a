import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { formatStatusHtml } from '../../src/render/status.js'
import { loadSignatures, loadVersions, signingStatusFromFiles } from '../../src/status/load.js'
import { captureIo, ROOT } from '../helpers.js'

const EXAMPLE = path.join(ROOT, 'examples/status')

let example: ReturnType<typeof computeExampleStatus> | undefined
/** Computed once per file: status regenerates the signed Word files to compare their hashes. */
const exampleStatus = () => (example ??= computeExampleStatus())

async function computeExampleStatus() {
  const [registry, versions, signatures] = await Promise.all([
    loadKommuneRegistry(path.join(ROOT, 'agreements/kommuner.yaml')),
    loadVersions(path.join(EXAMPLE, 'versjoner.yaml')),
    loadSignatures(path.join(EXAMPLE, 'signaturer.yaml')),
  ])
  return signingStatusFromFiles(registry, versions, signatures)
}

describe('signing status of the worked example', () => {
  it('puts each of the 24 kommuner in its state against the current version', async () => {
    const s = await exampleStatus()
    expect(s.current).toEqual({ id: '2024', dato: '2024-06-01' })
    expect(s.kommuner).toHaveLength(24)
    const state = (navn: string) => s.kommuner.find((k) => k.navn === navn)!.state
    expect([state('Tromsø'), state('Harstad'), state('Senja'), state('Lyngen'), state('Bardu')]).toEqual(['signert', 'delvis signert', 'signert eldre versjon', 'signert eldre versjon', 'ikke signert'])
    expect(s.totals).toEqual({ signert: 1, 'delvis signert': 1, 'signert eldre versjon': 2, 'ikke signert': 20 })
  })

  it('says what changed since the version a kommune signed, from the diff', async () => {
    const s = await exampleStatus()
    const senja = s.kommuner.find((k) => k.navn === 'Senja')!
    expect(senja.sinceSigned).toMatchObject({ sectionsChanged: 23, wordsAdded: 23, wordsRemoved: 34 })
    expect(senja.sinceSigned!.documents.map((d) => d.id)).toContain('retningslinje-4')
    expect(senja.sinceSigned!.documents.map((d) => d.id)).not.toContain('retningslinje-6')
  })

  it('flags the signed file whose hash matches no generated file, at its line', async () => {
    const s = await exampleStatus()
    expect(s.hashProblems).toEqual([
      { file: path.join(EXAMPLE, 'signaturer.yaml'), line: 40, message: expect.stringMatching(/^Den signerte filen «5424-lyngen\/00-samarbeidsavtale\.docx» \(Lyngen, versjon 2023\) har en annen sha256/) },
    ])
  })

  it('renders the HTML with the totals', async () => {
    expect(formatStatusHtml(await exampleStatus())).toContain('data-signert="1" data-delvis="1" data-eldre="2" data-ikke="20"')
  })

  it('runs from the CLI: versions and status', async () => {
    const v = captureIo()
    expect(await runCli(['versions', '--versjoner', path.join(EXAMPLE, 'versjoner.yaml')], v)).toBe(0)
    expect(v.out.split('\n')[1]).toMatch(/^\* 2024 +2024-06-01 +vedtatt/)
    const io = captureIo()
    expect(await runCli(['status', '--versjoner', path.join(EXAMPLE, 'versjoner.yaml'), '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out).totals['ikke signert']).toBe(20)
    const bundled = captureIo()
    expect(await runCli(['status'], bundled)).toBe(0)
    expect(bundled.out).toContain('0 signert, 0 delvis signert, 0 på eldre versjon, 24 ikke signert.')
  })
})

describe('bad status files', () => {
  it('an unknown kommune or version in signaturer.yaml is an error at its line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-status-'))
    await writeFile(path.join(dir, 'versjoner.yaml'), `versjoner:\n  - id: "2023"\n    dato: 2023-06-01\n    mappe: ${path.join(ROOT, 'agreements')}\n    status: vedtatt\n`)
    await writeFile(
      path.join(dir, 'signaturer.yaml'),
      `signaturer:\n  - kommune: Atlantis\n    part: kommune\n    versjon: "2023"\n    fil: x.docx\n    sha256: "${'0'.repeat(64)}"\n    dato: 2023-09-01\n    signatar: Ordfører\n  - kommune: Bardu\n    part: UNN\n    versjon: "1999"\n    fil: x.docx\n    sha256: "${'0'.repeat(64)}"\n    dato: 2023-09-01\n    signatar: Direktør\n`,
    )
    const io = captureIo()
    expect(await runCli(['status', '--versjoner', path.join(dir, 'versjoner.yaml')], io)).toBe(2)
    expect(io.err).toContain(`${path.join(dir, 'signaturer.yaml')}:2: Signaturlisten: kommunen «Atlantis» finnes ikke i kommuneregisteret`)
    expect(io.err).toContain(`${path.join(dir, 'signaturer.yaml')}:9: Signaturlisten: versjon «1999» finnes ikke`)
  })

  it('a schema error in versjoner.yaml is reported at the key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-status-'))
    await writeFile(path.join(dir, 'versjoner.yaml'), 'versjoner:\n  - id: "2023"\n    dato: 1. juni 2023\n    mappe: .\n    status: vedtatt\n')
    await expect(loadVersions(path.join(dir, 'versjoner.yaml'))).rejects.toMatchObject({ code: 'skjemafeil', line: 3 })
  })
})
