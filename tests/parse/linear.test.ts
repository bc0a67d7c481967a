/**
 * Issue #10: repeating an ordinary phrase in one paragraph made citation, reference and
 * placeholder finding quadratic (every match looked up its line by scanning the text before it,
 * and checked overlaps against every earlier match), and 900 KB of "§ 6-2 " overflowed the stack
 * (`push(...array)`). The extraction now reports its work to an injectable counter: characters
 * scanned by each pattern, bounded look-aheads, binary-search steps and claim-map checks. Doubling
 * the input may at most about double the work (≤ 2.2×). Wall time is not measured: the machine is
 * shared.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractLawCitations, indirectHotjl62Citations } from '../../src/parse/citations.js'
import { parseDocument } from '../../src/parse/document.js'
import { extractReferences } from '../../src/parse/references.js'
import type { PositionedText } from '../../src/parse/text.js'
import { workCounter } from '../../src/parse/work.js'
import { findPlaceholders, findPlaceholdersInText } from '../../src/validate/placeholders.js'

const pt = (text: string): PositionedText => ({ text, segments: [{ offset: 0, value: text, start: { line: 1, column: 1 } }] })

/** Text broken into many text nodes and lines, as emphasis and hard breaks make it. */
const segmented = (pieces: string[]): PositionedText => {
  const out: PositionedText = { text: '', segments: [] }
  pieces.forEach((value, i) => {
    out.segments.push({ offset: out.text.length, value, start: { line: 1 + i, column: 1 } })
    out.text += value
  })
  return out
}

/** The work of every extractor over one block. */
function work(block: PositionedText): number {
  const c = workCounter()
  extractLawCitations(block, { work: c })
  indirectHotjl62Citations(block, { work: c })
  extractReferences(block, 'retningslinje-1', { work: c })
  findPlaceholdersInText(block, { work: c })
  return c.total
}

/** The phrases of the issue, and a few more of the forms the extractors look for. */
const PHRASES = [
  '§ 6-2 ',
  'se punkt 1.1 ',
  'Se retningslinje 1. ',
  'XX kommune ',
  'hotjl. § 6-2, pkt. 12 ',
  'tjenesteavtale nr. 2 ',
  'jf. § 5 ',
  'lov om kommunale helse- og omsorgstjenester av 14.06.11 ',
  'inngått i henhold til overordnet samarbeidsavtale pkt. 4, første avsnitt nr. 2 ',
  '............. kommune ',
  'xx.xx.xxxx ',
  'punkt 3 i avtalen ',
]

describe('extraction work is linear in the text (issue #10)', () => {
  it('doubling a repeated phrase at most doubles the work (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.integer({ min: 50, max: 600 }), fc.boolean(), (phrase, n, split) => {
        const make = (k: number) => (split ? segmented(Array.from({ length: k }, () => phrase.trimEnd() + '\n')) : pt(phrase.repeat(k)))
        const ratio = work(make(2 * n)) / work(make(n))
        expect(ratio).toBeLessThanOrEqual(2.2)
      }),
      { numRuns: 60 },
    )
  })

  it('holds for arbitrary mixtures of the phrases', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PHRASES), { minLength: 20, maxLength: 200 }), (parts) => {
        const once = parts.join('')
        expect(work(pt(once + once)) / work(pt(once))).toBeLessThanOrEqual(2.2)
      }),
      { numRuns: 40 },
    )
  })

  // The smallest reproductions from the issue: one paragraph, one phrase, 8 000 → 16 000 times.
  it.each(['§ 6-2 ', 'se punkt 1.1 ', 'Se retningslinje 1. ', 'XX kommune '])('«%s» repeated in one paragraph', (phrase) => {
    const doc = (k: number) => `---\nid: a\ntype: retningslinje\nnumber: 1\ntitle: T\n---\n\n# T\n\n## 1. A\n\n${phrase.repeat(k)}\n`
    const measure = (k: number) => {
      const c = workCounter()
      findPlaceholders(parseDocument(doc(k), { path: 'a.md', work: c }), { work: c })
      return c.total
    }
    expect(measure(16_000) / measure(8_000)).toBeLessThanOrEqual(2.2)
  })

  it('900 KB of «§ 6-2 » in one paragraph parses without overflowing the stack', { timeout: 120_000 }, () => {
    const doc = parseDocument(`---\nid: a\ntype: retningslinje\nnumber: 1\ntitle: T\n---\n\n# T\n\n## 1. A\n\n${'§ 6-2 '.repeat(150_000)}\n`, { path: 'a.md' })
    expect(doc.sections[0]!.citations).toHaveLength(150_000)
    expect(doc.sections[0]!.citations[149_999]!.range.start).toEqual({ line: 12, column: 6 * 149_999 + 1 })
  })
})
