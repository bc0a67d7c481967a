import { describe, expect, it } from 'vitest'
import { extractLawCitations, hotjl62Citations } from '../../src/parse/citations.js'
import type { PositionedText } from '../../src/parse/text.js'

const pt = (text: string): PositionedText => ({ text, segments: [{ offset: 0, value: text, start: { line: 1, column: 1 } }] })
const cite = (text: string) => hotjl62Citations(extractLawCitations(pt(text)))

describe('hotjl § 6-2 citations', () => {
  it.each([
    ['(Helse- og omsorgstjenesteloven § 6-2, punkt 1)', [1]],
    ['(Helse- og omsorgstjenesteloven § 6-2, punktene 2, 3, 5 og 13)', [2, 3, 5, 13]],
    ['inngått i medhold av loven § 6-2 nr. 2, 3, 5 og 13. Formålet', [2, 3, 5, 13]],
    ['(Helse, og omsorgstjenesteloven §6-2.13),', [13]],
    ['Hotjl. § 6-2, pkt. 12 pålegger kommuner', [12]],
    ['hotjl. § 6-2, pkt. 12', [12]],
    ['(helse- og omsorgstjenesteloven) § 6-2 nr. 10.', [10]],
    ['jf. hol 6-2, 1. ledd, nr. 4', [4]],
    ['§ 6-2 første ledd nr. 4', [4]],
    ['helse- og omsorgstenestelova § 6-2, pkt. 11', [11]],
    ['§ 6-2 nr. 2-5', [2, 3, 4, 5]],
  ])('%s → %j', (text, points) => {
    const found = cite(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.points).toEqual(points)
    expect(found[0]!.secondParagraph).toBe(false)
  })

  it('knows a citation of § 6-2 as a whole and of its second paragraph', () => {
    expect(cite('jf. hotjl. § 6-2. Disse er:')).toMatchObject([{ points: [] }])
    expect(cite('hotjl § 6-2 andre ledd')).toMatchObject([{ points: [], secondParagraph: true }])
  })

  it.each([
    'jf. helse- og omsorgstjenesteloven § 6-5 andre ledd.',
    'Jf. helse- og omsorgstjenestelovens § 3-5 tredje ledd.',
    'jfr. Lov om spesialisthelsetjenester (shtjl) § 2-1e, pålagt',
    'shtjl § 6-2 nr. 3',
    'i årene 2016-2017 og 6-2',
    'se punkt 6.2 i retningslinjen',
  ])('is not fooled by %s', (text) => {
    expect(cite(text)).toEqual([])
  })

  it('tells other acts and paragraphs apart', () => {
    const found = extractLawCitations(pt('jf. hotjl §§ 3-1, 3-2 og 3-3, og shtjl §§ 2-1 e og 2-1 f.'))
    expect(found.map((c) => `${c.act} § ${c.paragraph}`)).toEqual(['hotjl § 3-1', 'hotjl § 3-2', 'hotjl § 3-3', 'sphl § 2-1 e', 'sphl § 2-1 f'])
  })

  it('reads the date written after an act name', () => {
    const [c] = extractLawCitations(pt('etter lov om kommunale helse- og omsorgstjenester av 14. juni 2011 § 6-1 mfl. (hotjl)'))
    expect(c).toMatchObject({ act: 'hotjl', paragraph: '6-1', actDate: '2011-06-14' })
  })

  it('reports the column of a citation', () => {
    const [c] = cite('Plikten følger av hotjl. § 6-2, pkt. 12.')
    expect(c!.range.start).toEqual({ line: 1, column: 19 })
    expect(c!.text).toBe('hotjl. § 6-2, pkt. 12')
  })

  it('stays linear on long adversarial strings', () => {
    // Each would take minutes with an unbounded nested quantifier.
    const hostile = ['§ 6-2' + ' '.repeat(50_000) + 'x', '§ 6-2 nr. ' + '1, '.repeat(20_000), 'hotjl '.repeat(20_000) + '§', '6-2, 1. ledd'.repeat(5_000)]
    for (const text of hostile) expect(() => extractLawCitations(pt(text))).not.toThrow()
  })
})
