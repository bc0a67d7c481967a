/**
 * validate() runs every rule on its own: a rule that throws becomes one error under its id, in
 * Norwegian, and every other rule's findings stay. The rule is made to throw with a spy on the
 * real set, as a bug would.
 */
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { validate } from '../../src/validate/index.js'
import { ruleById } from '../../src/validate/rules/index.js'
import { AGREEMENTS, corpusProfile, loadCorpus } from '../helpers.js'

const line = (d: { file: string; line: number; ruleId: string; severity: string }) => `${path.basename(d.file)}:${d.line} ${d.ruleId} ${d.severity}`

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a rule that throws', () => {
  it('is an error under its own id; the other rules’ findings on the real set all stay', async () => {
    const profile = await corpusProfile()
    const set = await loadCorpus()
    const before = validate(set, { profile })
    vi.spyOn(ruleById('numbering')!, 'check').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'number')")
    })
    const after = validate(set, { profile })
    const failed = after.filter((d) => d.ruleId === 'numbering')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ severity: 'error', file: AGREEMENTS, line: 1, column: 1 })
    expect(failed[0]!.message).toBe(
      "Regelen numbering feilet: uventet feil (TypeError: «Cannot read properties of undefined (reading 'number')»). De andre reglene er kjørt; meld gjerne feilen i avtaleverk",
    )
    // The two numbering errors (retningslinje 4's second «4», retningslinje 3's «10 .») are the only ones gone.
    expect(before.filter((d) => d.ruleId === 'numbering').map(line)).toEqual(['03-retningslinje-3.md:79 numbering error', '04-retningslinje-4.md:63 numbering error'])
    expect(after.filter((d) => d.ruleId !== 'numbering')).toEqual(before.filter((d) => d.ruleId !== 'numbering'))
  })

  it('says an AvtaleverkError’s own Norwegian message; a set-level rule fails the same way', async () => {
    const set = await loadCorpus()
    vi.spyOn(ruleById('hotjl-coverage')!, 'check').mockImplementation(() => {
      throw new AvtaleverkError('lesefeil', 'Loven kunne ikke leses')
    })
    const failed = validate(set, { profile: await corpusProfile() }).filter((d) => d.ruleId === 'hotjl-coverage')
    expect(failed.map((d) => `${d.severity} ${d.message}`)).toEqual(['error Regelen hotjl-coverage feilet: Loven kunne ikke leses. De andre reglene er kjørt; meld gjerne feilen i avtaleverk'])
  })

  it('a rule that is off is not run, so it cannot fail', async () => {
    const spy = vi.spyOn(ruleById('numbering')!, 'check').mockImplementation(() => {
      throw new Error('kjøres ikke')
    })
    const found = validate(await loadCorpus(), { profile: await corpusProfile(), config: { rules: { numbering: 'off' } } })
    expect(spy).not.toHaveBeenCalled()
    expect(found.some((d) => d.ruleId === 'numbering')).toBe(false)
  })
})
