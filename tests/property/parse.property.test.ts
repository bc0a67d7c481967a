/**
 * Properties of the parser over generated input: it never throws anything but its own typed
 * error, never hangs, and parse → stringify → parse is stable. The generated documents have
 * real structure (numbered headings three levels deep, nested lists, tables, quotes, § 6-2
 * citations, cross-references, template variables) with raw fragments mixed in, and the tests
 * assert that most of them do have sections, citations and references.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import { AvtaleverkError } from '../../src/errors.js'
import { extractLawCitations, hotjl62Citations } from '../../src/parse/citations.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
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

/** Pieces of running text as the agreements write them. */
const word = fc.constantFrom('kommunen', 'UNN', 'skal', 'pasienten', 'helsefellesskapet', 'og', 'i', 'tiltak', 'samarbeid', 'Gáivuotna', 'æøå', 'ØHD', '«partnere»', '–', 'jf.', '2.1')
const citation = fc.constantFrom(
  '(helse- og omsorgstjenesteloven § 6-2, punktene 2, 3, 5 og 13)', '§ 6-2 nr. 4', 'Hotjl. § 6-2, pkt. 12', '§6-2.13', 'helse- og omsorgstenestelova § 6-2, pkt. 11', '§ 6-2 nr. 2, 3 og 9',
)
const reference = fc.constantFrom('se del 2, punkt 2.2', 'Se retningslinje 3', 'jfr. pkt. 8 i samarbeidsavtalen, del 1', 'se punkt 5 i denne retningslinjen', 'forankret i samarbeidsavtalen del 2 punkt 2.1')
const variable = fc.constantFrom('{{kommune.navn}} kommune', '{{avtale.dato}}', '{{avtale.dato | lang}}', '{{kommune.signatar.tittel}}', '{{kommune.nummer}}')
interface Outline {
  title: string
  blocks: string[]
  children: Outline[]
}
const title = fc.constantFrom('Formål', 'Ansvar og oppgaver', 'Avvik', 'Varighet', 'Uenighet', 'Kommunens ansvar', 'UNNs ansvar', 'Samarbeid om § 6-2')

/** A body of numbered sections three levels deep; `raw` mixes in the raw fragments above. */
function structured(raw: boolean) {
  const inline = fc.oneof(
    { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')) },
    { weight: 2, arbitrary: citation },
    { weight: 2, arbitrary: reference },
    { weight: 2, arbitrary: variable },
    { weight: raw ? 1 : 0, arbitrary: fragment },
  )
  const sentence = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => `${parts.join(' ')}.`)
  const listItem = fc.record({ text: sentence, children: fc.array(sentence, { maxLength: 2 }) })
  const list = fc.tuple(fc.constantFrom('- ', '1. ', '* '), fc.array(listItem, { minLength: 1, maxLength: 4 })).map(([marker, items]) =>
    items.map((it) => [`${marker}${it.text}`, ...it.children.map((c) => `${' '.repeat(marker.length)}- ${c}`)].join('\n')).join('\n'),
  )
  const block = fc.oneof(
    { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((x) => x.join(' ')) },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: sentence.map((x) => `> ${x}`) },
    { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `| Begrep | Forklaring |\n|---|---|\n| ${a} | ${b} |`) },
    { weight: 1, arbitrary: fc.constant('{{blokk.ohd-tilbud}}') },
    { weight: raw ? 1 : 0, arbitrary: markdownBody },
  )
  const leaf = fc.record({ title, blocks: fc.array(block, { maxLength: 2 }), children: fc.constant([] as Outline[]) })
  const mid = fc.record({ title, blocks: fc.array(block, { maxLength: 2 }), children: fc.array(leaf, { maxLength: 2 }) })
  const top = fc.record({ title, blocks: fc.array(block, { maxLength: 3 }), children: fc.array(mid, { maxLength: 3 }) })
  return fc.tuple(fc.array(block, { maxLength: 2 }), fc.array(top, { minLength: 1, maxLength: 5 })).map(([preamble, sections]) => ({ sections, text: [...preamble, outlineMarkdown(sections)].join('\n\n') }))
}

/** Numbered headings as the agreements write them: `## 2. Tittel`, `### 2.1 Tittel`, `#### 2.1.3 Tittel`. */
function outlineMarkdown(sections: Outline[], prefix = '', depth = 2): string {
  return sections
    .map((s, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`
      const heading = `${'#'.repeat(depth)} ${number}${prefix ? '' : '.'} ${s.title}`
      return [heading, ...s.blocks, outlineMarkdown(s.children, number, depth + 1)].filter((x) => x !== '').join('\n\n')
    })
    .join('\n\n')
}
const outlineNumbers = (sections: Outline[], prefix = ''): string[] =>
  sections.flatMap((s, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`
    return [number, ...outlineNumbers(s.children, number)]
  })

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
      { numRuns: propertyRuns(400) },
    )
  })

  it('parse → stringify → parse is stable, and stringify is idempotent', () => {
    const RUNS = propertyRuns(300)
    const seen = { documents: 0, withSections: 0, nested: 0, withCitations: 0, withReferences: 0, withVariables: 0 }
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: structured(true).map((b) => b.text) }, { weight: 1, arbitrary: markdownBody }), (body) => {
        let doc
        try {
          doc = parseDocument(frontMatter() + '# Tittel\n\n' + body, { path: 'x.md' })
        } catch (e) {
          if (e instanceof AvtaleverkError) return
          throw e
        }
        const sections = allSections(doc.sections)
        seen.documents++
        if (sections.length > 0) seen.withSections++
        if (sections.some((s) => s.depth >= 4)) seen.nested++
        if (sections.some((s) => s.citations.length > 0)) seen.withCitations++
        if (sections.some((s) => s.references.length > 0)) seen.withReferences++
        if (sections.some((s) => s.variables.length > 0)) seen.withVariables++
        const once = stringify(doc)
        const again = parseDocument(once, { path: 'x.md' })
        expect(shape(again)).toEqual(shape(doc))
        expect(stringify(again)).toBe(once)
      }),
      { numRuns: RUNS },
    )
    // The property is about documents with structure: most of those generated must have it.
    expect(seen.documents).toBeGreaterThan(RUNS * 0.83)
    expect(seen.withSections / seen.documents).toBeGreaterThan(0.8)
    for (const kind of ['nested', 'withCitations', 'withReferences', 'withVariables'] as const) expect(seen[kind] / seen.documents, kind).toBeGreaterThan(0.3)
  })

  it('numbered headings give the sections written, with their numbers, ids and nesting', () => {
    fc.assert(
      fc.property(structured(false), ({ sections, text }) => {
        const doc = parseDocument(frontMatter() + '# Tittel\n\n' + text, { path: 'x.md' })
        const numbers = outlineNumbers(sections)
        expect(allSections(doc.sections).map((s) => s.number)).toEqual(numbers)
        expect(allSections(doc.sections).map((s) => s.id)).toEqual(numbers.map((n) => `retningslinje-1/${n}`))
        expect(allSections(doc.sections).map((s) => s.depth)).toEqual(numbers.map((n) => n.split('.').length + 1))
        expect(doc.sections.map((s) => s.title)).toEqual(sections.map((s) => s.title))
      }),
      { numRuns: propertyRuns(150) },
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
  // No timing assertion (the bench measures speed): the test's timeout is the hang guard. Each
  // hostile string is followed by a real citation, reference and placeholder, which must still
  // be found, at their exact columns: extraction did not stop, skip or shift on the way.
  const TAIL = '. Se retningslinje 5, jf. helse- og omsorgstjenesteloven § 6-2 nr. 7. Gjelder fra (SETT INN DATO).'
  it.each(hostile.map((h, i) => [i, h]))('string %i', (_, hostileText) => {
    const h = hostileText as string
    const text = pt(h + TAIL)
    const column = (s: string) => h.length + TAIL.indexOf(s) + 1
    expect(hotjl62Citations(extractLawCitations(text)).filter((c) => c.range.start.column > h.length)).toEqual([
      expect.objectContaining({ points: [7], secondParagraph: false, range: { start: { line: 1, column: column('helse-') }, end: { line: 1, column: column(' nr. 7') + 6 } } }),
    ])
    expect(extractReferences(text, 'retningslinje-1').filter((r) => r.range.start.column > h.length)).toEqual([expect.objectContaining({ target: expect.objectContaining({ document: 'retningslinje-5' }), range: { start: { line: 1, column: column('retningslinje 5') }, end: { line: 1, column: column('retningslinje 5') + 15 } } })])
    expect(findPlaceholdersInText(text).filter((p) => p.range.start.column > h.length).map((p) => [p.text, p.range.start.column])).toEqual([['(SETT INN DATO)', column('(SETT INN DATO)')]])
  })
})
