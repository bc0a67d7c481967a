/** The terminology rule (docs/rules/terminology.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { loadProfile } from '../../src/validate/profile-load.js'
import { validate } from '../../src/validate/index.js'
import { retningslinje, setOf, soundSet } from './fixtures.js'

describe('terminology', () => {
  it('notes old-regime words, but not historic references (unn-2023)', async () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], '\n## 7. Annet\n\nDenne tjenesteavtalen gjelder. Partene er enige. Se retningslinje 6 (tidligere tjenesteavtale 8).\n')
    const d = validate(setOf(files), { profile: await loadProfile('unn-2023') }).filter((x) => x.ruleId === 'terminology')
    expect(d.map((x) => [x.severity, x.message.split(':')[0]])).toEqual([
      ['info', '«tjenesteavtalen»'],
    ])
    // They are UNN's words, not the law's: recommended has no glossary.
    expect(validate(setOf(files)).filter((x) => x.ruleId === 'terminology')).toEqual([])
  })
})
