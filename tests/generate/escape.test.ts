import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import { cssString, escapeMarkdownText } from '../../src/output/escape.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { positionedText } from '../../src/parse/text.js'

/** Places a value can stand in a template line; `@` marks the value, `first` whether it begins a line. */
const CONTEXTS = [
  { line: '@ kommune har organisert sitt tilbud slik:', first: true },
  { line: 'Avtalen er inngått mellom @ kommune og UNN.', first: false },
  { line: '# Samarbeidsavtale mellom @ kommune og UNN', first: false },
  { line: '## @', first: false },
  { line: '- @ kommune', first: true },
  { line: '> @', first: true },
  { line: 'Kommunedirektør\\\n@ kommune', first: true },
  { line: '| Part | Navn |\n| - | - |\n| Kommune | @ |', first: false },
  { line: 'Se [@ kommune](https://example.no) og *@* og **@**.', first: false },
  { line: '@', first: true },
  { line: '@.', first: true },
  { line: '@[lenke](https://example.no)', first: true },
]

/** Printable one-line text: what the registry schema lets through (no control or bidi characters, trimmed). */
const value = fc
  .string({ unit: fc.oneof(fc.constantFrom(...'\\`*_[]()<>#+-=!|~&:@.{}"\'1234567890 wwxæøåáŋđčšžŧ'.split('')), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/gu, 'x'))

const plain = (md: string) =>
  parseMarkdown(md)
    .children.map((n) => positionedText(n).text)
    .join('')
    .replace(/\s+/gu, '')

describe('escapeMarkdownText', () => {
  it('keeps any value literal in every context a template can give it', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...CONTEXTS), (v, context) => {
        const md = context.line.replaceAll('@', escapeMarkdownText(v, context.first))
        const expected = parseMarkdown(context.line.replaceAll('@', 'VERDI'))
          .children.map((n) => positionedText(n).text)
          .join('')
          .replace(/\s+/gu, '')
          .replaceAll('VERDI', v.replace(/\s+/gu, ''))
        expect(plain(md)).toBe(expected)
      }),
      { numRuns: propertyRuns(3000) },
    )
  })

  it('turns hostile names into text: no link, no emphasis, no HTML, no list', () => {
    const cases = ['<script>alert(1)</script>', '*fet* [lenke](x)', '../../etc', '1. punkt', '# Overskrift', '```', 'www.example.com', 'ola@example.com', 'https://x.no', '&amp;', '![bilde](x.png)', '| a | b |', '---', '[^1]']
    for (const c of cases) {
      const tree = parseMarkdown(`${escapeMarkdownText(c, true)} kommune`)
      expect(tree.children, c).toHaveLength(1)
      const paragraph = tree.children[0]!
      expect(paragraph.type, c).toBe('paragraph')
      expect('children' in paragraph && paragraph.children.every((n) => n.type === 'text'), c).toBe(true)
      expect(positionedText(paragraph).text, c).toBe(`${c} kommune`)
    }
  })

  it('leaves Norwegian, Sámi and Kven names readable', () => {
    for (const name of ['Tromsø', 'Harstad - Hárstták', 'Gáivuotna - Kåfjord - Kaivuono', 'Dielddanuorri - Tjeldsund', 'Evenes - Evenášši', 'Lyngen - Ivgu - Yykeä']) {
      expect(escapeMarkdownText(name, true)).toBe(name)
    }
  })
})

describe('cssString', () => {
  it('cannot end the string or the style element', () => {
    const s = cssString('"; } </style><script>alert(1)</script> \\')
    expect(s).not.toMatch(/[<>;}]/)
    expect(s.slice(1, -1)).not.toContain('"')
    expect(cssString('Tromsø kommune')).toBe('"Tromsø kommune"')
  })
})
