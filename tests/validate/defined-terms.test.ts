/**
 * Issue #16.3: defined terms and names. Del 1 § 1 of the bundled 2023 agreement defines
 * «kommunen» ({{kommune.offisielt_navn}} kommune), «UNN» (Universitetssykehuset Nord-Norge HF)
 * and «partnere» (for «partene»); the instances where the set departs from that, read in the
 * files, at their lines; the registry (agreements/kommuner.yaml) agrees with the definitions
 * and has the kommuner for which the title's {{kommune.navn}} is not the party's name.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { fm, lineOf, setOf } from './fixtures.js'

const at = async (file: string, needle: string) => `${file}:${lineOf(await readFile(path.join(AGREEMENTS, file), 'utf8'), needle)}`

describe('defined-terms on the bundled 2023 set', () => {
  it('finds each departure from Del 1 § 1 at its line', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() })
      .filter((d) => d.ruleId === 'defined-terms')
      .map((d) => `${path.basename(d.file)}:${d.line} ${d.severity} ${d.message.replace(/ \(del 1 punkt 1 i samarbeidsavtalen\)| i del 1 punkt 1 i samarbeidsavtalen/gu, '')}`)
    const header = 'info «SAMARBEIDSAVTALE MELLOM KOMMUNENE OG UNN»: avtalen er inngått med én kommune, «kommunen»; den heter ellers «Samarbeidsavtale mellom kommunen og UNN»'
    expect(found).toEqual([
      // «# Samarbeidsavtale mellom {{kommune.navn}} kommune og Universitetssykehuset i Nord-Norge HF»: «Universitetssykehuset Nord-Norge HF» (no «i»): the name in the Brønnøysund register, the signature block and the veileder
      `${await at('00-samarbeidsavtale.md', '# Samarbeidsavtale mellom')} warning «Universitetssykehuset i Nord-Norge HF» er ikke helseforetakets navn slik avtalen selv skriver det: «Universitetssykehuset Nord-Norge HF»`,
      // Del 2 2.4: «Partene skal samarbeide …» after «omtales partene i det videre som «partnere»»
      `${await at('00-samarbeidsavtale.md', 'Partene skal samarbeide')} info «Partene»: avtalen sier at partene omtales som «partnere»; bruk det ordet`,
      `${await at('01-retningslinje-1.md', 'VEDLEGG TIL SAMARBEIDSAVTALE MELLOM KOMMUNENE OG UNN')} ${header}`,
      // retningslinje 1 § 3.2: «jf. blant annet punkt 2.1.3 i samarbeidsavtalen mellom kommunene og UNN»
      `${await at('01-retningslinje-1.md', 'samarbeidsavtalen mellom kommunene og UNN')} info «samarbeidsavtalen mellom kommunene og UNN»: avtalen er inngått med én kommune, «kommunen»; den heter ellers «Samarbeidsavtale mellom kommunen og UNN»`,
      `${await at('02-retningslinje-2.md', 'VEDLEGG TIL SAMARBEIDSAVTALE MELLOM KOMMUNENE OG UNN')} ${header}`,
      `${await at('03-retningslinje-3.md', 'VEDLEGG TIL SAMARBEIDSAVTALE MELLOM KOMMUNENE OG UNN')} ${header}`,
      // retningslinje 6 § 3 «overordnet samarbeidsavtale mellom UNN HF og kommunen», retningslinje 8 § 6 «for UNN HF og samarbeidende kommuner»
      `${await at('06-retningslinje-6.md', 'mellom UNN HF og kommunen')} info «UNN HF»: avtalen kaller helseforetaket «UNN», med fullt navn «Universitetssykehuset Nord-Norge HF»`,
      `${await at('08-retningslinje-8.md', 'for UNN HF og samarbeidende kommuner')} info «UNN HF»: avtalen kaller helseforetaket «UNN», med fullt navn «Universitetssykehuset Nord-Norge HF»`,
    ])
  })

  it('the registry agrees: its helseforetak is the name Del 1 § 1 defines, and 8 of its 24 kommuner have an official name other than the short one', async () => {
    const registry = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    expect(registry.helseforetak).toBe('Universitetssykehuset Nord-Norge HF')
    const source = await readFile(path.join(AGREEMENTS, '00-samarbeidsavtale.md'), 'utf8')
    expect(source).toContain(`{{kommune.offisielt_navn}} kommune, heretter «kommunen», og ${registry.helseforetak}, heretter «UNN»`)
    const differ = registry.kommuner.filter((k) => JSON.stringify(k.officialName) !== JSON.stringify(k.name))
    expect(differ.length).toBe(8)
  })

  it('leaves alone the veileder («mellom UNN HF og kommunene»: not part of the agreement) and the definitions themselves', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() }).filter((d) => d.ruleId === 'defined-terms')
    expect(found.some((d) => d.file.endsWith('10-veileder-fakturering.md'))).toBe(false)
    expect(found.some((d) => d.line === 18 && d.file.endsWith('00-samarbeidsavtale.md'))).toBe(false)
  })

  it('reads «(heretter kalt …)» as Ahus writes it, and judges nothing without a main agreement', () => {
    const main = `${fm({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', title: 'S' })}\n# S\n\n## Del 1\n\n### 1. Parter\n\nAvtalen er inngått mellom Asker kommune (heretter kalt kommunen)og Akershus universitetssykehus HF (heretter kalt Ahus).\n\n### 2. Annet\n\nAkershus Universitetssykehus HF og Ahus HF samarbeider.\n`
    const found = validate(setOf({ 's.md': main }), { profile: recommendedProfile() }).filter((d) => d.ruleId === 'defined-terms').map((d) => d.message)
    expect(found).toEqual([
      '«Akershus Universitetssykehus HF» er ikke helseforetakets navn slik avtalen selv skriver det i del 1 punkt 1 i samarbeidsavtalen: «Akershus universitetssykehus HF»',
      '«Ahus HF»: avtalen kaller helseforetaket «Ahus» (del 1 punkt 1 i samarbeidsavtalen), med fullt navn «Akershus universitetssykehus HF»',
    ])
  })

  it('finds nothing in the real text of the other regions', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'defined-terms')).toEqual([])
    }
  })
})
