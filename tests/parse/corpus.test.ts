import { describe, expect, it } from 'vitest'
import { allSections } from '../../src/parse/document.js'
import { doc, loadCorpus, section } from '../helpers.js'

/** Numbered sections of each bundled document, as the source numbers them (defects included). */
const OUTLINES: Record<string, string[]> = {
  samarbeidsavtale: ['Del 1', ...Array.from({ length: 17 }, (_, i) => String(i + 1)), 'Del 2', ...Array.from({ length: 9 }, (_, i) => `2.${i + 1}`)],
  'retningslinje-1': ['1', '2', '2.1', '2.2', '3', '3.1', '3.2', '4', '5', '6', '7', '8'],
  'retningslinje-2': ['1', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '4', '4.1', '4.1.1', '4.1.2', '4.1.3', '5', '5.1', '5.1.1', '5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2', '5.2', '6', '7', '8', '9', '10'],
  'retningslinje-3': ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  // The source numbers two sections "4", each with its own 4.1–4.3.
  'retningslinje-4': ['1', '2', '3', '4', '4.1', '4.2', '4.3', '4', '4.1', '4.2', '4.3', '5', '6', '7', '8'],
  'retningslinje-5': ['1', '2', '3', '4', '4.1', '4.2', '4.3', '5', '6', '7', '8', '9', '10'],
  'retningslinje-6': ['1', '2', '3', '4', '4.1', '4.2', '4.3', '5', '6', '7', '8', '9'],
  'retningslinje-7': ['1', '2', '3', '4', '4.1', '4.2', '5', '6', '7', '8', '9'],
  'retningslinje-8': ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  'retningslinje-9': ['1', '2', '3', '4', '5', '5.1', '5.2', '5.3', '5.4', '6', '7', '8', '9'],
  'veileder-fakturering': ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
}

describe('the bundled 2023 agreement set', () => {
  it('has the eleven documents in source order', async () => {
    const set = await loadCorpus()
    expect(set.documents.map((d) => d.frontMatter.id)).toEqual(Object.keys(OUTLINES))
  })

  it.each(Object.entries(OUTLINES))('outline of %s', async (id, numbers) => {
    const set = await loadCorpus()
    const sections = allSections(doc(set, id).sections).filter((s) => s.kind !== 'unnumbered')
    expect(sections.map((s) => (s.kind === 'part' ? `Del ${s.number}` : s.number))).toEqual(numbers)
  })

  it('titles each retningslinje from its own heading', async () => {
    const set = await loadCorpus()
    expect(doc(set, 'retningslinje-3').title).toBe('RETNINGSLINJE nr. 3: Beskrivelse av kommunens tilbud om døgnopphold for øyeblikkelig hjelp (ØHD)')
    expect(section(set, 'samarbeidsavtale/del-1/14').title).toBe('Håndtering av uenighet – tvisteløsning')
    expect(section(set, 'retningslinje-3/10').numberText).toBe('10 .')
  })

  it('nests sections by number depth and gives them stable ids', async () => {
    const set = await loadCorpus()
    const s = section(set, 'retningslinje-2/5.1.1')
    expect(s.children.map((c) => c.id)).toEqual([
      'retningslinje-2/5.1.1/unns-ansvar',
      'retningslinje-2/5.1.1/kommunens-ansvar',
      'retningslinje-2/5.1.1.1',
      'retningslinje-2/5.1.1.2',
      'retningslinje-2/5.1.1.3',
    ])
    // The duplicate "4" of retningslinje 4 keeps its own id instead of failing the parse.
    expect(section(set, 'retningslinje-4/4~2').title).toBe('Videreutvikling av møtearenaer for kompetansebygging og deling av kunnskap')
  })

  it('finds the § 6-2 points each section cites', async () => {
    const set = await loadCorpus()
    const points = (id: string) => section(set, id).citations.flatMap((c) => c.points)
    expect(points('samarbeidsavtale/del-2/2.1')).toEqual([1])
    expect(points('samarbeidsavtale/del-2/2.2')).toEqual([2, 3, 5, 13])
    expect(points('samarbeidsavtale/del-2/2.3')).toEqual([4])
    expect(points('samarbeidsavtale/del-2/2.9')).toEqual([11])
    expect(points('samarbeidsavtale/del-1/9')).toEqual([12])
    expect(points('retningslinje-2/1')).toEqual([2, 3, 5, 13])
    expect(points('retningslinje-2/5.1')).toEqual([13])
    expect(points('retningslinje-8/2')).toEqual([10])
    // § 6-5 andre ledd in Del 1 § 16 and § 3-5 tredje ledd in retningslinje 3 are not § 6-2 points.
    expect(section(set, 'samarbeidsavtale/del-1/16').citations).toEqual([])
    expect(section(set, 'retningslinje-3/3').citations).toEqual([])
    expect(section(set, 'retningslinje-3/3').lawCitations.map((c) => [c.act, c.paragraph, c.ledd])).toEqual([['hotjl', '3-5', 3]])
  })

  it('places each citation at its source line', async () => {
    const set = await loadCorpus()
    const [c] = section(set, 'samarbeidsavtale/del-1/9').citations
    const lines = doc(set, 'samarbeidsavtale').source.split('\n')
    expect(lines[c!.range.start.line - 1]!.slice(c!.range.start.column - 1)).toMatch(/^Hotjl\. § 6-2, pkt\. 12/)
  })

  it('finds the cross-references the text makes', async () => {
    const set = await loadCorpus()
    const targets = (id: string) => section(set, id).references.map(({ target: { kind: _kind, number: _number, ...where } }) => where)
    expect(targets('samarbeidsavtale/del-1/11')).toEqual([{ document: 'samarbeidsavtale', part: 2, section: '2.2' }])
    expect(targets('retningslinje-1/1')).toEqual([{ document: 'samarbeidsavtale', part: 2, section: '2.1' }])
    expect(targets('retningslinje-3/5')).toEqual([{ document: 'retningslinje-4' }, { document: 'retningslinje-5' }, { document: 'retningslinje-7' }])
    expect(targets('retningslinje-3/6')).toEqual([{ document: 'samarbeidsavtale', part: 1, section: '8' }])
    expect(targets('retningslinje-1/3.2/saksgang')).toEqual([{ document: 'samarbeidsavtale', section: '2.1.3' }])
    expect(section(set, 'samarbeidsavtale/del-2/2.1').references[0]!.quotedTitle).toBe('Oppgave- og ansvarsfordeling mellom UNN og kommunen')
  })

  it('finds the template variables that replaced the source placeholders', async () => {
    const set = await loadCorpus()
    expect(section(set, 'samarbeidsavtale/del-1/17').variables.map((v) => v.name)).toEqual(['kommune.signatar.tittel', 'kommune.offisielt_navn'])
    const block = section(set, 'retningslinje-3/4').variables.find((v) => v.block)
    expect(block?.name).toBe('blokk.ohd-tilbud')
    expect(doc(set, 'retningslinje-1').preamble.variables.map((v) => v.name)).toEqual(['avtale.dato'])
  })

  it('reads the front matter with the line of each key', async () => {
    const set = await loadCorpus()
    const rl2 = doc(set, 'retningslinje-2')
    expect(rl2.frontMatter).toMatchObject({ type: 'retningslinje', number: 2, hotjl: [2, 3, 5, 13], anchor: 'samarbeidsavtale/del-2/2.2', hearing: 'revidert etter høringsrunde' })
    expect(rl2.frontMatterLines.hotjl).toBe(9)
  })
})
