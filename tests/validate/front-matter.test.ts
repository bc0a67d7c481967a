/** The front-matter rule (docs/rules/front-matter.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, lineOf, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('front-matter', () => {
  it('reports a number and title that disagree with the heading, and an anchor to nowhere', () => {
    const files = soundSet()
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('number: 3', 'number: 5').replace('title: Øyeblikkelig hjelp', 'title: Noe annet').replace('anchor: samarbeidsavtale/del-2/2.3', 'anchor: samarbeidsavtale/del-2/2.30')
    const src = files['03-retningslinje-3.md']!
    const at = (key: string) => `03-retningslinje-3.md:${lineOf(src, key)}`
    expect(findings(setOf(files), 'front-matter')).toEqual([
      `${at('number:')} «number: 5» stemmer ikke med overskriften «RETNINGSLINJE nr. 3»`,
      `${at('title:')} «title» («Noe annet») stemmer ikke med overskriften («Øyeblikkelig hjelp»)`,
      `${at('anchor:')} «anchor: samarbeidsavtale/del-2/2.30» peker ikke på noe avsnitt i avtalesettet`,
    ])
  })
})
