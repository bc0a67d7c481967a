/** The hotjl-coverage rule (docs/rules/hotjl-coverage.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('hotjl-coverage', () => {
  it('reports a point nobody covers, with the law’s wording, at Del 2', () => {
    const files = soundSet()
    files['04-retningslinje-4.md'] = retningslinje(4, 'Kunnskapsoverføring', [6, 7, 8, 9, 10])
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('punkt 6, 7, 8, 9, 10, 11', 'punkt 6, 7, 8, 9, 10')
    const found = findings(setOf(files), 'hotjl-coverage')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^00-samarbeidsavtale\.md:\d+ hotjl § 6-2 første ledd nr\. 11 er ikke dekket av noe dokument: «omforente beredskapsplaner og planer for den akuttmedisinske kjeden»/)
  })

  it('reports the second paragraph when no section deals with samarbeidstiltak', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('Prosjekter skal organiseres og finansieres etter avtale.', '')
    expect(findings(setOf(files), 'hotjl-coverage')).toEqual([expect.stringMatching(/andre ledd er ikke dekket/)])
  })
})
