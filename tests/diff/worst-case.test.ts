/**
 * The pathological pair: a 5 MB retningslinje with every paragraph rewritten. The diff must
 * finish, fall back to paragraph-level changes where word level would blow up, say so, and
 * still describe both versions exactly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { vocabularyOf, worstCaseDocument } from '../../bench/worst-case.mjs'
import { applyChangeSet } from '../../src/diff/apply.js'
import { diffSets } from '../../src/diff/changeset.js'
import { oldText } from '../../src/diff/hunks.js'
import { changeSetWithText } from '../../src/diff/with-text.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
import { renderDiffText } from '../../src/render/diff-text.js'
import { AGREEMENTS } from '../helpers.js'
import { setOf } from './fixtures.js'

const vocabulary = vocabularyOf(readdirSync(AGREEMENTS).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(AGREEMENTS, f), 'utf8')))
const BYTES = 5 * 1024 * 1024
const parse = (seed: number, bytes = BYTES) => parseDocument(worstCaseDocument({ bytes, seed, vocabulary }), { maxBytes: 2 * bytes, path: `stor-${seed}.md` })

describe('the bounded worst case', () => {
  it('diffs a 5 MB pair with every paragraph rewritten, paragraph-level, and says so', { timeout: 600_000 }, () => {
    const [before, after] = [parse(1), parse(2)]
    // No time budget: this test is about the size fallback, which must not depend on how busy
    // the machine is (on a loaded one the default budget runs out and sections fall back further,
    // to whole points). The time budget has its own test below.
    const cs = diffSets(setOf(before), setOf(after), { timeout: Number.POSITIVE_INFINITY })
    const sections = cs.documents[0]!.sections
    expect(sections.length).toBeGreaterThan(300)
    expect(sections.every((s) => s.status === 'endret' && s.fallback?.level === 'avsnitt')).toBe(true)
    expect(cs.summary.fallbacks).toBe(sections.length)
    expect(renderDiffText(cs)).toContain(`Merk: ${sections.length} tekster var for ulike eller for store`)
    // Coarse, but exact: both texts are still fully described.
    const [applied] = applyChangeSet(setOf(before), cs)
    expect(applied!.sections.map((s) => s.text)).toEqual(allSections(after.sections).map((s) => s.text))
    expect(changeSetWithText(cs).documents[0]!.sections.map((s) => oldText(s.hunks))).toEqual(allSections(before.sections).map((s) => s.text))
  })

  it('stops word-level work when the time budget is spent, and flags it as tidsgrense', () => {
    const [before, after] = [parse(3, 300_000), parse(4, 300_000)]
    const cs = diffSets(setOf(before), setOf(after), { timeout: 0 })
    expect(cs.documents[0]!.sections.every((s) => s.fallback?.reason === 'tidsgrense')).toBe(true)
  })
})
