/**
 * Section alignment on small fixtures: each way a committee reshapes a retningslinje is
 * reported as what it is, and old + ChangeSet gives the new text back.
 */
import { describe, expect, it } from 'vitest'
import { applyChangeSet } from '../../src/diff/apply.js'
import { diffSets, hasChanges, type SectionChange } from '../../src/diff/changeset.js'
import { changeSetWithText } from '../../src/diff/with-text.js'
import { allSections } from '../../src/parse/document.js'
import { BASE, diffBodies, retningslinje, setOf } from './fixtures.js'

const brief = (s: SectionChange) => `${s.old?.numberText ?? '–'} → ${s.new?.numberText ?? '–'} ${s.tags.join('+') || 'uendret'}`

/** Diffs two bodies and checks that applying the ChangeSet to the old one gives the new one. */
function compare(oldBody: string, newBody: string) {
  const result = diffBodies(oldBody, newBody)
  const [applied] = applyChangeSet(setOf(result.oldDoc), result.cs)
  expect(applied!.sections).toEqual(allSections(result.newDoc.sections).map((s) => ({ id: s.id, title: s.title, text: s.text })))
  return { ...result, summary: result.doc.sections.map(brief) }
}

describe('diffSets on sections', () => {
  it('reports identical input as unchanged, every section with its whole text as lik', () => {
    const { cs, doc, summary } = compare(BASE, BASE)
    expect(hasChanges(cs)).toBe(false)
    expect(doc.status).toBe('uendret')
    expect(doc.hearingLabel).toBe('uendret etter høringsrunde')
    expect(summary).toEqual(['1. → 1. uendret', '2. → 2. uendret', '3. → 3. uendret', '4. → 4. uendret'])
    // The ChangeSet leaves the unchanged text out; changeSetWithText reads it back from the old set.
    expect(doc.sections[0]!.hunks).toEqual([{ kind: 'lik', length: 'Retningslinjen skal sikre gode pasientforløp mellom kommunen og UNN.'.length, check: expect.stringMatching(/^[0-9a-f]{8}$/) }])
    expect(changeSetWithText(cs).documents[0]!.sections[0]!.hunks).toEqual([{ kind: 'lik', text: 'Retningslinjen skal sikre gode pasientforløp mellom kommunen og UNN.' }])
    expect(cs.summary).toMatchObject({ sectionsChanged: 0, wordsAdded: 0, wordsRemoved: 0, fallbacks: 0 })
  })

  it('reports a single-word edit in its section only', () => {
    const { cs, doc, summary } = compare(BASE, BASE.replace('i god tid', 'i rimelig tid'))
    expect(hasChanges(cs)).toBe(true)
    expect(doc.status).toBe('revidert')
    expect(doc.hearingLabel).toBe('revidert etter høringsrunde')
    expect(summary).toEqual(['1. → 1. uendret', '2. → 2. endret', '3. → 3. uendret', '4. → 4. uendret'])
    expect(doc.sections[1]!.hunks.filter((h) => h.kind !== 'lik')).toEqual([
      { kind: 'fjernet', text: 'god' },
      { kind: 'ny', text: 'rimelig' },
    ])
    expect([cs.summary.wordsAdded, cs.summary.wordsRemoved]).toEqual([1, 1])
  })

  it('reports renumbering after an inserted section as omnummerert, not as removed and added', () => {
    const newBody = BASE.replace('## 4. Varighet', '## 5. Varighet')
      .replace('## 3. Avvik', '## 4. Avvik')
      .replace('## 2. Ansvar', '## 2. Definisjoner\n\nUtskrivningsklar pasient: pasient som er ferdig behandlet i sykehus.\n\n## 3. Ansvar')
    const { summary, doc } = compare(BASE, newBody)
    expect(summary).toEqual(['1. → 1. uendret', '– → 2. ny', '2. → 3. omnummerert', '3. → 4. omnummerert', '4. → 5. omnummerert'])
    // The ids embed the number: old retningslinje-7/3 (Avvik) is not new retningslinje-7/3 (Ansvar).
    expect(doc.sections[3]).toMatchObject({ old: { id: 'retningslinje-7/3', title: 'Avvik' }, new: { id: 'retningslinje-7/4', title: 'Avvik' } })
  })

  it('reports a moved section as flyttet and the others as only renumbered', () => {
    const [formål, ...rest] = BASE.split(/(?=^## )/mu)
    const moved = [...rest, formål!.replace('## 1.', '## 4.')].map((s, i) => s.replace(/^## \d\./u, `## ${i + 1}.`)).join('')
    const { summary } = compare(BASE, moved)
    expect(summary).toEqual(['2. → 1. omnummerert', '3. → 2. omnummerert', '4. → 3. omnummerert', '1. → 4. flyttet'])
  })

  it('reports a changed title as tittel endret, with the title words', () => {
    const { doc, summary } = compare(BASE, BASE.replace('## 3. Avvik', '## 3. Avvikshåndtering'))
    expect(summary[2]).toBe('3. → 3. tittel endret')
    expect(doc.sections[2]!.titleHunks).toEqual([
      { kind: 'fjernet', text: 'Avvik' },
      { kind: 'ny', text: 'Avvikshåndtering' },
    ])
  })

  it('reports a section split in two as delt: the new piece keeps the moved words as unchanged', () => {
    const newBody = BASE.replace('## 4. Varighet', '## 5. Varighet')
      .replace('## 3. Avvik', '## 4. Avvik')
      .replace('Begge parter skal dokumentere', '## 3. Dokumentasjon\n\nBegge parter skal dokumentere')
    const { cs, doc, oldDoc, summary } = compare(BASE, newBody)
    expect(summary).toEqual(['1. → 1. uendret', '2. → 2. delt+endret', '2. → 3. delt', '3. → 4. omnummerert', '4. → 5. omnummerert'])
    const [kept, piece] = [doc.sections[1]!, doc.sections[2]!]
    expect(kept.linked.map((r) => r.heading)).toEqual(['3. Dokumentasjon'])
    expect(piece.old!.id).toBe('retningslinje-7/2')
    expect(piece.hunks).toEqual([{ kind: 'lik', length: 'Begge parter skal dokumentere avtalte tiltak i journal.'.length, check: expect.stringMatching(/^[0-9a-f]{8}$/) }])
    const withText = changeSetWithText(cs, setOf(oldDoc)).documents[0]!.sections[2]!
    expect(withText.hunks).toEqual([{ kind: 'lik', text: 'Begge parter skal dokumentere avtalte tiltak i journal.' }])
    expect([piece.wordsAdded, piece.wordsRemoved, kept.wordsAdded, kept.wordsRemoved]).toEqual([0, 0, 0, 0])
  })

  it('reports two sections merged into one as slått sammen', () => {
    const newBody = BASE.replace('\n## 3. Avvik\n', '').replace('## 4. Varighet', '## 3. Varighet')
    const { doc, summary } = compare(BASE, newBody)
    expect(summary).toEqual(['1. → 1. uendret', '2. → 2. slått sammen', '3. → 2. slått sammen', '4. → 3. omnummerert'])
    const [into, away] = [doc.sections[1]!, doc.sections[2]!]
    expect(into.linked.map((r) => r.id)).toEqual(['retningslinje-7/3'])
    expect(away).toMatchObject({ status: 'slått sammen', old: { title: 'Avvik' }, new: { id: 'retningslinje-7/2' }, hunks: [] })
    // The merged heading is gone; its text is unchanged inside section 2.
    expect(into.hunks.filter((h) => h.kind !== 'lik')).toEqual([])
  })

  it('reports a removed section as fjernet with its text, and a new one as ny', () => {
    const { doc, summary } = compare(BASE, BASE.replace(/## 3\. Avvik\n\n.*\n\n/u, '').replace('## 4.', '## 3.'))
    expect(summary).toEqual(['1. → 1. uendret', '2. → 2. uendret', '3. → – fjernet', '4. → 3. omnummerert'])
    expect(doc.sections[2]!.hunks).toEqual([{ kind: 'fjernet', text: 'Avvik meldes gjennom partnernes avvikssystemer og følges opp i samarbeidsutvalget.' }])
    expect(doc.sections[2]!.wordsRemoved).toBe(10)
  })

  it('keeps every old section when the section before it was matched further down', () => {
    // Found by the property test: old 2 merges into new 1 while old 1 becomes new 2.
    const oldBody = '## 1. Formål\n\n## 2. Formål\n\nAvsnitt kommunen.\n\n### 2.1 Avvik\n\nAvsnitt kommunen.\n\n## 3. Formål\n'
    const newBody = '## 1. Avvik\n\nAvsnitt kommunen.\n\nAvsnitt kommunen.\n\nAvsnitt kommunen.\n\n## 2. Formål\n\n## 3. Formål\n'
    const { doc } = compare(oldBody, newBody)
    expect(doc.sections.map((s) => s.old?.id).sort()).toEqual(['retningslinje-7/1', 'retningslinje-7/2', 'retningslinje-7/2.1', 'retningslinje-7/3'])
  })

  it('matches documents by id: added and removed documents in their places', () => {
    const [one, two, three] = [retningslinje(BASE, 1), retningslinje(BASE, 2), retningslinje(BASE, 3)]
    const cs = diffSets(setOf(one, two), setOf(one, three))
    expect(cs.documents.map((d) => `${d.id} ${d.status}`)).toEqual(['retningslinje-1 uendret', 'retningslinje-2 fjernet', 'retningslinje-3 ny'])
    expect(cs.documents[1]!.sections.every((s) => s.status === 'fjernet')).toBe(true)
    expect(cs.documents[2]!.sections.every((s) => s.status === 'ny')).toBe(true)
    expect(cs.documents[2]!.hearingLabel).toBeNull()
    expect(cs.summary.documents).toEqual({ ny: 1, fjernet: 1, revidert: 0, uendret: 1 })
    expect(applyChangeSet(setOf(one, two), cs).map((d) => d.id)).toEqual(['retningslinje-1', 'retningslinje-3'])
  })

  it('does not count front matter alone as a change of the text', () => {
    const a = retningslinje(BASE)
    const b = { ...retningslinje(BASE), frontMatter: { ...a.frontMatter, version: '2', hearing: 'uendret etter høringsrunde' as const } }
    const cs = diffSets(setOf(a), setOf(b))
    expect(hasChanges(cs)).toBe(false)
    expect(cs.documents[0]!.frontMatter).toEqual([
      { key: 'version', old: '1', new: '2' },
      { key: 'hearing', old: null, new: 'uendret etter høringsrunde' },
    ])
  })

  it('refuses to apply a ChangeSet to another version than the one it came from', () => {
    const { cs } = diffBodies(BASE, BASE.replace('god tid', 'rimelig tid'))
    expect(() => applyChangeSet(setOf(retningslinje(BASE.replace('UNN varsler', 'UNN melder'))), cs)).toThrow(/passer ikke/)
  })
})
