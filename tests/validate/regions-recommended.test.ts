/**
 * The real text of other helsefellesskap (tests/fixtures/regions/, transcribed by the fixtures
 * work; SOURCES.md and FORMS.md there) under the region-neutral `recommended` profile: every
 * finding `validate <region> --profile recommended` gives, nothing filtered. Each was judged by
 * reading the fixture and is a finding a reader of that text would agree with (README, «Other
 * regions»); the quoted text is beside each. The partial-set info and the notice that SOURCES.md
 * is no agreement come in every region.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { formatCoverageText } from '../../src/render/coverage.js'
import { coverageMatrix } from '../../src/validate/coverage.js'
import { validate } from '../../src/validate/index.js'
import { mergeProfiles } from '../../src/validate/profile.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { ROOT } from '../helpers.js'

const REGIONS = path.join(ROOT, 'tests/fixtures/regions')

async function findingsIn(target: string) {
  const { set, errors, skipped } = await readAgreementSet(path.join(REGIONS, target))
  return validate(set, { profile: recommendedProfile(), loadErrors: errors, skipped })
    .map((d) => `${path.relative(REGIONS, d.file)}:${d.line} ${d.ruleId} ${d.severity}`)
    .sort()
}

const sources = (region: string) => `${region}/SOURCES.md:1 parse info` // «Hoppet over: SOURCES.md er dokumentasjon, ikke et avtaledokument»

describe('validate --profile recommended on the real text of other regions', () => {
  it('Akershus (delavtale 10 alone): 3 findings', async () => {
    expect(await findingsIn('ahus')).toEqual([
      sources('ahus'),
      'ahus/delavtale-10.md:15 placeholder warning', // «mellom xxxxx kommune (heretter kalt kommunen)»
      'ahus/delavtale-10.md:3 partial-set info', // one delavtale, no samarbeidsavtale
    ])
  })

  it('Helse Bergen (2012 and 2022 overordna samarbeidsavtale, four tenesteavtalar): 8 findings', async () => {
    expect(await findingsIn('helse-bergen')).toEqual([
      sources('helse-bergen'),
      // two overordna avtalar side by side (the 2022 one «erstattar tidlegare overordna samarbeidsavtale»), and «Tenesteavtale 4» cited but not here
      'helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md:21 cross-reference info', // «(nærare omtala i pkt. 5)»: the 2022 text has no numbered headings to look it up in
      'helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md:3 partial-set info',
      'helse-bergen/overordna-samarbeidsavtale.md:16 cross-reference info', // «tenesteavtaler som omtalt i kap. 5»: the 2012 text has no numbered headings either
      'helse-bergen/overordna-samarbeidsavtale.md:3 front-matter error', // «mer enn én samarbeidsavtale»: the folder is not one set
      'helse-bergen/tenesteavtale-1.md:31 law-citation warning', // «”Lov om kommunale helse- og omsorgstjenester” av 22.juni 2011»: the act is of 24 June
      'helse-bergen/tenesteavtale-1.md:31 law-citation warning', // the same line's «§ 6.2 første ledd»: a dot where the hyphen belongs
      'helse-bergen/tenesteavtale-11.md:32 cross-reference info', // «i tråd med overordna samarbeidsavtale (pt. pkt. 8)»: no numbered headings there
    ])
  })

  it('Helse Førde (two copies of the overordna samarbeidsavtale, two delavtalar): 8 findings', async () => {
    expect(await findingsIn('helse-forde')).toEqual([
      sources('helse-forde'),
      'helse-forde/delavtale-akuttmedisinske-kjeda.md:13 placeholder warning', // «Delavtale mellom ............. kommune og Helse Førde HF»
      'helse-forde/delavtale-akuttmedisinske-kjeda.md:21 placeholder warning', // «Avtalen er inngått mellom kommune og Helse Førde HF.»
      'helse-forde/delavtale-akuttmedisinske-kjeda.md:3 partial-set info', // two copies of the overordna avtale: not one set
      'helse-forde/delavtale-utskriving-psykisk-helsevern-rus.md:8 placeholder warning', // «Delavtale mellom XX kommune og Helse Førde HF»
      'helse-forde/overordna-samarbeidsavtale-sogn-og-fjordane-helsefellesskap.md:16 law-citation warning', // «av 14.06.11»
      'helse-forde/overordna-samarbeidsavtale.md:16 law-citation warning', // «av 14.06.11»
      'helse-forde/overordna-samarbeidsavtale.md:3 front-matter error', // two samarbeidsavtaler in one folder
    ])
  })

  it('Innlandet (tjenesteavtale nr. 2 alone): 2 findings', async () => {
    // no samarbeidsavtale; «tjenesteavtale nr. 3» and «tjenesteavtale nr. 5» cited, not here
    expect(await findingsIn('innlandet')).toEqual([sources('innlandet'), 'innlandet/tjenesteavtale-2-lunner.md:3 partial-set info'])
  })

  it('Oslo (samarbeidsavtale del 1 alone, its tjenesteavtaler elsewhere): 2 findings', async () => {
    expect(await findingsIn('oslo')).toEqual([sources('oslo'), 'oslo/samarbeidsavtale-del-1.md:3 partial-set info'])
  })

  it('Sør-Rogaland (overordnet samarbeidsavtale rev. 2021, the Jæren underavtale): 4 findings', async () => {
    expect(await findingsIn('sor-rogaland')).toEqual([
      sources('sor-rogaland'),
      'sor-rogaland/lokal-samarbeidsavtale-jaeren.md:3 partial-set info', // «en konkretisering av delavtale 2A … og delavtale 10»: neither is here
      'sor-rogaland/overordnet-samarbeidsavtale.md:19 placeholder warning', // «mellom X kommune og Helse Stavanger HF»
      'sor-rogaland/overordnet-samarbeidsavtale.md:25 law-citation warning', // «av 14. juni 2011»
    ])
  })

  it('Sørlandet (delavtale 1 and 11): 2 findings', async () => {
    // «status: godkjent av kommunestyret» and the Jæren «type: underavtale» load (parse side): no schema findings.
    expect(await findingsIn('sorlandet')).toEqual([sources('sorlandet'), 'sorlandet/delavtale-1-arendal.md:3 partial-set info'])
  })

  it('no region gets a coverage error or a broken-reference error: their sets are not whole here', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const found = await findingsIn(region)
      expect(found.filter((f) => /hotjl-coverage|cross-reference error|title-consistency/.test(f)), region).toEqual([])
    }
  })
})

describe('the law in force on a real set’s date', () => {
  it('Sør-Rogaland’s overordnet samarbeidsavtale, rev. 16.08.21, is judged by the 11-point law; 12 and 13 named as now required', async () => {
    const { set } = await readAgreementSet(path.join(REGIONS, 'sor-rogaland/overordnet-samarbeidsavtale.md'))
    const matrix = coverageMatrix(set)
    expect(matrix.law).toMatchObject({ id: '2012', date: '2021-08-16' })
    expect(matrix.addedSince).toEqual([12, 13])
    const text = formatCoverageText(matrix)
    expect(text).toContain('Avtalesettet er datert 2021-08-16 og er vurdert etter § 6-2 slik den lød 1. januar 2012–31. juli 2022 (nr. 1–11 og andre ledd). Loven krever nå også nr. 12 (Felles utvikling og planlegging av tjenestene: ikke dekket) og nr. 13 (Barn og unge med sammensatte vansker: ikke dekket).')
    expect(text).toContain('Avtalesettet er ikke helt (samarbeidsavtalen viser til «delavtaler», men avtalesettet har ingen slike dokumenter): dekningen gjelder bare dokumentene som er lest inn.')
  })

  it('Helse Førde’s delavtale «Revidert november 2018» (date: 2018-11) too; Bergen’s 2022 agreement by the 13-point law', async () => {
    const forde = await readAgreementSet(path.join(REGIONS, 'helse-forde/delavtale-akuttmedisinske-kjeda.md'))
    expect(coverageMatrix(forde.set).law).toMatchObject({ id: '2012', date: '2018-11' })
    const bergen = await readAgreementSet(path.join(REGIONS, 'helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md'))
    expect(coverageMatrix(bergen.set)).toMatchObject({ law: { id: '2022', date: '2022-08-01' }, addedSince: [] })
  })

  it('a tenesteavtale’s number covers its point when the profile says so (Helse Bergen, tenesteavtale 10)', async () => {
    const { set } = await readAgreementSet(path.join(REGIONS, 'helse-bergen/tenesteavtale-10.md'))
    expect(coverageMatrix(set).cells['10']!['tenesteavtale-10']!.byNumber).toBeUndefined()
    const profile = mergeProfiles(recommendedProfile(), { law: { numberCoversPoint: ['tjenesteavtale'] } })
    expect(coverageMatrix(set, { profile }).cells['10']!['tenesteavtale-10']).toMatchObject({ claimed: false, citedIn: [], byNumber: true })
  })
})
