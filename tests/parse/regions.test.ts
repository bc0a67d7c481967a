/**
 * Issue #12, the parse side: every form of tests/fixtures/regions/FORMS.md read on the real line
 * where it occurs. Forms no fixture has yet are tested on clearly named synthetic text
 * (`synthetic …` in the test name); none of that text is agreement wording.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AgreementDocument, LawCitation } from '../../src/model.js'
import { extractLawCitations, hotjl62Citations, indirectHotjl62Citations } from '../../src/parse/citations.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
import { loadDocument, readAgreementSet } from '../../src/parse/load.js'
import { extractReferences } from '../../src/parse/references.js'
import type { PositionedText } from '../../src/parse/text.js'
import { findPlaceholdersInText } from '../../src/validate/placeholders.js'
import { ROOT } from '../helpers.js'

const REGIONS = path.join(ROOT, 'tests/fixtures/regions')
const fixture = (file: string) => path.join(REGIONS, file)

/** The real line of a fixture that holds `needle`, as a positioned text at that line. */
function realLine(file: string, needle: string): PositionedText & { line: number } {
  const lines = readFileSync(fixture(file), 'utf8').split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`«${needle}» is not in ${file}`)
  return { text: lines[i]!, segments: [{ offset: 0, value: lines[i]!, start: { line: i + 1, column: 1 } }], line: i + 1 }
}
const synthetic = (text: string): PositionedText => ({ text, segments: [{ offset: 0, value: text, start: { line: 1, column: 1 } }] })

const law = (c: LawCitation) => `${c.act} § ${c.paragraph}${c.ledd ? ` ledd ${c.ledd}` : ''}${c.points.length ? ` nr. ${c.points.join(',')}` : ''}`
const cites = (pt: PositionedText) => hotjl62Citations(extractLawCitations(pt)).map((c) => c.points)
const refs = (pt: PositionedText, doc = 'this-doc') => extractReferences(pt, doc).map((r) => r.target)
const everything = (doc: AgreementDocument) => [doc.preamble, ...allSections(doc.sections)]

describe('1. document kinds and metadata', () => {
  it('reads every region fixture folder; SOURCES.md is skipped with a notice, not an error', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set, errors, skipped } = await readAgreementSet(path.join(REGIONS, region))
      expect(errors.map((e) => e.message), region).toEqual([])
      expect(set.documents.length, region).toBeGreaterThan(0)
      expect(skipped.map((s) => path.basename(s.file!)), region).toEqual(['SOURCES.md'])
      expect(skipped[0]!.message).toMatch(/^Hoppet over: SOURCES\.md er dokumentasjon/)
    }
  })

  it('keeps the kind normalised and as written, with the language', async () => {
    const ta = await loadDocument(fixture('helse-bergen/tenesteavtale-1.md'))
    expect([ta.frontMatter.type, ta.written.type, ta.language, ta.frontMatter.number]).toEqual(['tjenesteavtale', 'tenesteavtale', 'nn', 1])
    const jaeren = await loadDocument(fixture('sor-rogaland/lokal-samarbeidsavtale-jaeren.md'))
    expect([jaeren.frontMatter.type, jaeren.written.type]).toEqual(['delavtale', 'underavtale'])
    // «Tenesteavtale 11 og 12» has no number: it carries two.
    const two = await loadDocument(fixture('helse-bergen/tenesteavtale-11-og-12.md'))
    expect(two.frontMatter.number).toBeUndefined()
  })

  it('reads status words («fremforhandlet», «godkjent av kommunestyret») and dates given as a month', async () => {
    const arendal = await loadDocument(fixture('sorlandet/delavtale-1-arendal.md'))
    expect([arendal.frontMatter.status, arendal.written.status]).toEqual(['fremforhandlet', 'fremforhandlet'])
    const lund = await loadDocument(fixture('sorlandet/delavtale-11-lund.md'))
    expect([lund.frontMatter.status, lund.written.status]).toEqual(['godkjent', 'godkjent av kommunestyret'])
    const forde = await loadDocument(fixture('helse-forde/delavtale-akuttmedisinske-kjeda.md'))
    expect(forde.frontMatter.date).toBe('2018-11')
  })

  it('synthetic front matter: a year as date, nynorsk kinds and statuses, an unknown status refused', () => {
    const fm = (extra: string) => `---\nid: synthetic\ntitle: Synthetic\n${extra}\n---\n\n# Synthetic\n`
    const a = parseDocument(fm('type: retningsline\nstatus: vedteke\ndate: 2012'), { path: 'synthetic.md' })
    expect([a.frontMatter.type, a.frontMatter.status, a.frontMatter.date, a.language]).toEqual(['retningslinje', 'vedtatt', '2012', 'nn'])
    const b = parseDocument(fm('type: overordna samarbeidsavtale\nlanguage: nn'), { path: 'synthetic.md' })
    expect([b.frontMatter.type, b.written.type]).toEqual(['samarbeidsavtale', 'overordna samarbeidsavtale'])
    for (const [t, kind] of [['rettleiar', 'veileder'], ['rutine', 'prosedyre'], ['vedlegg', 'vedlegg'], ['særavtale', 'særavtale']] as const) {
      expect(parseDocument(fm(`type: ${t}`), { path: 'synthetic.md' }).frontMatter.type).toBe(kind)
    }
    expect(() => parseDocument(fm('type: delavtale\nstatus: kladd'), { path: 'synthetic.md' })).toThrow(/«status» må være en av/)
    expect(() => parseDocument(fm('type: delavtale\ndate: 2012-13'), { path: 'synthetic.md' })).toThrow(/dato skrives/)
  })
})

describe('2. references in every region’s form', () => {
  it('«tjenesteavtale nr. 3», «overordnet samarbeidsavtale pkt. 4» (Innlandet)', () => {
    const line = realLine('innlandet/tjenesteavtale-2-lunner.md', 'første avsnitt nr. 2')
    expect(refs(line)).toEqual([
      { document: 'overordnet-samarbeidsavtale', kind: 'samarbeidsavtale', section: '4' },
      { document: 'tjenesteavtale-3', kind: 'tjenesteavtale', number: 3 },
      { document: 'tjenesteavtale-5', kind: 'tjenesteavtale', number: 5 },
    ])
  })

  it('«overordnet samarbeidsavtale pkt.5» without a space (Ahus)', () => {
    expect(refs(realLine('ahus/delavtale-10.md', 'pkt.5'))).toEqual([{ document: 'overordnet-samarbeidsavtale', kind: 'samarbeidsavtale', section: '5' }])
  })

  it('«delavtale 1», «Samarbeidsavtalen pkt. 5» (Sørlandet)', () => {
    const line = realLine('sorlandet/delavtale-1-arendal.md', 'heretter kalt delavtale 1')
    expect(refs(line)).toEqual([
      { document: 'delavtale-1', kind: 'delavtale', number: 1 },
      { document: 'samarbeidsavtale', kind: 'samarbeidsavtale', section: '5' },
    ])
  })

  it('«Tenesteavtale 4», «Tenesteavtale 11 og 12» (Helse Bergen)', () => {
    expect(refs(realLine('helse-bergen/tenesteavtale-11-og-12.md', 'Tenesteavtale 4 omhandlar'))).toEqual([
      { document: 'tjenesteavtale-11', kind: 'tjenesteavtale', number: 11 },
      { document: 'tjenesteavtale-12', kind: 'tjenesteavtale', number: 12 },
      { document: 'tjenesteavtale-4', kind: 'tjenesteavtale', number: 4 },
    ])
  })

  it('«tenesteavtale 1» in running text, but not «tidlegare …»-history (Helse Bergen)', () => {
    expect(refs(realLine('helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md', 'og tenesteavtale 1 inngått'))).toEqual([
      { document: 'tjenesteavtale-1', kind: 'tjenesteavtale', number: 1 },
    ])
    // UNN's «retningslinje 6 (tidligere tjenesteavtale 8)» names history, not a reference.
    expect(refs(synthetic('retningslinje 6 (tidligere tjenesteavtale 8)'))).toEqual([{ document: 'retningslinje-6', kind: 'retningslinje', number: 6 }])
  })

  it('«(nærare omtala i pkt. 5)», «som omtalt i kap. 5», «(pt. pkt. 8)», «omtalt nedenfor i pkt. 5»', () => {
    expect(refs(realLine('helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md', 'nærare omtala i pkt. 5'))).toEqual([{ document: 'this-doc', section: '5' }])
    expect(refs(realLine('helse-bergen/overordna-samarbeidsavtale.md', 'omtalt i kap. 5'))).toEqual([{ document: 'this-doc', section: '5' }])
    expect(refs(realLine('helse-bergen/tenesteavtale-11.md', '(pt. pkt. 8)'))).toEqual([{ document: 'overordnet-samarbeidsavtale', kind: 'samarbeidsavtale', section: '8' }])
    expect(refs(realLine('sor-rogaland/overordnet-samarbeidsavtale.md', 'omtalt nedenfor i pkt. 5'))).toEqual([{ document: 'this-doc', section: '5' }])
  })

  it('«jfr pkt. 4 i rammeavtalen» (Helse Førde)', () => {
    expect(refs(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', 'jfr pkt. 4 i rammeavtalen'))).toEqual([{ document: 'rammeavtale', kind: 'samarbeidsavtale', section: '4' }])
  })

  it('synthetic: «rammeavtalen pkt. 4», «punkt 3 i avtalen», «jf. § 5», «pkt. 5.0», «særavtale om …», «sjå punkt 2»', () => {
    expect(refs(synthetic('jf. rammeavtalen pkt. 4.'))).toEqual([{ document: 'rammeavtale', kind: 'samarbeidsavtale', section: '4' }])
    expect(refs(synthetic('som nevnt i punkt 3 i avtalen.'))).toEqual([{ document: 'this-doc', section: '3' }])
    expect(refs(synthetic('se punkt 3 i denne avtala.'))).toEqual([{ document: 'this-doc', section: '3' }])
    expect(refs(synthetic('jf. § 5 om uenighet.'))).toEqual([{ document: 'this-doc', section: '5' }])
    expect(refs(synthetic('se pkt. 5.0.'))).toEqual([{ document: 'this-doc', section: '5' }])
    expect(refs(synthetic('sjå punkt 2.'))).toEqual([{ document: 'this-doc', section: '2' }])
    expect(refs(synthetic('etter særavtale om legevakt, og'))).toEqual([{ document: 'særavtale', kind: 'særavtale', subject: 'legevakt' }])
    expect(refs(synthetic('jf. delavtale 11, punkt 3'))).toEqual([{ document: 'delavtale-11', kind: 'delavtale', number: 11, section: '3' }])
  })

  it('a paragraph of another act is not a section of ours («jf forskrift … § 14», «smittevernlovens § 7.1»)', () => {
    expect(refs(synthetic('jf forskrift om utskrivningsklare pasienter § 14.'))).toEqual([])
    expect(refs(synthetic('etter folkehelseloven § 5 og smittevernlovens § 7.1, og'))).toEqual([])
    expect(refs(synthetic('jf. § 6-2 nr. 3'))).toEqual([])
  })
})

describe('3. nynorsk', () => {
  it('act names: «Lov om kommunale helse- og omsorgstenester m.m.», «Lov om spesialisthelsetenesta m.m.», «helse- og omsorgstenestelova»', () => {
    const line = realLine('helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md', 'Lov om spesialisthelsetenesta')
    expect(extractLawCitations(line).map(law)).toEqual(['hotjl § 6-1', 'sphl § 2-1 e'])
    expect(cites(realLine('helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md', 'helse- og omsorgstenestelova § 6-2'))).toEqual([[]])
  })

  it('«Helse- og omsorgstenestelova § 6-1 og § 6-2, pkt. 11», «Spesialisthelsetenestelova § 2-1e, 2. ledd» (Helse Førde)', () => {
    expect(extractLawCitations(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', '§ 6-2, pkt. 11')).map(law)).toEqual(['hotjl § 6-1', 'hotjl § 6-2 nr. 11'])
    expect(extractLawCitations(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', 'Spesialisthelsetenestelova')).map(law)).toEqual(['sphl § 2-1 e ledd 2'])
  })

  it('synthetic: «spesialisthelsetenestelova», «lov om spesialisthelsetenesta», «fyrste/andre/tredje/siste ledd»', () => {
    expect(extractLawCitations(synthetic('etter spesialisthelsetenestelova § 2-1 e')).map(law)).toEqual(['sphl § 2-1 e'])
    expect(extractLawCitations(synthetic('lov om spesialisthelsetenesta § 2-1 e fjerde ledd')).map(law)).toEqual(['sphl § 2-1 e ledd 4'])
    expect(extractLawCitations(synthetic('helse- og omsorgstenestelova § 6-2 fyrste ledd nr. 6')).map(law)).toEqual(['hotjl § 6-2 ledd 1 nr. 6'])
    expect(extractLawCitations(synthetic('helse- og omsorgstenestelova § 6-5 andre ledd')).map(law)).toEqual(['hotjl § 6-5 ledd 2'])
    expect(extractLawCitations(synthetic('helse- og omsorgstenestelova § 3-5 tredje ledd')).map(law)).toEqual(['hotjl § 3-5 ledd 3'])
    const last = hotjl62Citations(extractLawCitations(synthetic('hotjl § 6-2 siste ledd')))
    expect(last).toMatchObject([{ points: [], secondParagraph: true }])
  })

  it('synthetic nynorsk document: «retningsline», «tenesteavtale», «sjå»', () => {
    expect(refs(synthetic('sjå retningsline 3 og tenesteavtale 2'))).toEqual([
      { document: 'retningslinje-3', kind: 'retningslinje', number: 3 },
      { document: 'tjenesteavtale-2', kind: 'tjenesteavtale', number: 2 },
    ])
  })
})

describe('4. numbering styles', () => {
  it('«1.0 Parter, 2.0 Bakgrunn, 3.0 Lovgrunnlag» (Sørlandet) is sections 1, 2, 3', async () => {
    const doc = await loadDocument(fixture('sorlandet/delavtale-1-arendal.md'))
    expect(doc.sections.map((s) => [s.numberText, s.number, s.numberStyle, s.id])).toEqual([
      ['1.0', '1', 'decimal-zero', 'delavtale-1-arendal/1'],
      ['2.0', '2', 'decimal-zero', 'delavtale-1-arendal/2'],
      ['3.0', '3', 'decimal-zero', 'delavtale-1-arendal/3'],
    ])
  })

  it('«3.  Formålet med avtalen» with two spaces (Helse Bergen) and «1. Parter» (Sør-Rogaland)', async () => {
    const doc = await loadDocument(fixture('helse-bergen/tenesteavtale-1.md'))
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5'])
    expect(doc.sections[2]!.title).toBe('Formålet med avtalen')
    const sr = await loadDocument(fixture('sor-rogaland/overordnet-samarbeidsavtale.md'))
    expect(sr.sections.map((s) => [s.numberText, s.title])).toEqual([['1.', 'Parter'], ['2.', 'Bakgrunn']])
  })

  it('«§ 3-1.» opening a paragraph of quoted law is not a heading (Helse Bergen)', async () => {
    const doc = await loadDocument(fixture('helse-bergen/tenesteavtale-1.md'))
    expect(allSections(doc.sections).some((s) => s.title.includes('Kommunens overordna ansvar'))).toBe(false)
  })

  it('synthetic headings: «§ 1», «Punkt 1», «Artikkel 1», roman and lettered', () => {
    const doc = parseDocument(
      '---\nid: synthetic\ntype: delavtale\ntitle: S\n---\n\n# S\n\n## § 1 Parter\n\n## § 2. Formål\n\n### a) Første\n\n### b. Andre\n\n## Punkt 3: Omfang\n\n## Artikkel 4 – Ansvar\n\n## IV. Roman\n\n## I samarbeid med\n',
      { path: 'synthetic.md' },
    )
    expect(allSections(doc.sections).map((s) => [s.numberText, s.number, s.numberStyle ?? null, s.id])).toEqual([
      ['§ 1', '1', 'paragraph', 'synthetic/1'],
      ['§ 2.', '2', 'paragraph', 'synthetic/2'],
      ['a)', 'a', 'letter', 'synthetic/2/a'],
      ['b.', 'b', 'letter', 'synthetic/2/b'],
      ['Punkt 3', '3', 'punkt', 'synthetic/3'],
      ['Artikkel 4', '4', 'artikkel', 'synthetic/4'],
      ['IV.', '4', 'roman', 'synthetic/4~2'],
      [null, null, null, 'synthetic/i-samarbeid-med'],
    ])
  })

  it('synthetic: after «B.» a «C.» is the letter c, not the roman 100', () => {
    const doc = parseDocument('---\nid: synthetic\ntype: delavtale\ntitle: S\n---\n\n# S\n\n## A. En\n\n## B. To\n\n## C. Tre\n', { path: 'synthetic.md' })
    expect(doc.sections.map((s) => [s.number, s.numberStyle])).toEqual([['a', 'letter'], ['b', 'letter'], ['c', 'letter']])
  })
})

describe('5. § 6-2 citations in every form', () => {
  it('«§ 6.2 første ledd» after a quoted act name (Helse Bergen)', () => {
    const [c] = extractLawCitations(realLine('helse-bergen/tenesteavtale-1.md', '§ 6.2 første ledd'))
    expect(c).toMatchObject({ act: 'hotjl', paragraph: '6-2', ledd: 1, leddText: 'første ledd', points: [] })
  })

  it('«§ 6-2 nr. 11» (Helse Bergen)', () => {
    expect(cites(realLine('helse-bergen/tenesteavtale-11.md', '§ 6-2 nr. 11'))).toEqual([[11]])
  })

  it('«6-2. nr. 10» without the sign, a dot after the paragraph (Ahus)', () => {
    const line = realLine('ahus/delavtale-10.md', '6-2. nr. 10')
    expect(cites(line)).toEqual([[10]])
    // «spesialisthelsetjenesteloven 2-l e» (an l for the 1 in the source) is not mistaken for anything.
    expect(extractLawCitations(line).map(law)).toEqual(['hotjl § 6-2 nr. 10'])
  })

  it('«helse- og omsorgstjenesteloven 6-2» right after the act (Oslo)', () => {
    expect(extractLawCitations(realLine('oslo/samarbeidsavtale-del-1.md', 'omsorgstjenesteloven 6-2')).map(law)).toEqual(['hotjl § 6-1', 'sphl § 2-1 e', 'sphl § 2-6', 'hotjl § 6-2'])
  })

  it('indirect: «overordnet samarbeidsavtale pkt. 4, første avsnitt nr. 2» (Innlandet), «Samarbeidsavtalen pkt. 5, første avsnitt nr. 1/11» (Sørlandet)', () => {
    expect(indirectHotjl62Citations(realLine('innlandet/tjenesteavtale-2-lunner.md', 'første avsnitt nr. 2'))).toMatchObject([
      { points: [2], via: { document: 'overordnet-samarbeidsavtale', section: '4', ledd: 1 } },
    ])
    expect(indirectHotjl62Citations(realLine('sorlandet/delavtale-11-lund.md', 'første avsnitt nr. 11'))).toMatchObject([{ points: [11], via: { document: 'samarbeidsavtale', section: '5' } }])
  })

  it('indirect citations are a document’s § 6-2 citations', async () => {
    const doc = await loadDocument(fixture('sorlandet/delavtale-1-arendal.md'))
    expect(everything(doc).flatMap((b) => b.citations).filter((c) => c.via).map((c) => c.points)).toEqual([[1]])
  })

  it.each([
    ['synthetic «§ § 6-2»', 'jf. § § 6-2 nr. 3', [[3]]],
    ['synthetic «6-2 nr. 3»', 'helse- og omsorgstjenesteloven 6-2 nr. 3', [[3]]],
    ['synthetic «(1) nr. 4»', 'hotjl § 6-2 (1) nr. 4', [[4]]],
    ['synthetic «nummer 7»', '§ 6-2 nummer 7', [[7]]],
    ['synthetic «nr. 1–13»', '§ 6-2 nr. 1–13', [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]]],
    ['synthetic «1-11»', '§ 6-2 første ledd nr. 1-11', [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]],
    ['synthetic «punkta»', 'helse- og omsorgstenestelova § 6-2 punkta 2 og 3', [[2, 3]]],
  ])('%s', (_name, text, points) => {
    expect(cites(synthetic(text))).toEqual(points)
  })

  it('«§ § 2-1 e» with the sign doubled (Helse Bergen) is one citation of sphl § 2-1 e', () => {
    const found = extractLawCitations(realLine('helse-bergen/overordna-samarbeidsavtale-og-tenesteavtale-1.md', '§ § 2-1 e'))
    expect(found.filter((c) => c.act === 'sphl').map(law)).toEqual(['sphl § 2-1 e'])
  })

  it('keeps the non-6-2 paragraphs apart, and «§ 6.2» without an act is a section, not the law', () => {
    expect(cites(synthetic('jf. helse- og omsorgstjenesteloven § 6-5 andre ledd.'))).toEqual([])
    expect(cites(synthetic('Jf. helse- og omsorgstjenestelovens § 3-5 tredje ledd.'))).toEqual([])
    expect(cites(synthetic('jfr. Lov om spesialisthelsetjenester (shtjl) § 2-1e, pålagt'))).toEqual([])
    expect(cites(synthetic('se § 6.2 nedenfor'))).toEqual([])
  })
})

describe('6. law dates and placeholders', () => {
  it('«14.06.11» after a nynorsk act name (Helse Førde)', () => {
    const [c] = extractLawCitations(realLine('helse-forde/overordna-samarbeidsavtale.md', '14.06.11'))
    expect(c).toMatchObject({ act: 'hotjl', paragraph: '6-1', actDate: '2011-06-14', actDateText: '14.06.11' })
  })

  it('«”Lov om kommunale helse- og omsorgstjenester” av 22.juni 2011» (Helse Bergen)', () => {
    const [c] = extractLawCitations(realLine('helse-bergen/tenesteavtale-1.md', '22.juni 2011'))
    expect(c).toMatchObject({ act: 'hotjl', actDate: '2011-06-22', actDateText: '22.juni 2011' })
  })

  it('«av 14. juni 2011 §§ 6-1 flg.» (Sør-Rogaland)', () => {
    const [c] = extractLawCitations(realLine('sor-rogaland/overordnet-samarbeidsavtale.md', 'av 14. juni 2011'))
    expect(c).toMatchObject({ act: 'hotjl', paragraph: '6-1', actDate: '2011-06-14', actDateText: '14. juni 2011' })
  })

  it('«Lov om kommunale helse- og omsorgstjenester m.m. av 24. juni 2011 nr. 30» with no paragraph (Sørlandet)', () => {
    const [c] = extractLawCitations(realLine('sorlandet/delavtale-1-arendal.md', 'av 24. juni 2011 nr. 30'))
    expect(c).toMatchObject({ act: 'hotjl', paragraph: '', actDate: '2011-06-24', text: 'Lov om kommunale helse- og omsorgstjenester m.m. av 24. juni 2011 nr. 30' })
    expect(extractLawCitations(realLine('sorlandet/delavtale-1-arendal.md', 'Lov om helsepersonell m.v.'))).toMatchObject([{ act: 'hpl', actDate: '1999-07-02' }])
  })

  it('synthetic: «lov av 24. juni 2011 nr. 30» names the act by its date and number', () => {
    expect(extractLawCitations(synthetic('etter lov av 24. juni 2011 nr. 30 § 6-2 nr. 4'))).toMatchObject([{ act: 'hotjl', paragraph: '6-2', points: [4], actDate: '2011-06-24' }])
    expect(extractLawCitations(synthetic('lov av 14. juni 2011 om kommunale helse- og omsorgstjenester § 6-1'))).toMatchObject([{ act: 'hotjl', actDate: '2011-06-14' }])
  })

  const placeholders = (pt: PositionedText) => findPlaceholdersInText(pt).map((p) => `${p.kind}: ${p.text}`)
  it('«............. kommune» and the party left out, «mellom kommune og» (Helse Førde)', () => {
    expect(placeholders(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', '............. kommune'))).toEqual(['ad-hoc: ............. kommune'])
    expect(placeholders(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', 'Avtalen er inngått mellom kommune og'))).toEqual(['tom-part: mellom kommune og'])
    // … but «rammeavtalen mellom kommune og Helse Førde» describes an agreement, and UNN's «mellom kommune og UNN» is prose.
    expect(placeholders(realLine('helse-forde/delavtale-akuttmedisinske-kjeda.md', 'rammeavtalen mellom kommune og'))).toEqual([])
    expect(placeholders(synthetic('ansvars- og oppgavefordeling mellom kommune og UNN relatert til'))).toEqual([])
  })

  it('«xxxxx kommune» (Ahus), «X kommune» (Sør-Rogaland), «XX kommune» (Helse Førde)', () => {
    expect(placeholders(realLine('ahus/delavtale-10.md', 'xxxxx kommune'))).toEqual(['ad-hoc: xxxxx kommune'])
    expect(placeholders(realLine('sor-rogaland/overordnet-samarbeidsavtale.md', 'X kommune'))).toEqual(['ad-hoc: X kommune'])
    expect(placeholders(realLine('helse-forde/delavtale-utskriving-psykisk-helsevern-rus.md', 'XX kommune'))).toEqual(['ad-hoc: XX kommune'])
  })

  it('synthetic: «NN kommune», «xxxxxxx», «xx.xx.xxxx»; «UNN kommune»-like words are not', () => {
    expect(placeholders(synthetic('mellom NN kommune og'))).toEqual(['ad-hoc: NN kommune'])
    expect(placeholders(synthetic('signert xxxxxxx'))).toEqual(['ad-hoc: xxxxxxx'])
    expect(placeholders(synthetic('datert xx.xx.xxxx'))).toEqual(['ad-hoc: xx.xx.xxxx'])
    expect(placeholders(synthetic('UNN kommune og Maxx kommune'))).toEqual([])
  })
})
