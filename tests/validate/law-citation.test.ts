/**
 * Issue #16.1: law-citation knows the acts' structure (src/law/structure.ts) and the forms of a
 * well-written citation. The instances in the bundled 2023 set, at the lines where their text
 * stands; synthetic texts (ids say so) for the forms the set does not have; and no false alarm
 * on the real fixtures of other regions.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { paragraphExists } from '../../src/law/structure.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { findings, lineOf, retningslinje, setOf, soundSet } from './fixtures.js'

const synthetic = (body: string) => setOf({ 'synthetic.md': `---\nid: synthetic-law\ntype: retningslinje\nnumber: 1\ntitle: Synthetic\n---\n\n# Synthetic\n\n## 1. Forankring\n\n${body}\n` })
const messages = (body: string) => findings(synthetic(body), 'law-citation').map((f) => f.replace(/^synthetic\.md:\d+ /, ''))

describe('law-citation on the bundled 2023 set', () => {
  it('finds the malformed, non-existent and misspelt citations at the lines that hold them', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() })
      .filter((d) => d.ruleId === 'law-citation')
      .map((d) => ({ at: `${path.basename(d.file)}:${d.line}`, message: d.message }))
    const at = async (file: string, needle: string) => `${file}:${lineOf(await readFile(path.join(AGREEMENTS, file), 'utf8'), needle)}`
    expect(found).toEqual([
      { at: await at('00-samarbeidsavtale.md', 'av 14. juni 2011 § 6-1'), message: expect.stringMatching(/^Feil dato for helse- og omsorgstjenesteloven: teksten sier 14\. juni 2011/) },
      { at: await at('01-retningslinje-1.md', 'hotjl §§ 3-3- a og 3-4'), message: '«§ 3-3- a» i «hotjl §§ 3-3- a»: løs bindestrek eller mellomrom i paragrafnummeret; skriv «§ 3-3 a»' },
      {
        at: await at('02-retningslinje-2.md', '(Helse, og omsorgstjenesteloven §6-2.13)'),
        message: '«Helse, og omsorgstjenesteloven» ligner på navnet til helse- og omsorgstjenesteloven, men er skrevet feil; skriv «helse- og omsorgstjenesteloven» (LOV-2011-06-24-30)',
      },
      { at: await at('02-retningslinje-2.md', '§6-2.13'), message: '«§6-2.13»: nummeret er hektet på paragrafen med punktum; skriv «§ 6-2 nr. 13»' },
      {
        at: await at('06-retningslinje-6.md', 'Spesialisthelsetjenesteloven § 2.'),
        message: '«Spesialisthelsetjenesteloven § 2»: spesialisthelsetjenesteloven har ingen § 2: loven har kapittelnummererte paragrafer (§ 2-1, § 2-2 …); § 2 er et kapittelnummer',
      },
      { at: await at('08-retningslinje-8.md', 'smittevernlovens § 7.1'), message: '«§ 7.1» i «smittevernlovens § 7.1»: punktum der bindestreken skal stå; skriv «§ 7-1»' },
    ])
  })

  it('leaves alone what is right or not ours to judge: «§ 2-1e», «§2-5a», folkehelseloven § 5, forskrift § 14, vedtekter § 4', async () => {
    const set = await loadCorpus()
    const judged = validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'law-citation').map((d) => `${path.basename(d.file)}:${d.line}`)
    for (const [file, needle] of [
      ['02-retningslinje-2.md', 'spesialisthelsetjenesteloven §2-5a'],
      ['02-retningslinje-2.md', 'forskrift om utskrivningsklare pasienter § 14'],
      ['02-retningslinje-2.md', 'Helsepersonelloven § 45'],
      ['01-retningslinje-1.md', 'vedtekter § 4, andre ledd'],
      ['05-retningslinje-5.md', '§§ 3-5, og 3-10'],
    ] as const) {
      expect(judged).not.toContain(`${file}:${lineOf(await readFile(path.join(AGREEMENTS, file), 'utf8'), needle)}`)
    }
    // Del 1 § 2's «(shtjl) § 2-1e» shares its line with the wrong date; it is not judged itself.
    expect(validate(set).filter((d) => d.ruleId === 'law-citation' && d.message.includes('2-1e'))).toEqual([])
  })
})

describe('law-citation on synthetic text', () => {
  it('a paragraph that does not exist: a chapter used as a paragraph, a chapter the act lacks, a chapter number in a plain-numbered act', () => {
    expect(messages('Jf. helse- og omsorgstjenesteloven § 6 og hotjl § 14-1.')).toEqual([
      '«helse- og omsorgstjenesteloven § 6»: helse- og omsorgstjenesteloven har ingen § 6: loven har kapittelnummererte paragrafer (§ 6-1, § 6-2 …); § 6 er et kapittelnummer',
      '«hotjl § 14-1»: helse- og omsorgstjenesteloven har ingen § 14-1: loven har ikke noe kapittel 14',
    ])
    expect(messages('Etter folkehelseloven § 5-1 og helsepersonelloven § 10 a.')).toEqual([
      '«folkehelseloven § 5-1»: folkehelseloven har ingen § 5-1: loven har ikke kapittelnummererte paragrafer (§ 1, § 2 …)',
    ])
  })

  it('malformed tokens: stray spaces around the hyphen; a well-written list is silent', () => {
    expect(messages('Jf. hotjl § 6 -1.')).toEqual(['«§ 6 -1» i «hotjl § 6 -1»: løs bindestrek eller mellomrom i paragrafnummeret; skriv «§ 6-1»'])
    expect(messages('Jf. hotjl §§ 3-1, 3-2 og 3-3 a, shtjl § 2-1e og § 6-2 nr. 4.')).toEqual([])
  })

  it('the act’s number and Lovdata id, as well as its date', () => {
    expect(messages('Lov om kommunale helse- og omsorgstjenester m.m. av 24. juni 2011 nr. 31 gjelder.')).toEqual([
      'Feil nummer for helse- og omsorgstjenesteloven: teksten sier nr. 31, men loven er nr. 30 (LOV-2011-06-24-30)',
    ])
    expect(messages('Helsepersonelloven – Lov om helsepersonell m.v. (1999-07-02-46).')).toEqual([
      'Feil Lovdata-id for helsepersonelloven: teksten sier 1999-07-02-46, men loven er LOV-1999-07-02-64',
    ])
    expect(messages('Lov om helsepersonell m.v. (1999-07-02-64) og forskrift om pasientjournal § 9.')).toEqual([])
  })

  it('misspelt names are close to a known one; inflections, nynorsk and other acts are not', () => {
    expect(messages('Etter spesialisthelsetjenestloven og smitteverloven.')).toEqual([
      '«spesialisthelsetjenestloven» ligner på navnet til spesialisthelsetjenesteloven, men er skrevet feil; skriv «spesialisthelsetjenesteloven» (LOV-1999-07-02-61)',
      '«smitteverloven» ligner på navnet til smittevernloven, men er skrevet feil; skriv «smittevernloven» (LOV-1994-08-05-55)',
    ])
    expect(
      messages('Helse- og omsorgstenestelova, helsepersonellova, smittevernloven og folkehelseloven, barnevernloven, helseforetaksloven, psykisk helsevernloven og helseregisterloven.'),
    ).toEqual([])
  })

  it('the table only speaks where it is sure', () => {
    expect(paragraphExists('hotjl', '6-9')).toEqual({ exists: 'unknown' })
    expect(paragraphExists('sphl', '9-1')).toEqual({ exists: 'unknown' })
    expect(paragraphExists('pasientjournalforskriften', '40')).toEqual({ exists: 'unknown' })
    expect(paragraphExists('ukjent', '2')).toEqual({ exists: 'unknown' })
  })
})

describe('law-citation on the region fixtures', () => {
  it('no finding beyond the wrong dates and Helse Bergen’s «§ 6.2»', async () => {
    const regions = path.join(ROOT, 'tests/fixtures/regions')
    const all: string[] = []
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set, errors, skipped } = await readAgreementSet(path.join(regions, region))
      for (const d of validate(set, { profile: recommendedProfile(), loadErrors: errors, skipped }).filter((x) => x.ruleId === 'law-citation')) {
        all.push(`${region}/${path.basename(d.file)}:${d.line} ${d.message.slice(0, 20)}`)
      }
    }
    expect(all).toEqual([
      'helse-bergen/tenesteavtale-1.md:31 Feil dato for helse-',
      'helse-bergen/tenesteavtale-1.md:31 «§ 6.2» i «Lov om ko',
      'helse-forde/overordna-samarbeidsavtale-sogn-og-fjordane-helsefellesskap.md:16 Feil dato for helse-',
      'helse-forde/overordna-samarbeidsavtale.md:16 Feil dato for helse-',
      'sor-rogaland/overordnet-samarbeidsavtale.md:25 Feil dato for helse-',
    ])
  })
})

describe('law-citation on the sound fixture set', () => {
  it('reports a wrong act date and a ledd that does not exist', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(
      1,
      'Oppgaver og ansvar',
      [1],
      '\n## 7. Lovgrunnlag\n\nEtter lov om kommunale helse- og omsorgstjenester av 14. juni 2011 § 6-1 og hotjl § 6-5 tredje ledd.\n',
    )
    const at = `01-retningslinje-1.md:${lineOf(files['01-retningslinje-1.md']!, 'Etter lov om')}`
    expect(findings(setOf(files), 'law-citation')).toEqual([
      `${at} Feil dato for helse- og omsorgstjenesteloven: teksten sier 14. juni 2011, men loven er av 24. juni 2011 (LOV-2011-06-24-30)`,
      `${at} helse- og omsorgstjenesteloven § 6-5 har 2 ledd; «hotjl § 6-5 tredje ledd» viser til tredje ledd`,
    ])
  })
})
