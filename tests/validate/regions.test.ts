/**
 * Issue #12, the rule side of parsing: references resolved against a set by kind and number,
 * documents outside the set as infos, the numbering rule on every style, and no false alarms on
 * the real fixtures of other regions. Sets built in memory are synthetic and say so in their ids.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { validate } from '../../src/validate/index.js'
import { ROOT } from '../helpers.js'
import { findings, setOf } from './fixtures.js'

const REGIONS = path.join(ROOT, 'tests/fixtures/regions')
const doc = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}`

async function regionFindings(region: string, ruleId: string): Promise<string[]> {
  const { set, errors, skipped } = await readAgreementSet(path.join(REGIONS, region))
  return validate(set, { profile: recommendedProfile(), loadErrors: errors, skipped })
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${path.basename(d.file)}:${d.line} ${d.severity} ${d.message}`)
}

describe('cross-reference on the real fixtures', () => {
  it('Helse Bergen: points of documents without numbered headings cannot be looked up; «Tenesteavtale 4», not in the folder, is named once by partial-set', async () => {
    expect(await regionFindings('helse-bergen', 'cross-reference')).toEqual([
      'overordna-samarbeidsavtale-og-tenesteavtale-1.md:21 info «nærare omtala i pkt. 5»: samarbeidsavtalen har ingen nummererte punkter, så punkt 5 kan ikke slås opp',
      'overordna-samarbeidsavtale.md:16 info «omtalt i kap. 5»: samarbeidsavtalen har ingen nummererte punkter, så punkt 5 kan ikke slås opp',
      'tenesteavtale-11.md:32 info «overordna samarbeidsavtale (pt. pkt. 8»: samarbeidsavtalen har ingen nummererte punkter, så punkt 8 kan ikke slås opp',
    ])
    expect(await regionFindings('helse-bergen', 'partial-set')).toEqual([expect.stringContaining('avtalesettet mangler tjenesteavtale 4, som dokumentene selv viser til')])
  })

  it('«Tenesteavtale 11 og 12» resolves to the document titled so, which carries both numbers', async () => {
    const found = await regionFindings('helse-bergen', 'cross-reference')
    expect(found.some((f) => /Tenesteavtale 11 og 12/.test(f))).toBe(false)
  })

  it('Sør-Rogaland: the set lacks «delavtale 2A» and «delavtale 10» (partial-set names them), so «omtalt nedenfor i pkt. 5», past the end of the excerpt, is not judged', async () => {
    // The real agreement has pkt. 5 «De enkelte virkeområdene – avtalens vedlegg/delavtaler» (SOURCES.md): the excerpt stops after pkt. 2.
    expect(await regionFindings('sor-rogaland', 'cross-reference')).toEqual([])
    expect(await regionFindings('sor-rogaland', 'partial-set')).toEqual([expect.stringMatching(/^lokal-samarbeidsavtale-jaeren\.md:3 info Avtalesettet mangler delavtale 2, delavtale 10, som dokumentene selv viser til/)])
  })

  it('no numbering finding on any region: «1.0, 2.0, 3.0», «3.  Formålet» and plain «1.» are normal', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      expect(await regionFindings(region, 'numbering'), region).toEqual([])
    }
  })

  it('the wrong act dates are found: «22.juni 2011», «14.06.11», «14. juni 2011»', async () => {
    expect(await regionFindings('helse-bergen', 'law-citation')).toEqual([
      expect.stringMatching(/^tenesteavtale-1\.md:31 warning Feil dato .*22\. juni 2011/),
      // The same line's «§ 6.2 første ledd»: a dot where the hyphen belongs (FORMS.md).
      expect.stringMatching(/^tenesteavtale-1\.md:31 warning «§ 6\.2» i .*skriv «§ 6-2»/),
    ])
    expect((await regionFindings('helse-forde', 'law-citation')).length).toBe(2)
    expect(await regionFindings('sor-rogaland', 'law-citation')).toEqual([expect.stringMatching(/^overordnet-samarbeidsavtale\.md:25 warning Feil dato .*14\. juni 2011/)])
    // Sørlandet's list of acts «av 24. juni 2011 nr. 30», «av 2. juli 1999 nr. 61» … is right.
    expect(await regionFindings('sorlandet', 'law-citation')).toEqual([])
  })
})

describe('cross-reference resolution (synthetic sets)', () => {
  const overordnet = doc('id: synthetic-overordnet\ntype: overordnet samarbeidsavtale\ntitle: Synthetic overordnet samarbeidsavtale', '# Synthetic\n\n## 4.0 Tjenesteavtaler\n\nTekst.\n\n## 5.0 Samarbeidsutvalg\n\nTekst.\n')
  const ta = (n: number, text: string) => doc(`id: synthetic-ta-${n}\ntype: tenesteavtale\nnumber: ${n}\ntitle: Synthetic ${n}`, `# Synthetic tenesteavtale ${n}\n\n## 1. Bakgrunn\n\n${text}\n`)

  it('«overordnet samarbeidsavtale pkt. 4» and «pkt. 5» find the sections numbered 4.0 and 5.0; «tenesteavtale 2» the document numbered 2', () => {
    const set = setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Inngått i henhold til overordnet samarbeidsavtale pkt. 4. Sjå tenesteavtale 2.'), 'b.md': ta(2, 'Tekst.') })
    expect(findings(set, 'cross-reference')).toEqual([])
  })

  it('a missing point of a document in a whole set is an error; a retningslinje not in the set an info', () => {
    const set = setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Jf. overordnet samarbeidsavtale pkt. 9, og retningslinje 7.') })
    const all = validate(set).filter((d) => d.ruleId === 'cross-reference' || d.ruleId === 'partial-set').map((d) => `${d.severity} ${d.message}`)
    expect(all).toEqual([
      'error «overordnet samarbeidsavtale pkt. 9»: samarbeidsavtalen har ikke noe punkt 9',
      'info «retningslinje 7»: retningslinje 7 er utenfor settet (ikke blant dokumentene som er lest inn)',
    ])
  })

  it('a tjenesteavtale cited but not held makes the set partial: named once by partial-set, and a point past the end of a document is not judged', () => {
    // Deliberate limit: in a partial set an excerpt cannot be told from a whole document, so «pkt. 9» of a
    // samarbeidsavtale whose last point is 5 may lie in what the set was not given.
    const set = setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Jf. overordnet samarbeidsavtale pkt. 9, og tjenesteavtale nr. 7.') })
    const all = validate(set).filter((d) => d.ruleId === 'cross-reference' || d.ruleId === 'partial-set').map((d) => `${d.ruleId} ${d.severity} ${d.message}`)
    expect(all).toEqual([expect.stringMatching(/^partial-set info Avtalesettet mangler tjenesteavtale 7, som dokumentene selv viser til/)])
    // A point that is not past the end is still judged: 4.0 and 5.0 exist, 4.7 does not.
    const within = setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Jf. overordnet samarbeidsavtale pkt. 4.7, og tjenesteavtale nr. 7.') })
    expect(findings(within, 'cross-reference')).toEqual(['a.md:12 «overordnet samarbeidsavtale pkt. 4.7»: samarbeidsavtalen har ikke noe punkt 4.7'])
  })

  it('a document that `replaces` another makes references to it stale', () => {
    const newer = doc('id: synthetic-ny\ntype: samarbeidsavtale\ntitle: Synthetic ny\nreplaces: [rammeavtale]', '# Synthetic ny\n\n## 1. Parter\n\nTekst.\n')
    const set = setOf({ 'n.md': newer, 'a.md': ta(1, 'Jfr pkt. 4 i rammeavtalen.') })
    expect(findings(set, 'cross-reference')).toEqual(['a.md:12 «pkt. 4 i rammeavtalen»: viser til rammeavtalen, som samarbeidsavtalen erstatter; vis til punktet i dokumentet som gjelder nå'])
  })

  it('«særavtale om …» resolves by the særavtale’s title, else it is outside the set', () => {
    const saer = doc('id: synthetic-saer\ntype: særavtale\ntitle: Legevakt', '# Synthetic særavtale\n\n## 1. Parter\n\nTekst.\n')
    expect(findings(setOf({ 'o.md': overordnet, 's.md': saer, 'a.md': ta(1, 'Sjå særavtale om legevakt.') }), 'cross-reference')).toEqual([])
    expect(findings(setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Sjå særavtale om jordmor.') }), 'cross-reference')).toEqual([
      'a.md:12 «særavtale om jordmor»: særavtale om jordmor er utenfor settet (ikke blant dokumentene som er lest inn)',
    ])
  })

  it('«punkt 3 i avtalen» and «jf. § 5» look in the document itself', () => {
    const set = setOf({ 'o.md': overordnet, 'a.md': ta(1, 'Se punkt 3 i avtalen, og jf. § 1.') })
    expect(findings(set, 'cross-reference')).toEqual(['a.md:12 «punkt 3 i avtalen»: tenesteavtale 1 har ikke noe punkt 3', 'a.md:12 «jf. § 1» viser til punkt 1, som er punktet henvisningen selv står i; rett til punktet som faktisk beskriver dette'])
  })
})

describe('numbering in every style (synthetic)', () => {
  const numbered = (headings: string) => setOf({ 'a.md': doc('id: synthetic\ntype: delavtale\ntitle: S', `# S\n\n${headings}`) })
  it.each([
    ['1.0, 2.0, 3.0', '## 1.0 A\n\n## 2.0 B\n\n### 2.1 C\n\n## 3.0 D\n'],
    ['§ 1, § 2', '## § 1 A\n\n## § 2 B\n'],
    ['Punkt 1, Punkt 2', '## Punkt 1 A\n\n## Punkt 2 B\n'],
    ['Artikkel 1, Artikkel 2', '## Artikkel 1 A\n\n## Artikkel 2 B\n'],
    ['I., II., III., IV.', '## I. A\n\n## II. B\n\n## III. C\n\n## IV. D\n'],
    ['a), b) under 1.', '## 1. A\n\n### a) B\n\n### b) C\n\n## 2. D\n'],
    ['a., b.', '## a. A\n\n## b. B\n'],
  ])('%s is a normal sequence', (_name, headings) => {
    expect(findings(numbered(headings), 'numbering')).toEqual([])
  })

  it.each([
    ['a gap in § style', '## § 1 A\n\n## § 3 B\n', 'Punkt 2 mangler: etter 1 kommer 3'],
    ['a duplicate in 1.0 style', '## 1.0 A\n\n## 1.0 B\n', 'Punkt 1 finnes fra før (linje 9); ventet 2'],
    ['a gap in roman', '## I. A\n\n## III. B\n', 'Punkt II mangler: etter I kommer III.'],
    ['a letter going backwards', '## 1. X\n\n### b) A\n\n### a) B\n', 'Punkt a) kommer etter b; nummereringen går bakover'],
    ['a malformed token', '## 1. A\n\n## 2 . B\n', 'Nummeret er skrevet «2 .»; skriv «2.»'],
  ])('%s', (_name, headings, message) => {
    expect(findings(numbered(headings), 'numbering').map((f) => f.replace(/^a\.md:\d+ /, ''))).toContain(message)
  })
})

describe('avtalesett.yaml lists the documents of a folder', () => {
  it('reads only the listed files, in order; others are skipped with a notice; a missing one is an error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-synthetic-set-'))
    try {
      const file = (id: string) => doc(`id: ${id}\ntype: delavtale\ntitle: ${id}`, `# ${id}\n`)
      await writeFile(path.join(dir, 'b.md'), file('synthetic-b'))
      await writeFile(path.join(dir, 'a.md'), file('synthetic-a'))
      await writeFile(path.join(dir, 'notat.md'), '# Notat uten front matter\n')
      await writeFile(path.join(dir, 'avtalesett.yaml'), 'dokumenter:\n  - b.md\n  - a.md\n  - borte.md\n')
      const { set, errors, skipped } = await readAgreementSet(dir)
      expect(set.documents.map((d) => d.frontMatter.id)).toEqual(['synthetic-b', 'synthetic-a'])
      expect(skipped.map((s) => s.message)).toEqual(['Hoppet over: notat.md står ikke i avtalesett.yaml'])
      expect(errors.map((e) => `${path.basename(e.file!)}: ${e.message}`)).toEqual(['borte.md: Står i avtalesett.yaml, men finnes ikke i mappen'])
      await writeFile(path.join(dir, 'avtalesett.yaml'), 'dokumenter: [../x.md]\n')
      await expect(readAgreementSet(dir)).rejects.toThrow(/avtalesett\.yaml: «dokumenter\.0» har ugyldig format/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('without an index, a note without front matter is skipped with a notice, not an error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-synthetic-set-'))
    try {
      await writeFile(path.join(dir, 'a.md'), doc('id: synthetic-a\ntype: delavtale\ntitle: A', '# A\n'))
      await writeFile(path.join(dir, 'notat.md'), '# Notat\n\nIkke en avtale.\n')
      await writeFile(path.join(dir, 'annet.md'), '---\ntitle: Referat\n---\n\n# Referat\n')
      const { set, errors, skipped } = await readAgreementSet(dir)
      expect(set.documents).toHaveLength(1)
      expect(errors).toEqual([])
      expect(skipped.map((s) => s.message).sort()).toEqual([
        'Hoppet over: front matter uten «id» og «type», ikke et avtaledokument',
        'Hoppet over: ingen front matter, ikke et avtaledokument',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
