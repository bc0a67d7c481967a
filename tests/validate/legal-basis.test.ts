/**
 * Issue #16.6: the legal basis stated in the text. In the bundled 2023 set six retningslinjer
 * never say which point of § 6-2 they implement (only their front matter and Del 2 do), and
 * retningslinje 5 cites «§ 6-2» without its point; retningslinje 2 and 8 state theirs.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { fm, lineOf, setOf } from './fixtures.js'

const at = async (file: string, needle: string) => `${file}:${lineOf(await readFile(path.join(AGREEMENTS, file), 'utf8'), needle)}`

describe('legal-basis on the bundled 2023 set', () => {
  it('six retningslinjer state no point in their text, retningslinje 5 a bare «§ 6-2»', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() })
      .filter((d) => d.ruleId === 'legal-basis')
      .map((d) => `${path.basename(d.file)}:${d.line} ${d.severity} ${d.message}`)
    const never = async (n: number, file: string, point: number, del2: string) =>
      `${await at(file, '## 1. Forankring')} info retningslinje ${n} sier ikke selv at den gjennomfører helse- og omsorgstjenesteloven § 6-2 nr. ${point}: punktet står bare i front matter og i samarbeidsavtalen del 2 punkt ${del2}; skriv «§ 6-2 nr. ${point}» i forankringen`
    expect(found).toEqual([
      await never(1, '01-retningslinje-1.md', 1, '2.1'),
      await never(3, '03-retningslinje-3.md', 4, '2.3'),
      await never(4, '04-retningslinje-4.md', 6, '2.4'),
      // «Helse- og omsorgstjenesteloven § 6-2, slår fast at partnerne skal samarbeide om forskning …»: point 7 in words, not by number
      `${await at('05-retningslinje-5.md', 'Helse- og omsorgstjenesteloven § 6-2, slår fast')} info «Helse- og omsorgstjenesteloven § 6-2» nevner ikke punktet: retningslinje 5 gjennomfører § 6-2 nr. 7 (front matter); skriv «§ 6-2 nr. 7»`,
      await never(6, '06-retningslinje-6.md', 8, '2.6'),
      await never(7, '07-retningslinje-7.md', 9, '2.7'),
      await never(9, '09-retningslinje-9.md', 11, '2.9'),
    ])
  })

  it('a text that states its point, a document that claims none, and the samarbeidsavtale are not judged', () => {
    const doc = (id: string, hotjl: number[], body: string, type = 'retningslinje') => `${fm({ id, type, number: 1, title: id, hotjl })}\n# ${id}\n\n## 1. Forankring\n\n${body}\n`
    const set = setOf({
      'a.md': doc('retningslinje-1', [2, 3], 'Inngått i medhold av helse- og omsorgstjenesteloven § 6-2 nr. 2 og 3.'),
      'b.md': doc('veileder-x', [], 'Etter § 6-2.', 'veileder'),
      'c.md': doc('retningslinje-2', [4], 'Etter § 6-2 andre ledd.'),
    })
    expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'legal-basis').map((d) => d.file)).toEqual(['c.md'])
  })

  it('finds nothing in the real text of the other regions', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'legal-basis')).toEqual([])
    }
  })
})
