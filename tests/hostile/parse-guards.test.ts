/**
 * Markdown that makes micromark itself slow (superlinear) is refused by a linear pre-scan
 * (src/parse/shape.ts) with a Norwegian error at its line. Before the guard, each of these
 * took from several seconds to minutes; refused, each answers at once.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { parseDocument } from '../../src/parse/document.js'
import { BRACKET_BUDGET, EMPHASIS_BUDGET, pathologicalShape, SETEXT_BUDGET } from '../../src/parse/shape.js'
import { frontMatter, ROOT } from '../helpers.js'

const HEAD = frontMatter() + '# T\n\n'
/** Line of the first body line after HEAD. */
const BODY_LINE = HEAD.split('\n').length

function refusal(body: string): AvtaleverkError {
  try {
    parseDocument(HEAD + body, { path: 'p.md' })
  } catch (e) {
    if (e instanceof AvtaleverkError) return e
    throw e
  }
  throw new Error('not refused')
}

describe('pathological Markdown is refused before micromark sees it', () => {
  const cases: Array<[string, string, RegExp, number]> = [
    ['deeply nested emphasis', '*'.repeat(16_000) + 'a' + '*'.repeat(16_000), /uthevingstegn/, BODY_LINE],
    ['openers then closers of emphasis', '*a'.repeat(20_000) + 'a*'.repeat(20_000), /uthevingstegn/, BODY_LINE],
    ['100 000 unclosed [', '['.repeat(100_000), /klammeparenteser/, BODY_LINE],
    ['[a]( repeated', '[a]('.repeat(16_000), /klammeparenteser/, BODY_LINE],
    ['[a then ] repeated', '[a'.repeat(50_000) + ']'.repeat(50_000), /klammeparenteser/, BODY_LINE],
    ['many setext underlines', 'a\n=\n\n'.repeat(4_000), /understreket med «===» eller «---»/, BODY_LINE + 1],
    ['setext underlines under one paragraph', 'a\n' + '=\n'.repeat(8_000), /understreket/, BODY_LINE + 1],
  ]
  it.each(cases)('%s', (_name, body, message, line) => {
    const e = refusal(body)
    expect(e).toMatchObject({ code: 'for-kompleks', file: 'p.md', line })
    expect(e.message).toMatch(message)
  })

  it('cost spread over many paragraphs adds up, and the error names the paragraph that crosses the budget', () => {
    const paragraph = '*a'.repeat(400) + 'a*'.repeat(400) + '\n\n'
    const perParagraph = 800 ** 2
    const crossing = Math.floor(EMPHASIS_BUDGET / perParagraph) + 1
    const e = refusal(paragraph.repeat(crossing + 5))
    expect(e.line).toBe(BODY_LINE + 2 * (crossing - 1))
  })

  it('deep list nesting is still refused as too deep', () => {
    expect(refusal('> '.repeat(5_000) + 'x\n')).toMatchObject({ code: 'for-dyp', line: BODY_LINE })
  })

  it('shapes just under the budgets still parse (the guard is not a blanket refusal)', () => {
    const under = Math.floor(Math.sqrt(EMPHASIS_BUDGET) / 4)
    expect(() => parseDocument(HEAD + '*a'.repeat(under) + 'a*'.repeat(under), { path: 'u.md' })).not.toThrow()
    expect(() => parseDocument(HEAD + '['.repeat(Math.floor(Math.sqrt(BRACKET_BUDGET)) - 10), { path: 'u.md' })).not.toThrow()
    expect(() => parseDocument(HEAD + 'a\n=\n\n'.repeat(Math.floor(Math.sqrt(SETEXT_BUDGET / 3)) - 20), { path: 'u.md' })).not.toThrow()
  })

  it('signature lines of underscores and ordinary bold text are not refused', () => {
    const signatures = ('Sted/dato: ' + '_'.repeat(60) + '\n\nSignatur: ' + '_'.repeat(60) + '\n\n').repeat(200)
    const bold = ('Tekst med **uthevet** ord og *kursiv* og [lenke](https://example.org) her.\n\n').repeat(2000)
    expect(() => parseDocument(HEAD + signatures + bold, { path: 's.md' })).not.toThrow()
  })

  it('no bundled or example agreement is refused, nor would be at ten times its size', () => {
    const files = ['agreements', 'examples/revisjon-2024'].flatMap((d) =>
      readdirSync(path.join(ROOT, d)).filter((n) => /^\d.*\.md$/.test(n)).map((n) => path.join(ROOT, d, n)),
    )
    expect(files.length).toBeGreaterThanOrEqual(22)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(pathologicalShape(text, 64), file).toBeNull()
      expect(pathologicalShape(text.repeat(10), 64), file).toBeNull()
    }
  })
})
