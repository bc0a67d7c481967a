import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { checkConfig } from '../../src/validate/config.js'
import { loadProfile } from '../../src/validate/profile-load.js'
import { validate } from '../../src/validate/index.js'
import { findings, fm, lineOf, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('the sound fixture set passes every rule', () => {
  it('has no findings at all', () => {
    expect(validate(setOf(soundSet())).map((d) => `${d.ruleId} ${d.file}:${d.line} ${d.message}`)).toEqual([])
  })
})

describe('hotjl-coverage', () => {
  it('reports a point nobody covers, with the law’s wording, at Del 2', () => {
    const files = soundSet()
    files['04-retningslinje-4.md'] = retningslinje(4, 'Kunnskapsoverføring', [6, 7, 8, 9, 10])
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('punkt 6, 7, 8, 9, 10, 11', 'punkt 6, 7, 8, 9, 10')
    const found = findings(setOf(files), 'hotjl-coverage')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^00-samarbeidsavtale\.md:\d+ hotjl § 6-2 første ledd nr\. 11 er ikke dekket av noe dokument: «omforente beredskapsplaner og planer for den akuttmedisinske kjeden»/)
  })

  it('reports the second paragraph when no section deals with samarbeidstiltak', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('Prosjekter skal organiseres og finansieres etter avtale.', '')
    expect(findings(setOf(files), 'hotjl-coverage')).toEqual([expect.stringMatching(/andre ledd er ikke dekket/)])
  })
})

describe('hotjl-consistency', () => {
  it('reports a retningslinje whose claim differs from Del 2 and from its own text', () => {
    const files = soundSet()
    files['02-retningslinje-2.md'] = retningslinje(2, 'Behandlingsforløp', [2, 3, 5], '\n## 7. Lovgrunnlag\n\nJf. § 6-2 nr. 2 og 3.\n')
    const found = findings(setOf(files), 'hotjl-consistency')
    const line = lineOf(files['02-retningslinje-2.md']!, 'hotjl:')
    expect(found).toEqual([
      `02-retningslinje-2.md:${line} retningslinje 2 oppgir § 6-2 punkt 2, 3, 5 i front matter, men teksten viser til punkt 2, 3`,
      `02-retningslinje-2.md:${line} retningslinje 2 oppgir § 6-2 punkt 2, 3, 5 i front matter, men samarbeidsavtalen del 2 punkt 2.2 (00-samarbeidsavtale.md:${lineOf(files['00-samarbeidsavtale.md']!, '### 2.2')}) viser til punkt 2, 3, 5, 13`,
    ])
  })

  it('reports an anchor that disagrees with the text', () => {
    const files = soundSet()
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('del 2 punkt 2.3', 'del 2 punkt 2.4')
    expect(findings(setOf(files), 'hotjl-consistency')).toEqual([expect.stringMatching(/^03-retningslinje-3\.md:\d+ Teksten forankrer retningslinje 3 i del 2 punkt 2\.4, men front matter sier «anchor: samarbeidsavtale\/del-2\/2\.3»/)])
  })
})

describe('hotjl-unknown-point', () => {
  it('reports § 6-2 nr. 14 in text and front matter', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1, 14], '\n## 7. Lovgrunnlag\n\nJf. hotjl § 6-2 nr. 1 og 14.\n')
    const src = files['01-retningslinje-1.md']!
    expect(findings(setOf(files), 'hotjl-unknown-point')).toEqual([
      `01-retningslinje-1.md:${lineOf(src, 'hotjl:')} Front matter viser til hotjl § 6-2 nr. 14, men paragrafen har bare punkt 1–13`,
      `01-retningslinje-1.md:${lineOf(src, 'Jf. hotjl')} «hotjl § 6-2 nr. 1 og 14» viser til punkt 14, men hotjl § 6-2 første ledd har bare punkt 1–13`,
    ])
  })
})

describe('numbering', () => {
  const doc = (headings: string) => setOf({ 'a.md': `${fm({ id: 'veileder', type: 'veileder', title: 'V' })}\n# V\n\n${headings}` })
  it('passes 1, 2, 2.1, 2.2, 3', () => {
    expect(findings(doc('## 1. A\n\n## 2. B\n\n### 2.1 C\n\n### 2.2 D\n\n## 3. E\n'), 'numbering')).toEqual([])
  })
  it('reports a gap, a duplicate, going backwards, a wrong prefix and an odd format', () => {
    const set = doc('## 1. A\n\n## 3. B\n\n### 3.1 C\n\n### 3.1 D\n\n## 2. E\n\n### 4.1 F\n\n## 10 . G\n')
    const at = (heading: string) => `a.md:${lineOf(set.documents[0]!.source, heading)}`
    expect(findings(set, 'numbering')).toEqual([
      `${at('## 3. B')} Punkt 2 mangler: etter 1 kommer 3`,
      `${at('### 3.1 D')} Punkt 3.1 finnes fra før (linje ${lineOf(set.documents[0]!.source, '### 3.1 C')}); ventet 3.2`,
      `${at('## 2. E')} Punkt 2 kommer etter 3; nummereringen går bakover`,
      `${at('### 4.1 F')} Punkt 4.1 står under punkt 2; ventet 2.1`,
      `${at('## 10 . G')} Punkt 4–9 mangler: etter 3 kommer 10`,
      `${at('## 10 . G')} Nummeret er skrevet «10 .»; skriv «10.»`,
    ])
  })
})

describe('cross-reference', () => {
  it('reports a missing retningslinje, part and section, a wrong quoted title and a self-reference', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(
      1,
      'Oppgaver og ansvar',
      [1],
      '\n## 7. Henvisninger\n\nSe retningslinje 12. Se del 3, punkt 3.1. Jf. punkt 9.9 i samarbeidsavtalen. Se punkt 7 for dette. Jf. pkt. 7 i samarbeidsavtalen, del 1.\n\n### 7.1 Riktig tittel\n\nTekst.\n\n## 8. Mer\n\nI henhold til 7.1 (Feil tittel).\n',
    )
    const at = `01-retningslinje-1.md:${lineOf(files['01-retningslinje-1.md']!, 'Se retningslinje 12')}`
    const at2 = `01-retningslinje-1.md:${lineOf(files['01-retningslinje-1.md']!, 'I henhold til 7.1')}`
    expect(findings(setOf(files), 'cross-reference')).toEqual([
      `${at} «retningslinje 12»: retningslinje 12 er utenfor settet (ikke blant dokumentene som er lest inn)`,
      `${at} «del 3, punkt 3.1»: samarbeidsavtalen har ingen del 3`,
      `${at} «punkt 9.9 i samarbeidsavtalen»: samarbeidsavtalen har ikke noe punkt 9.9`,
      `${at} «Se punkt 7» viser til punkt 7, som er punktet henvisningen selv står i; rett til punktet som faktisk beskriver dette`,
      `${at2} «I henhold til 7.1» kaller punktet «Feil tittel», men punkt 7.1 i retningslinje 1 heter «Riktig tittel»`,
    ])
  })
})

describe('title-consistency', () => {
  it('reports each differing name side by side with the retningslinje’s own title', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 2.3 Øyeblikkelig hjelp', '### 2.3 Døgnopphold for øyeblikkelig hjelp')
    expect(findings(setOf(files), 'title-consistency')).toEqual([
      expect.stringMatching(/^00-samarbeidsavtale\.md:\d+ Overskriften i del 2, punkt 2\.3, kaller retningslinje 3 «Døgnopphold for øyeblikkelig hjelp», men retningslinjen selv heter «Øyeblikkelig hjelp» \(03-retningslinje-3\.md\)$/),
    ])
  })
  it('ignores case and whitespace', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 2.3 Øyeblikkelig hjelp', '### 2.3 ØYEBLIKKELIG   hjelp')
    expect(findings(setOf(files), 'title-consistency')).toEqual([])
  })
})

describe('placeholder', () => {
  const withText = (text: string) => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], `\n## 7. Annet\n\n${text}\n`)
    return setOf(files)
  }
  it('warns in a template, with file and line', () => {
    const set = withText('Avtale med XX kommune datert xx.xx.2023 (SETT INN DATO) og (Navn på kommune).\n\nSted/dato:')
    const d = validate(set).filter((x) => x.ruleId === 'placeholder')
    const line = lineOf(set.documents[1]!.source, 'XX kommune')
    expect(d.map((x) => [x.severity, x.line, x.column, x.message.slice(0, 30)])).toEqual([
      ['warning', line, 12, 'Plassholder «XX kommune» står '],
      ['warning', line, 30, 'Plassholder «xx.xx.2023» står '],
      ['warning', line, 41, 'Plassholder «(SETT INN DATO)» '],
      ['warning', line, 60, 'Plassholder «(Navn på kommune)'],
      ['warning', line + 2, 1, 'Feltet «Sted/dato:» er tomt; d'],
    ])
  })
  it('reports unknown variables in a template, and every variable as an error in an instance', () => {
    const set = withText('{{kommune.navn}} kommune, {{kommune.ukjent}}.')
    expect(findings(set, 'placeholder')).toEqual([`01-retningslinje-1.md:${lineOf(set.documents[1]!.source, 'kommune.ukjent')} Malvariabelen {{kommune.ukjent}} kan ikke fylles ut: den er ukjent, eller kommuneregisteret har ikke verdien`])
    const inInstance = validate(set, { instance: true }).filter((x) => x.ruleId === 'placeholder')
    expect(inInstance.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'Malvariabelen {{kommune.navn}} er ikke fylt ut'],
      ['error', 'Malvariabelen {{kommune.ukjent}} er ikke fylt ut'],
    ])
  })
  it('asks the registry through canFill', () => {
    const set = withText('{{blokk.ohd-tilbud}}')
    expect(findings(set, 'placeholder')).toEqual([])
    expect(findings(set, 'placeholder', { canFill: () => false })).toHaveLength(1)
  })
})

describe('required-provisions', () => {
  it('reports a missing provision in the agreement and a missing closing section in a retningslinje (unn-2023)', async () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 6. Mislighold', '### 6. Annet').replace('ett års oppsigelsesfrist', 'tre måneders frist')
    files['02-retningslinje-2.md'] = files['02-retningslinje-2.md']!.replace('## 3. Brukermedvirkning', '## 3. Annet')
    const sa = files['00-samarbeidsavtale.md']!
    expect(findings(setOf(files), 'required-provisions', { profile: await loadProfile('unn-2023') })).toEqual([
      `00-samarbeidsavtale.md:${lineOf(sa, '# Samarbeidsavtale')} samarbeidsavtalen mangler en bestemmelse om mislighold (et punkt med «mislighold» i tittelen)`,
      `00-samarbeidsavtale.md:${lineOf(sa, '### 7. Varighet')} Punkt 7 «Varighet, revisjon og oppsigelse» nevner ikke oppsigelsesfristen på ett år som helse- og omsorgstjenesteloven § 6-5 andre ledd krever`,
      `02-retningslinje-2.md:${lineOf(files['02-retningslinje-2.md']!, '# RETNINGSLINJE')} retningslinje 2 mangler en bestemmelse om brukermedvirkning (et punkt med «brukermedvirkning» i tittelen)`,
    ])
  })
  it('takes the house-style list from the config', () => {
    const config = { rules: { 'required-provisions': { severity: 'error' as const, options: { retningslinje: [{ name: 'økonomi', titleWords: ['økonomi'] }] } } } }
    const found = findings(setOf(soundSet()), 'required-provisions', { config })
    expect(found).toHaveLength(4)
    expect(found[0]).toMatch(/retningslinje 1 mangler en bestemmelse om økonomi/)
  })
})

describe('terminology', () => {
  it('notes old-regime words, but not historic references (unn-2023)', async () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], '\n## 7. Annet\n\nDenne tjenesteavtalen gjelder. Partene er enige. Se retningslinje 6 (tidligere tjenesteavtale 8).\n')
    const d = validate(setOf(files), { profile: await loadProfile('unn-2023') }).filter((x) => x.ruleId === 'terminology')
    expect(d.map((x) => [x.severity, x.message.split(':')[0]])).toEqual([
      ['info', '«tjenesteavtalen»'],
      ['info', '«Partene»'],
    ])
    // They are UNN's words, not the law's: recommended has no glossary.
    expect(validate(setOf(files)).filter((x) => x.ruleId === 'terminology')).toEqual([])
  })
})

describe('law-citation', () => {
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

describe('front-matter', () => {
  it('reports a number and title that disagree with the heading, and an anchor to nowhere', () => {
    const files = soundSet()
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('number: 3', 'number: 5').replace('title: Øyeblikkelig hjelp', 'title: Noe annet').replace('anchor: samarbeidsavtale/del-2/2.3', 'anchor: samarbeidsavtale/del-2/2.30')
    const src = files['03-retningslinje-3.md']!
    const at = (key: string) => `03-retningslinje-3.md:${lineOf(src, key)}`
    expect(findings(setOf(files), 'front-matter')).toEqual([
      `${at('number:')} «number: 5» stemmer ikke med overskriften «RETNINGSLINJE nr. 3»`,
      `${at('title:')} «title» («Noe annet») stemmer ikke med overskriften («Øyeblikkelig hjelp»)`,
      `${at('anchor:')} «anchor: samarbeidsavtale/del-2/2.30» peker ikke på noe avsnitt i avtalesettet`,
    ])
  })
})

describe('ids other than the conventional ones', () => {
  it('resolves references to the samarbeidsavtale by type and to retningslinjer by number', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('id: samarbeidsavtale', 'id: samarbeidsavtale-2024')
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('id: retningslinje-3', 'id: ohd').replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['01-retningslinje-1.md'] = files['01-retningslinje-1.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['02-retningslinje-2.md'] = files['02-retningslinje-2.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['04-retningslinje-4.md'] = files['04-retningslinje-4.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    expect(validate(setOf(files)).map((d) => `${d.ruleId} ${d.message}`)).toEqual([])
  })
})

describe('config', () => {
  it('applies to front matter that failed to load, too', () => {
    const bad = { diagnostics: validate(setOf({}), { loadErrors: [new AvtaleverkError('skjemafeil', 'Front matter: x', { file: 'a.md', line: 3 })], config: { rules: { 'front-matter': 'warning' } } }) }
    expect(bad.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['front-matter', 'warning']])
    expect(validate(setOf({}), { loadErrors: [new AvtaleverkError('skjemafeil', 'x', { file: 'a.md' })], config: { rules: { 'front-matter': 'off' } } })).toEqual([])
  })

  it('rejects rule options of the wrong shape, at their line', () => {
    expect(() => checkConfig({ rules: { 'required-provisions': { options: { retningslinje: [{ name: 'x' }] } } } }, 'c.yaml', { rules: 1 })).toThrowError(/mangler påkrevd felt «titleWords»/)
    expect(() => checkConfig({ rules: { terminology: { options: { glosary: [] } } } }, 'c.yaml')).toThrowError(/ukjent felt «glosary»/)
  })

  it('turns rules off and changes severities', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], '\n## 7. Annet\n\nDenne tjenesteavtalen. Se punkt 9.9 i samarbeidsavtalen.\n')
    const set = setOf(files)
    const config = { rules: { terminology: 'off' as const, 'cross-reference': 'warning' as const } }
    expect(validate(set, { config }).map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['cross-reference:warning'])
  })
})

it('samarbeidsavtale fixture helper gives Del 2 sections', () => {
  expect(samarbeidsavtale([{ title: 'X', points: [1] }])).toContain('### 2.1 X')
})
