/**
 * Properties of the parser over generated input: it never throws anything but its own typed
 * error, never hangs, and parse → stringify → parse is stable.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { extractLawCitations } from '../../src/parse/citations.js'
import { parseDocument } from '../../src/parse/document.js'
import { extractReferences } from '../../src/parse/references.js'
import type { PositionedText } from '../../src/parse/text.js'
import { stringify } from '../../src/stringify.js'
import { findPlaceholdersInText } from '../../src/validate/placeholders.js'
import { shape } from '../parse/roundtrip.test.js'
import { frontMatter } from '../helpers.js'

/** Fragments that matter to this parser: headings, numbers, §, lists, quotes, variables. */
const fragment = fc.constantFrom(
  '# ', '## ', '### ', '1. ', '2.1 ', '10 . ', '- ', '> ', '* ', '\n', '\n\n', '§ 6-2', ' nr. ', 'pkt. 12', 'punktene 2, 3 og 13',
  'hotjl', 'se del 2, punkt 2.2', 'Se retningslinje 3', '«', '»', '–', '{{kommune.navn}}', '{{', '}}', '|', '---', 'XX kommune',
  'xx.xx.2023', '(SETT INN DATO)', 'Sted/dato:', 'æøå ', 'Gáivuotna ', '\\', '`', '[^1]', '[^1]: fot', '| a | b |\n|---|---|', ' ', 'tekst ',
)
const markdownBody = fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''))

const pt = (text: string): PositionedText => ({ text, segments: [{ offset: 0, value: text, start: { line: 1, column: 1 } }] })

describe('parser properties', () => {
  it('any input: a document, or an AvtaleverkError — nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(markdownBody, markdownBody.map((b) => frontMatter() + b), fc.string({ maxLength: 300 })), (text) => {
        try {
          parseDocument(text, { path: 'x.md' })
        } catch (e) {
          if (!(e instanceof AvtaleverkError)) throw e
          expect(e.file).toBe('x.md')
          expect(e.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('parse → stringify → parse is stable, and stringify is idempotent', () => {
    fc.assert(
      fc.property(markdownBody, (body) => {
        let doc
        try {
          doc = parseDocument(frontMatter() + '# Tittel\n\n' + body, { path: 'x.md' })
        } catch (e) {
          if (e instanceof AvtaleverkError) return
          throw e
        }
        const once = stringify(doc)
        const again = parseDocument(once, { path: 'x.md' })
        expect(shape(again)).toEqual(shape(doc))
        expect(stringify(again)).toBe(once)
      }),
      { numRuns: 300 },
    )
  })
})

describe('regex-heavy extraction stays linear on adversarial strings', () => {
  // 60,000-character strings built to trip backtracking: a quadratic pattern would take minutes.
  const hostile = [
    '§ 6-2' + ' '.repeat(60_000),
    '§ 6-2 nr. ' + '1, '.repeat(20_000) + 'x',
    'hotjl '.repeat(10_000) + '§',
    '6-2, 1. ledd'.repeat(5_000),
    'se del 2, punkt '.repeat(4_000) + '2.2',
    'punkt 1.1.1.1.1' .repeat(4_000),
    'retningslinje 1 og '.repeat(3_000) + '2',
    '{{' + 'a.'.repeat(30_000) + '}}',
    '(' + 'SETT INN '.repeat(6_000) + ')',
    'X kommune '.repeat(6_000),
    '(' + 'ABC '.repeat(15_000) + ')',
  ]
  // No timing assertion (the bench measures speed): the test's timeout is the hang guard.
  it.each(hostile.map((h, i) => [i, h]))(
    'string %i',
    (_, text) => {
      expect(Array.isArray(extractLawCitations(pt(text as string)))).toBe(true)
      expect(Array.isArray(extractReferences(pt(text as string), 'retningslinje-1'))).toBe(true)
      expect(Array.isArray(findPlaceholdersInText(pt(text as string)))).toBe(true)
    },
    10_000,
  )
})
