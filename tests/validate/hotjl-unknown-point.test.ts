/** The hotjl-unknown-point rule (docs/rules/hotjl-unknown-point.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, lineOf, retningslinje, setOf, soundSet } from './fixtures.js'

describe('hotjl-unknown-point', () => {
  it('reports § 6-2 nr. 14 in text and front matter', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1, 14], '\n## 7. Lovgrunnlag\n\nJf. hotjl § 6-2 nr. 1 og 14.\n', false)
    const src = files['01-retningslinje-1.md']!
    expect(findings(setOf(files), 'hotjl-unknown-point')).toEqual([
      `01-retningslinje-1.md:${lineOf(src, 'hotjl:')} Front matter viser til hotjl § 6-2 nr. 14, men paragrafen har bare punkt 1–13`,
      `01-retningslinje-1.md:${lineOf(src, 'Jf. hotjl')} «hotjl § 6-2 nr. 1 og 14» viser til punkt 14, men hotjl § 6-2 første ledd har bare punkt 1–13`,
    ])
  })
})
