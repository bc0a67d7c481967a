/**
 * hotjl § 6-2 second paragraph (samarbeidstiltak: arbeidsgiveransvar, organisering,
 * finansiering) counts as covered by a section that deals with all of it. Each element is
 * needed: a section lacking any one of them does not cover it, so dropping a term from the
 * rule's list makes a test here fail.
 */
import { describe, expect, it } from 'vitest'
import { addressesSecondParagraph, coverageMatrix, isCovered, SECOND_PARAGRAPH } from '../../src/validate/coverage.js'
import { parseDocument } from '../../src/parse/document.js'
import { agreementSet } from '../../src/parse/load.js'
import { frontMatter, loadCorpus } from '../helpers.js'

const ELEMENTS = { arbeidsgiveransvar: 'arbeidsgiveransvaret', organisering: 'organiseringen', finansiering: 'finansieringen' }

function sectionSaying(words: string[]) {
  const text = `${frontMatter()}\n# RETNINGSLINJE nr. 1: Test\n\n## 1. Samarbeidstiltak\n\nFor felles tiltak avtaler partene ${words.join(', ')} i hvert tilfelle.\n`
  const doc = parseDocument(text, { path: 'retningslinje-1.md' })
  return { doc, section: doc.sections[0]! }
}

describe('the second paragraph of § 6-2 in substance', () => {
  it('is covered by a section naming arbeidsgiveransvar, organisering and finansiering, in any inflection', () => {
    expect(addressesSecondParagraph(sectionSaying(Object.values(ELEMENTS)).section)).toBe(true)
    expect(addressesSecondParagraph(sectionSaying(['Arbeidsgiveransvar', 'hvordan tiltaket organiseres', 'hvordan det finansieres']).section)).toBe(true)
  })

  for (const missing of Object.keys(ELEMENTS) as Array<keyof typeof ELEMENTS>) {
    it(`is not covered when ${missing} is missing`, () => {
      const { doc, section } = sectionSaying(Object.entries(ELEMENTS).filter(([k]) => k !== missing).map(([, w]) => w))
      expect(addressesSecondParagraph(section)).toBe(false)
      const matrix = coverageMatrix(agreementSet([doc], ''))
      expect(matrix.cells[SECOND_PARAGRAPH]!['retningslinje-1']!.addressedIn).toEqual([])
      expect(isCovered(matrix, SECOND_PARAGRAPH)).toBe(false)
    })
  }

  it('is covered in the 2023 agreement by Del 1 § 9 alone, which does not cite it', async () => {
    const cells = coverageMatrix(await loadCorpus()).cells[SECOND_PARAGRAPH]!
    expect(Object.entries(cells).filter(([, c]) => c.addressedIn.length > 0 || c.citedIn.length > 0)).toEqual([['samarbeidsavtale', { claimed: false, citedIn: [], addressedIn: ['samarbeidsavtale/del-1/9'] }]])
  })
})
