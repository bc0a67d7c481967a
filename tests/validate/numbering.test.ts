/** The numbering rule (docs/rules/numbering.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, fm, lineOf, setOf } from './fixtures.js'

describe('numbering', () => {
  const doc = (headings: string) => setOf({ 'a.md': `${fm({ id: 'veileder', type: 'veileder', title: 'V' })}\n# V\n\n${headings}` })
  it('passes 1, 2, 2.1, 2.2, 3', () => {
    expect(findings(doc('## 1. A\n\n## 2. B\n\n### 2.1 C\n\n### 2.2 D\n\n## 3. E\n'), 'numbering')).toEqual([])
  })
  it('reports a gap, a duplicate, going backwards, a wrong prefix and an odd format', () => {
    const set = doc('## 1. A\n\n## 3. B\n\n### 3.1 C\n\n### 3.1 D\n\n## 2. E\n\n### 4.1 F\n\n## 10 . G\n')
    const at = (heading: string) => `a.md:${lineOf(set.documents[0]!.source, heading)}`
    expect(findings(set, 'numbering')).toEqual([
      `${at('## 3. B')} Punkt 2 mangler: etter 1 kommer 3`,
      `${at('### 3.1 D')} Punkt 3.1 finnes fra før (linje ${lineOf(set.documents[0]!.source, '### 3.1 C')}); ventet 3.2`,
      `${at('## 2. E')} Punkt 2 kommer etter 3; nummereringen går bakover`,
      `${at('### 4.1 F')} Punkt 4.1 står under punkt 2; ventet 2.1`,
      `${at('## 10 . G')} Punkt 4–9 mangler: etter 3 kommer 10`,
      `${at('## 10 . G')} Nummeret er skrevet «10 .»; skriv «10.»`,
    ])
  })
})
