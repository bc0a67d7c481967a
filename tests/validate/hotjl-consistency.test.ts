/** The hotjl-consistency rule (docs/rules/hotjl-consistency.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, lineOf, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('hotjl-consistency', () => {
  it('reports a retningslinje whose claim differs from Del 2 and from its own text', () => {
    const files = soundSet()
    files['02-retningslinje-2.md'] = retningslinje(2, 'Behandlingsforløp', [2, 3, 5], '\n## 7. Lovgrunnlag\n\nJf. § 6-2 nr. 2 og 3.\n', false)
    const found = findings(setOf(files), 'hotjl-consistency')
    const line = lineOf(files['02-retningslinje-2.md']!, 'hotjl:')
    expect(found).toEqual([
      `02-retningslinje-2.md:${line} retningslinje 2 oppgir § 6-2 punkt 2, 3, 5 i front matter, men teksten viser til punkt 2, 3`,
      `02-retningslinje-2.md:${line} retningslinje 2 oppgir § 6-2 punkt 2, 3, 5 i front matter, men samarbeidsavtalen del 2 punkt 2.2 (00-samarbeidsavtale.md:${lineOf(files['00-samarbeidsavtale.md']!, '### 2.2')}) viser til punkt 2, 3, 5, 13`,
    ])
  })

  it('reports an anchor that disagrees with the text', () => {
    const files = soundSet()
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('del 2 punkt 2.3', 'del 2 punkt 2.4')
    expect(findings(setOf(files), 'hotjl-consistency')).toEqual([expect.stringMatching(/^03-retningslinje-3\.md:\d+ Teksten forankrer retningslinje 3 i del 2 punkt 2\.4, men front matter sier «anchor: samarbeidsavtale\/del-2\/2\.3»/)])
  })
})
