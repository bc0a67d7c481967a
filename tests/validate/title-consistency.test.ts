/** The title-consistency rule (docs/rules/title-consistency.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('title-consistency', () => {
  it('reports each differing name side by side with the retningslinje’s own title', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 2.3 Øyeblikkelig hjelp', '### 2.3 Døgnopphold for øyeblikkelig hjelp')
    expect(findings(setOf(files), 'title-consistency')).toEqual([
      expect.stringMatching(/^00-samarbeidsavtale\.md:\d+ Overskriften i del 2, punkt 2\.3, kaller retningslinje 3 «Døgnopphold for øyeblikkelig hjelp», men retningslinjen selv heter «Øyeblikkelig hjelp» \(03-retningslinje-3\.md\)$/),
    ])
  })
  it('ignores case and whitespace', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 2.3 Øyeblikkelig hjelp', '### 2.3 ØYEBLIKKELIG   hjelp')
    expect(findings(setOf(files), 'title-consistency')).toEqual([])
  })
})
