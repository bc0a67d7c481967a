/**
 * Issue #16.4: references that promise content the target lacks. Read in the bundled 2023 set:
 * Del 1 § 12 says the provisions on betaling for utskrivningsklare pasienter «er inntatt i
 * retningslinje for samarbeid om pasientforløp, se del 2, punkt 2.2» — retningslinje 2 has none
 * (only a link to the forskrift's criteria; the payment rules are in the faktureringsveileder).
 * The promises that are kept are not reported: Del 1 § 11 (pårørende, in retningslinje 2),
 * retningslinje 3 § 5 («nærmere beskrevet i retningslinje 7»: videokommunikasjon), and Del 1 § 8's
 * forward «Prosedyre for dette skal beskrives nærmere i retningslinjene» (retningslinje 4 is about
 * gjensidig veiledning and informasjon).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { brokenPromises } from '../../src/validate/promises.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { fm, lineOf, setOf } from './fixtures.js'

describe('promised content in the bundled 2023 set', () => {
  it('Del 1 § 12: retningslinje 2 holds nothing on betaling', async () => {
    const set = await loadCorpus()
    const source = await readFile(path.join(AGREEMENTS, '00-samarbeidsavtale.md'), 'utf8')
    const found = validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'cross-reference' && d.message.includes(' lover '))
    expect(found.map((d) => `${path.basename(d.file)}:${d.line} ${d.severity} ${d.message}`)).toEqual([
      `00-samarbeidsavtale.md:${lineOf(source, 'Bestemmelser om betaling fra kommunen')} error «del 2, punkt 2.2» lover at teksten om betaling fra kommunen for egne innbyggere som er utskrivningsklare pasienter står der, men del 2 punkt 2.2 i samarbeidsavtalen og retningslinje 2 sier ingenting om «betaling»`,
    ])
  })

  it('the kept promises: § 11 pårørende, retningslinje 3 → 7, and the forward promise of § 8', async () => {
    const set = await loadCorpus()
    for (const d of set.documents) {
      const broken = brokenPromises(set, d).map((p) => p.sentence.text.slice(0, 40))
      expect(broken).toEqual(d.frontMatter.id === 'samarbeidsavtale' ? ['Bestemmelser om betaling fra kommunen fo'] : [])
    }
  })

  it('a citation of the forskrift is not provisions: «betaling» inside its name does not count', () => {
    const main = `${fm({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', title: 'S' })}\n# S\n\n## Del 1\n\n### 1. Betaling\n\nBestemmelser om betaling for utskrivningsklare pasienter er inntatt i retningslinje 1.\n`
    const r = (body: string) => `${fm({ id: 'retningslinje-1', type: 'retningslinje', number: 1, title: 'R' })}\n# R\n\n## 1. Utskriving\n\n${body}\n`
    const broken = (body: string) => brokenPromises(setOf({ 's.md': main, 'r.md': r(body) }), setOf({ 's.md': main, 'r.md': r(body) }).documents[0]!).length
    expect(broken('Kriteriene står i forskrift om kommunal betaling for utskrivningsklare pasienter.')).toBe(1)
    expect(broken('Kommunen skal betale for utskrivningsklare pasienter fra første døgn.')).toBe(0)
  })

  it('a forward promise no retningslinje keeps', () => {
    const main = `${fm({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', title: 'S' })}\n# S\n\n## Del 1\n\n### 8. Plikter\n\nPartnerne skal varsle hverandre om legemiddelmangel. Prosedyre for dette skal beskrives nærmere i retningslinjene.\n`
    const r = `${fm({ id: 'retningslinje-1', type: 'retningslinje', number: 1, title: 'R' })}\n# R\n\n## 1. Formål\n\nOm jordmortjenester.\n`
    const set = setOf({ 's.md': main, 'r.md': r })
    expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.message.includes(' lover ')).map((d) => d.message)).toEqual([
      'Teksten lover at retningslinjene skal beskrive dette («Partnerne skal varsle hverandre om legemiddelmangel.»), men ingen av dem sier noe om «varsle», «hverandre» eller «legemiddelmangel»',
    ])
  })

  it('finds nothing in the real text of the other regions', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      for (const d of set.documents) expect(brokenPromises(set, d)).toEqual([])
    }
  })
})
