/** The partial-set rule (docs/rules/partial-set.md): said once, with its reason, when a set is not whole. */
import { describe, expect, it } from 'vitest'
import { validate } from '../../src/validate/index.js'
import { findings, setOf, soundSet } from './fixtures.js'

describe('partial-set', () => {
  it('says once that a set without its samarbeidsavtale is checked document by document, and skips the set-level rules', () => {
    const files = soundSet()
    delete files['00-samarbeidsavtale.md']
    const set = setOf(files)
    const found = findings(set, 'partial-set')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^01-retningslinje-1\.md:\d+ .*samarbeidsavtale.*så bare dokumentenes egne feil er kontrollert\. Reglene som vurderer hele settet \(.*hotjl-coverage.*\)/)
    // Point 12 is claimed only by the samarbeidsavtale, which is gone: coverage would say so in a whole set, and is silent here.
    expect(validate(set).some((d) => d.ruleId === 'hotjl-coverage')).toBe(false)
  })

  it('says nothing about a whole set', () => {
    expect(findings(setOf(soundSet()), 'partial-set')).toEqual([])
  })
})
