/**
 * Issue #16.5: sub-section references. The bundled 2023 set has one: the veileder's «Overordnet
 * samarbeidsavtale pkt 11, 3. strekpunkt, jf også 4. strekpunkt», which points into the 2012
 * agreement the set replaced (cross-reference's error; nothing to count here). Pointed into the
 * 2023 agreement instead — Del 1 § 14, whose four bullets hold the dispute rules — the 3rd and
 * 4th bullet exist and a 5th does not. Ledd and letters on synthetic text.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { AGREEMENTS, corpusProfile, loadCorpus, ROOT } from '../helpers.js'
import { fm, setOf } from './fixtures.js'

const found = (diagnostics: ReturnType<typeof validate>) => diagnostics.filter((d) => d.ruleId === 'subsection-reference').map((d) => `${path.basename(d.file)}:${d.line} ${d.message}`)

describe('subsection-reference on the bundled 2023 set', () => {
  it('finds nothing: its one sub-reference points into the superseded 2012 agreement', async () => {
    const diagnostics = validate(await loadCorpus(), { profile: await corpusProfile() })
    expect(found(diagnostics)).toEqual([])
    expect(diagnostics.some((d) => d.ruleId === 'cross-reference' && d.message.startsWith('«Overordnet samarbeidsavtale pkt 11»'))).toBe(true)
  })

  it('re-pointed at Del 1 § 14: the 3rd and 4th bullet exist, a 5th does not', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-sub-'))
    try {
      await cp(AGREEMENTS, dir, { recursive: true })
      const file = path.join(dir, '10-veileder-fakturering.md')
      const text = await readFile(file, 'utf8')
      const old = 'jf Overordnet samarbeidsavtale pkt 11, 3. strekpunkt, jf også 4. strekpunkt'
      expect(text).toContain(old)
      const run = async (to: string) => {
        await writeFile(file, text.replace(old, to))
        const { set } = await readAgreementSet(dir)
        return found(validate(set, { profile: recommendedProfile() }))
      }
      expect(await run('jf. samarbeidsavtalen del 1 punkt 14, 3. strekpunkt, jf også 4. strekpunkt')).toEqual([])
      expect(await run('jf. samarbeidsavtalen del 1 punkt 14, 3. strekpunkt, jf også 5. strekpunkt')).toEqual([
        '10-veileder-fakturering.md:39 «samarbeidsavtalen del 1 punkt 14, jf også 5. strekpunkt»: punkt 14 i samarbeidsavtalen («Håndtering av uenighet – tvisteløsning») har bare 4 strekpunkter',
      ])
      // § 13 Avvik has no bullets at all.
      expect(await run('jf. samarbeidsavtalen del 1 punkt 13, 3. strekpunkt')).toEqual([
        '10-veileder-fakturering.md:39 «samarbeidsavtalen del 1 punkt 13, 3. strekpunkt»: punkt 13 i samarbeidsavtalen («Avvik») har ingen strekpunkter',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('subsection-reference on synthetic text', () => {
  const doc = (body: string) =>
    `${fm({ id: 'retningslinje-1', type: 'retningslinje', number: 1, title: 'R' })}\n# R\n\n## 1. Formål\n\nFørste ledd.\n\nAndre ledd.\n\n## 2. Oppgaver\n\na) den første\\\nb) den andre\n\n## 3. Henvisninger\n\n${body}\n`
  const messages = (body: string) => found(validate(setOf({ 'r.md': doc(body) }), { profile: recommendedProfile() })).map((m) => m.replace(/^r\.md:\d+ /u, ''))

  it('ledd and letters: what the section has passes, what it lacks is reported', () => {
    expect(messages('Se punkt 1, andre ledd. Se punkt 2, bokstav b. Se punkt 2 a) for dette.')).toEqual([])
    expect(messages('Se punkt 1, tredje ledd.')).toEqual(['«Se punkt 1, tredje ledd»: punkt 1 i retningslinje 1 («Formål») har bare 2 ledd'])
    expect(messages('Se punkt 2, bokstav c.')).toEqual(['«Se punkt 2, bokstav c»: punkt 2 i retningslinje 1 («Oppgaver») har bare 2 bokstavpunkter'])
  })

  it('finds nothing in the real text of the other regions', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(found(validate(set, { profile: recommendedProfile() }))).toEqual([])
    }
  })
})
