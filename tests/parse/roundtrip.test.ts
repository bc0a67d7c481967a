import { describe, expect, it } from 'vitest'
import type { AgreementDocument, Section } from '../../src/model.js'
import { parseDocument } from '../../src/parse/document.js'
import { stringify } from '../../src/stringify.js'
import { loadCorpus } from '../helpers.js'

/** The model minus positions: what must survive a round trip. */
export function shape(doc: AgreementDocument) {
  const strip = (s: Section): unknown => ({
    id: s.id,
    number: s.number,
    title: s.title,
    blocks: s.blocks,
    points: s.citations.map((c) => c.points),
    references: s.references.map((r) => r.target),
    variables: s.variables.map((v) => v.name),
    children: s.children.map(strip),
  })
  return { frontMatter: doc.frontMatter, title: doc.title, preamble: doc.preamble.blocks, sections: doc.sections.map(strip) }
}

describe('parse → stringify → parse', () => {
  it('gives the same model for every bundled document, and stringify is idempotent', async () => {
    const set = await loadCorpus()
    for (const doc of set.documents) {
      const once = stringify(doc)
      const again = parseDocument(once, { path: doc.path })
      expect(shape(again), doc.path).toEqual(shape(doc))
      expect(stringify(again), doc.path).toBe(once)
    }
  })

  it('does not escape Norwegian legal text', async () => {
    const set = await loadCorpus()
    const text = set.documents.map((d) => stringify(d)).join('\n')
    for (const literal of ['§ 6-2', '«partnere»', '– Overordnede bestemmelser', 'a) er faglig gode\\', '{{kommune.navn}}', '2.1 Oppgave- og ansvarsfordeling']) {
      expect(text).toContain(literal)
    }
    expect(text).not.toMatch(/\\§|\\«|\\–|\\\{/)
  })
})
