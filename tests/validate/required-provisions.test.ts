/** The required-provisions rule (docs/rules/required-provisions.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { loadProfile } from '../../src/validate/profile-load.js'
import { findings, lineOf, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('required-provisions', () => {
  it('reports a missing provision in the agreement and a missing closing section in a retningslinje (unn-2023)', async () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('### 6. Mislighold', '### 6. Annet').replace('ett års oppsigelsesfrist', 'tre måneders frist')
    files['02-retningslinje-2.md'] = files['02-retningslinje-2.md']!.replace('## 3. Brukermedvirkning', '## 3. Annet')
    const sa = files['00-samarbeidsavtale.md']!
    expect(findings(setOf(files), 'required-provisions', { profile: await loadProfile('unn-2023') })).toEqual([
      `00-samarbeidsavtale.md:${lineOf(sa, '# Samarbeidsavtale')} samarbeidsavtalen mangler en bestemmelse om mislighold (et punkt med «mislighold» i tittelen)`,
      `00-samarbeidsavtale.md:${lineOf(sa, '### 7. Varighet')} Punkt 7 «Varighet, revisjon og oppsigelse» nevner ikke oppsigelsesfristen på ett år som helse- og omsorgstjenesteloven § 6-5 andre ledd krever`,
      `02-retningslinje-2.md:${lineOf(files['02-retningslinje-2.md']!, '# RETNINGSLINJE')} retningslinje 2 mangler en bestemmelse om brukermedvirkning (et punkt med «brukermedvirkning» i tittelen)`,
    ])
  })
  it('takes the house-style list from the config', () => {
    const config = { rules: { 'required-provisions': { severity: 'error' as const, options: { retningslinje: [{ name: 'økonomi', titleWords: ['økonomi'] }] } } } }
    const found = findings(setOf(soundSet()), 'required-provisions', { config })
    expect(found).toHaveLength(4)
    expect(found[0]).toMatch(/retningslinje 1 mangler en bestemmelse om økonomi/)
  })
})
