/**
 * Innspill that point at something the draft does not have, or say «tatt til følge» of a
 * section that did not change, on the bundled 2023 draft and the 2024 revision: each lands in
 * the report where the secretariat looks for it, in words a reader understands.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffSets } from '../../src/diff/changeset.js'
import { loadHoringReport } from '../../src/horing/load.js'
import { parseInnspill } from '../../src/horing/innspill.js'
import { horingReport } from '../../src/horing/report.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { loadAgreementSet } from '../../src/parse/load.js'

const REVISION = path.join(ROOT, 'examples/revisjon-2024')

function respondent(innspill: string, kommune = 'Balsfjord', mottatt = '2024-04-20') {
  return parseInnspill(`respondent:\n  kommune: ${kommune}\nmottatt: ${mottatt}\ninnspill:\n${innspill}`, `${kommune.toLowerCase()}.yaml`)
}

async function report(innspill: string, options: { frist?: string } = {}) {
  const fra = await loadCorpus()
  const til = await loadAgreementSet(REVISION)
  return horingReport([respondent(innspill)], fra, diffSets(fra, til), options)
}

describe('innspill the draft cannot place', () => {
  it('a document not in the draft', async () => {
    const r = await report('  - dokument: retningslinje-12\n    tekst: Ny retningslinje om legemidler.\n    vurdering: ikke vurdert\n')
    expect(r.ukjenteMaal).toEqual([{ file: 'balsfjord.yaml', line: 5, message: `Dokumentet «retningslinje-12» finnes ikke i utkastet (${AGREEMENTS})`, tekst: 'Balsfjord: innspillet gjelder et dokument som ikke finnes i utkastet' }])
    expect(r.totals.perDokument).toEqual({})
  })

  it('a section not in its document, named as a reader would: punkt, Del, or its words', async () => {
    const r = await report(
      [
        '  - dokument: samarbeidsavtale\n    avsnitt: samarbeidsavtale/del-9\n    tekst: a\n    vurdering: ikke vurdert',
        '  - dokument: retningslinje-3\n    avsnitt: retningslinje-3/14.2\n    tekst: b\n    vurdering: ikke vurdert',
        '  - dokument: retningslinje-3\n    avsnitt: retningslinje-3/gamle-vedlegg\n    tekst: c\n    vurdering: ikke vurdert',
        // A section that exists, but in another document.
        '  - dokument: retningslinje-3\n    avsnitt: retningslinje-2/1\n    tekst: d\n    vurdering: ikke vurdert',
      ].join('\n') + '\n',
    )
    const title = (id: string) => r.documents.find((d) => d.id === id)!.title
    expect(r.ukjenteMaal.map((u) => u.tekst)).toEqual([
      `Balsfjord: innspillet gjelder Del 9 i ${title('samarbeidsavtale')}, som ikke finnes i utkastet`,
      `Balsfjord: innspillet gjelder punkt 14.2 i ${title('retningslinje-3')}, som ikke finnes i utkastet`,
      `Balsfjord: innspillet gjelder avsnittet «gamle vedlegg» i ${title('retningslinje-3')}, som ikke finnes i utkastet`,
      `Balsfjord: innspillet gjelder punkt 1 i ${title('retningslinje-3')}, som ikke finnes i utkastet`,
    ])
    expect(r.ukjenteMaal.map((u) => u.message)).toContain('Avsnittet «retningslinje-2/1» finnes ikke i retningslinje-3 i utkastet')
    // They are still counted and shown with their document.
    expect(r.totals.perDokument).toEqual({ samarbeidsavtale: 1, 'retningslinje-3': 3 })
    expect(r.documents.find((d) => d.id === 'retningslinje-3')!.innspill.map((i) => i.tekst)).toEqual(['b', 'c', 'd'])
  })
})

describe('assessments that do not match the text', () => {
  it('«tatt til følge» of a section the final draft leaves unchanged is a merknad, by number', async () => {
    const r = await report('  - dokument: samarbeidsavtale\n    avsnitt: samarbeidsavtale/del-1/16\n    tekst: Endre punktet.\n    vurdering: tatt til følge\n')
    const doc = r.documents.find((d) => d.id === 'samarbeidsavtale')!
    expect(r.merknader).toEqual([
      {
        file: 'balsfjord.yaml',
        line: 5,
        message: `Innspillet er «tatt til følge», men 16 i samarbeidsavtale er uendret i ${REVISION}`,
        tekst: `Balsfjord: innspillet er «tatt til følge», men punkt 16 i ${doc.title} er ikke endret`,
      },
    ])
  })

  it('«ikke tatt til følge» of the same section is no merknad', async () => {
    const r = await report('  - dokument: samarbeidsavtale\n    avsnitt: samarbeidsavtale/del-1/16\n    tekst: Endre punktet.\n    vurdering: ikke tatt til følge\n')
    expect(r.merknader).toEqual([])
    expect(r.ukjenteMaal).toEqual([])
  })

  it('without frist nobody is late, and the labels are the ChangeSet’s', async () => {
    const r = await report('  - dokument: samarbeidsavtale\n    tekst: Generelt.\n    vurdering: ikke vurdert\n')
    // Without labels of their own, the sets are named by their folders.
    expect(r).toMatchObject({ frist: null, fra: AGREEMENTS, til: REVISION })
    expect(r.respondents).toMatchObject([{ navn: 'Balsfjord', forSent: false, antall: 1 }])
    expect(r.documents.find((d) => d.id === 'samarbeidsavtale')!.innspill).toMatchObject([{ tekst: 'Generelt.', forSent: false }])
  })

  it('with frist, one day late is late', async () => {
    const r = await report('  - dokument: samarbeidsavtale\n    tekst: Generelt.\n    vurdering: ikke vurdert\n', { frist: '2024-04-19' })
    expect(r.respondents).toMatchObject([{ forSent: true }])
    expect((await report('  - dokument: samarbeidsavtale\n    tekst: Generelt.\n    vurdering: ikke vurdert\n', { frist: '2024-04-20' })).respondents).toMatchObject([{ forSent: false }])
  })
})

describe('loadHoringReport and its registry', () => {
  it('without kommuner.yaml beside the draft and none named, respondents are not checked against a registry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-horing-'))
    await writeFile(path.join(dir, 'atlantis.yaml'), 'respondent:\n  kommune: Atlantis\nmottatt: 2024-04-20\ninnspill:\n  - dokument: samarbeidsavtale\n    tekst: Hei.\n    vurdering: ikke vurdert\n')
    const r = await loadHoringReport({ innspill: dir, fra: REVISION, til: REVISION })
    expect(r.respondents.map((x) => x.navn)).toEqual(['Atlantis'])
    // With the registry named (a file, or one already loaded), Atlantis is refused.
    await expect(loadHoringReport({ innspill: dir, fra: REVISION, til: REVISION, kommuner: path.join(AGREEMENTS, 'kommuner.yaml') })).rejects.toMatchObject({ message: expect.stringContaining('Atlantis') })
  })
})
