/** § 6-2 as in force on the set's date, partial sets, and tjenesteavtale numbers as points. */
import { describe, expect, it } from 'vitest'
import { HOTJL_6_2_CURRENT, HOTJL_6_2_VERSIONS, hotjl62VersionOn, pointsAddedSince } from '../../src/law/hotjl-6-2.js'
import { formatCoverageText } from '../../src/render/coverage.js'
import { coverageMatrix, isCovered } from '../../src/validate/coverage.js'
import { validate } from '../../src/validate/index.js'
import { mergeProfiles } from '../../src/validate/profile.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { findings, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('the versions of § 6-2', () => {
  it('11 points from 2012-01-01 to 2022-07-31, 13 from 2022-08-01, the second paragraph in both', () => {
    expect(HOTJL_6_2_VERSIONS.map((v) => [v.from, v.to, v.points.length, v.secondParagraph])).toEqual([
      ['2012-01-01', '2022-07-31', 11, true],
      ['2022-08-01', null, 13, true],
    ])
    expect(HOTJL_6_2_VERSIONS.every((v) => v.source.includes('LOV-2011-06-24-30'))).toBe(true)
  })

  it('picks the version on a date, a year-month or a year (a year or month is read as its first day)', () => {
    expect(hotjl62VersionOn('2016-05-01').id).toBe('2012')
    expect(hotjl62VersionOn('2022-07-31').id).toBe('2012')
    expect(hotjl62VersionOn('2022-08-01').id).toBe('2022')
    expect(hotjl62VersionOn('2022-08').id).toBe('2022')
    expect(hotjl62VersionOn('2022').id).toBe('2012')
    expect(hotjl62VersionOn('2018-11').id).toBe('2012')
    expect(hotjl62VersionOn('2023-06-01')).toBe(HOTJL_6_2_CURRENT)
    expect(hotjl62VersionOn(undefined)).toBe(HOTJL_6_2_CURRENT)
    expect(pointsAddedSince(hotjl62VersionOn('2016')).map((p) => p.number)).toEqual([12, 13])
  })
})

/**
 * SYNTHETIC, clearly: the fixture set of tests/validate/fixtures.ts dated 2016 and without the
 * 2022 points. No real 2012-model set (samarbeidsavtale with its tjenesteavtaler) is among the
 * region fixtures: each of them is one document, or an excerpt of one.
 */
function synthetic2016(): Record<string, string> {
  const rl = [
    { title: 'Oppgaver og ansvar', points: [1] },
    { title: 'Behandlingsforløp', points: [2, 3, 5] },
    { title: 'Øyeblikkelig hjelp', points: [4] },
    { title: 'Kunnskapsoverføring', points: [6, 7, 8, 9, 10, 11] },
  ]
  const files: Record<string, string> = {
    '00-samarbeidsavtale.md': samarbeidsavtale(rl).replace('date: 2024-01-01', 'date: 2016-05-01').replace('hotjl: [12]', 'hotjl: []').replace('Hotjl. § 6-2, pkt. 12. ', ''),
  }
  rl.forEach((r, i) => (files[`0${i + 1}-retningslinje-${i + 1}.md`] = retningslinje(i + 1, r.title, r.points)))
  return files
}

describe('coverage judged by the law in force on the set’s date', () => {
  it('a 2016 set (synthetic) meets the 11-point law, and is told once that 12 and 13 are now required', () => {
    const set = setOf(synthetic2016())
    const matrix = coverageMatrix(set)
    expect(matrix.law).toMatchObject({ id: '2012', from: '2012-01-01', to: '2022-07-31', date: '2016-05-01' })
    expect(matrix.points).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 'andre-ledd'])
    expect(matrix.addedSince).toEqual([12, 13])
    const d = validate(set).filter((x) => x.ruleId === 'hotjl-coverage')
    expect(d.map((x) => x.severity)).toEqual(['warning'])
    expect(d[0]!.message).toBe(
      'Avtalesettet er datert 2016-05-01 og er vurdert etter hotjl § 6-2 slik den lød da (nr. 1–11). Fra 1. august 2022 krever loven også nr. 12 («konkret beskrivelse av hvordan partene sammen skal utvikle og planlegge tjenestene») og nr. 13 («samarbeid om ytelse av helse- og omsorgstjenester til barn og unge med sammensatte vansker og lidelser, og som derfor mottar tjenester fra begge forvaltningsnivåene»). Avtalen må nå tilføyes disse punktene: legg til en retningslinje eller et avsnitt som viser til dem (f.eks. «§ 6-2 nr. 12»), eller før dem opp under «hotjl» i front matter.',
    )
    expect(formatCoverageText(matrix)).toContain('12 av 12 krav dekket.\nAvtalesettet er datert 2016-05-01 og er vurdert etter § 6-2 slik den lød 1. januar 2012–31. juli 2022 (nr. 1–11 og andre ledd). Loven krever nå også nr. 12 (Felles utvikling og planlegging av tjenestene: ikke dekket) og nr. 13 (Barn og unge med sammensatte vansker: ikke dekket).')
  })

  it('a gap in the old law is still an error, said with the date it was judged by', () => {
    const files = synthetic2016()
    files['04-retningslinje-4.md'] = retningslinje(4, 'Kunnskapsoverføring', [6, 7, 8, 9, 10])
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('punkt 6, 7, 8, 9, 10, 11', 'punkt 6, 7, 8, 9, 10')
    const d = validate(setOf(files)).filter((x) => x.ruleId === 'hotjl-coverage')
    expect(d.map((x) => [x.severity, x.message.slice(0, 100)])).toEqual([
      ['error', 'hotjl § 6-2 første ledd nr. 11 slik paragrafen lød på avtalens dato (2016-05-01) er ikke dekket av n'],
      ['warning', 'Avtalesettet er datert 2016-05-01 og er vurdert etter hotjl § 6-2 slik den lød da (nr. 1–11). Fra 1.'],
    ])
  })

  it('a 2016 set that already covers 12 and 13 gets no such finding; a current set never does', () => {
    const files = synthetic2016()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('hotjl: []', 'hotjl: [12, 13]')
    expect(findings(setOf(files), 'hotjl-coverage')).toEqual([])
    expect(coverageMatrix(setOf(soundSet())).addedSince).toEqual([])
  })
})

describe('the 2012 model: a sub-agreement’s number is the point it covers, when the profile says so', () => {
  const numbered = () => {
    const files = soundSet()
    // Retningslinje 1 claims nothing and cites nothing, and Del 2 no longer cites point 1: only its number says «point 1».
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [])
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('(Helse- og omsorgstjenesteloven § 6-2, punkt 1)', '')
    return setOf(files)
  }
  it('off by default: point 1 is uncovered', () => {
    expect(findings(numbered(), 'hotjl-coverage')).toEqual([expect.stringMatching(/nr\. 1 er ikke dekket/)])
  })
  it('on: nr. 1 covers point 1, shown as N in the matrix', () => {
    const profile = mergeProfiles(recommendedProfile(), { law: { numberCoversPoint: ['retningslinje'] } })
    expect(findings(numbered(), 'hotjl-coverage', { profile })).toEqual([])
    const matrix = coverageMatrix(numbered(), { profile })
    expect(matrix.cells['1']!['retningslinje-1']).toMatchObject({ byNumber: true })
    expect(isCovered(matrix, 1)).toBe(true)
    expect(formatCoverageText(matrix)).toMatch(/^nr\. 1\s+·\s+N /m)
  })
})

describe('a partial set: one document without its samarbeidsavtale', () => {
  it('reports the document’s own defects and says once that set-level rules need the whole set', () => {
    const files = soundSet()
    const alone = setOf({ '02-retningslinje-2.md': files['02-retningslinje-2.md']!.replace('## 3. Brukermedvirkning', '## 4. Brukermedvirkning') })
    const d = validate(alone)
    expect(d.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['partial-set info', 'numbering error', 'numbering error'])
    expect(d[0]!.message).toMatch(/^Avtalesettet har ingen samarbeidsavtale, så bare dokumentenes egne feil er kontrollert\. Reglene som vurderer hele settet \(hotjl-coverage, title-consistency\)/)
  })
})

describe('what makes a set partial (completeness)', () => {
  it('a samarbeidsavtale alone that names documents the set does not hold', () => {
    const d = validate(setOf({ '00-samarbeidsavtale.md': soundSet()['00-samarbeidsavtale.md']! }))
    expect(d.map((x) => x.ruleId)).toEqual(['partial-set'])
    expect(d[0]!.message).toMatch(/^Samarbeidsavtalen viser til «retningslinjer», men avtalesettet har ingen slike dokumenter, så bare dokumentenes egne feil er kontrollert/)
  })

  it('two samarbeidsavtaler side by side: the front-matter error, and set-level rules skipped', () => {
    const files = soundSet()
    files['00-gammel.md'] = files['00-samarbeidsavtale.md']!.replace('id: samarbeidsavtale', 'id: gammel').replace('(Helse- og omsorgstjenesteloven § 6-2, punkt 1)', '')
    const d = validate(setOf(files))
    expect(d.map((x) => x.ruleId).sort()).toEqual(['front-matter', 'partial-set'])
    expect(d.find((x) => x.ruleId === 'partial-set')!.message).toMatch(/^Avtalesettet har 2 samarbeidsavtaler \(ulike avtaler eller versjoner av én\) og er derfor ikke ett avtalesett/)
  })

  it('in a partial set a point past the end of a document is not judged; inside its range, and in a whole set, it is', () => {
    const files = soundSet()
    const text = (ref: string) => retningslinje(1, 'Oppgaver og ansvar', [1], `\n## 7. Annet\n\nSe punkt ${ref} for dette.\n`)
    expect(findings(setOf({ 'r.md': text('9') }), 'cross-reference')).toEqual([])
    expect(findings(setOf({ 'r.md': text('5.3') }), 'cross-reference')).toEqual([expect.stringMatching(/har ikke noe punkt 5\.3/)])
    files['01-retningslinje-1.md'] = text('9')
    expect(findings(setOf(files), 'cross-reference')).toEqual([expect.stringMatching(/har ikke noe punkt 9/)])
  })
})
