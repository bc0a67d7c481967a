/** Profiles and configurations: extends, merging, and errors at the offending key's line. */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { loadConfig } from '../../src/validate/config.js'
import { mergeProfiles } from '../../src/validate/profile.js'
import { loadProfile, recommendedProfile } from '../../src/validate/profile-load.js'
import { validate } from '../../src/validate/index.js'
import { captureIo, ROOT } from '../helpers.js'
import { runCli } from '../../src/cli/program.js'
import { findings, setOf, soundSet } from './fixtures.js'

async function configFile(text: string, name = 'avtaleverk.config.yaml'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-profile-'))
  const file = path.join(dir, name)
  await writeFile(file, text)
  return file
}

async function loadError(text: string, name?: string): Promise<AvtaleverkError> {
  const file = await configFile(text, name)
  try {
    await loadConfig(file)
  } catch (e) {
    expect(e).toBeInstanceOf(AvtaleverkError)
    return e as AvtaleverkError
  }
  throw new Error('no error')
}

const all = (e: AvtaleverkError) => [e, ...e.details].map((x) => `${x.line}: ${x.message}`)

describe('the built-in profiles', () => {
  it('recommended has no region words, no superseded documents, and required-provisions off', () => {
    const p = recommendedProfile()
    expect(p.name).toBe('recommended')
    expect(p.terminology).toEqual([])
    expect(p.supersededDocuments).toEqual([])
    expect(p.rules?.['required-provisions']).toBe('off')
    expect(p.language).toEqual(['nb', 'nn'])
  })

  it('unn-2023 extends recommended with UNN’s words, sections and the 2012 agreement', async () => {
    const p = await loadProfile('unn-2023')
    expect(p.name).toBe('unn-2023')
    expect(p.sources?.map((f) => path.basename(f))).toEqual(['recommended.yaml', 'unn-2023.yaml'])
    expect(p.language).toEqual(['nb'])
    expect(p.terminology?.map((t) => t.term)).toContain('overordnet samarbeidsavtale')
    expect(p.supersededDocuments?.[0]).toMatchObject({ id: 'overordnet-samarbeidsavtale', replacedBy: 'samarbeidsavtalen av 2023' })
    expect(Object.keys(p.requiredSections ?? {})).toEqual(['samarbeidsavtale', 'retningslinje'])
    // Rules it does not mention keep recommended's settings.
    expect(p.rules?.['title-consistency']).toBe('warning')
    expect(p.rules?.['required-provisions']).toBe('error')
  })

  it('an unknown built-in name gets a suggestion', async () => {
    await expect(loadProfile('unn2023')).rejects.toThrowError(/Ukjent profil «unn2023» \(mente du «unn-2023»\?\)/)
  })
})

describe('a configuration extends a profile and merges over it', () => {
  it('by name, by path, and implicitly recommended', async () => {
    expect((await loadConfig(await configFile('rules:\n  numbering: warning\n'))).sources?.map((f) => path.basename(f))).toEqual(['recommended.yaml', 'avtaleverk.config.yaml'])
    const byName = await loadConfig(await configFile('extends: unn-2023\nrules:\n  terminology: warning\n'))
    expect(byName.rules?.terminology).toBe('warning')
    expect(byName.terminology).toHaveLength(3)
    const byPath = await loadConfig(await configFile(`extends: ${path.join(ROOT, 'profiles/unn-2023.yaml')}\n`))
    expect(byPath.supersededDocuments).toHaveLength(1)
  })

  it('a rule’s severity and options merge per rule; lists and required sections per type replace', () => {
    const base = { rules: { terminology: { severity: 'info' as const, options: { glossary: [{ term: 'a', preferred: 'b' }] } } }, requiredSections: { samarbeidsavtale: [{ name: 'x', titleWords: ['x'] }], retningslinje: [{ name: 'y', titleWords: ['y'] }] } }
    const merged = mergeProfiles(base, { rules: { terminology: 'warning' }, requiredSections: { retningslinje: [] } })
    expect(merged.rules?.terminology).toEqual({ severity: 'warning', options: { glossary: [{ term: 'a', preferred: 'b' }] } })
    expect(merged.requiredSections).toEqual({ samarbeidsavtale: [{ name: 'x', titleWords: ['x'] }], retningslinje: [] })
  })

  it('a region’s own profile: nynorsk section titles', async () => {
    const file = await configFile('extends: recommended\nlanguage: [nn]\nrules:\n  required-provisions: warning\n')
    const profile = await loadConfig(file)
    const files = soundSet()
    // The sound set is bokmål: under a nynorsk-only profile «Avtalens formål» is no «føremål».
    expect(findings(setOf(files), 'required-provisions', { profile }).map((f) => f.replace(/^.*? mangler en bestemmelse om /, ''))).toEqual([
      'avtalens parter (et punkt med «partar» eller «partnarar» i tittelen)',
      'formål (et punkt med «føremål» i tittelen)',
      'mislighold (et punkt med «misleghald» i tittelen)',
      'varighet og oppsigelse (et punkt med «varigheit» eller «avtaletid» eller «oppseiing» i tittelen)',
    ])
    const bokmål = await loadConfig(await configFile('extends: recommended\nlanguage: [nb]\nrules:\n  required-provisions: warning\n'))
    expect(findings(setOf(files), 'required-provisions', { profile: bokmål })).toEqual([])
  })
})

describe('bad configuration: a Norwegian error at the offending key’s line', () => {
  it('a schema error deep in the file', async () => {
    const e = await loadError('extends: unn-2023\nrules:\n  terminology:\n    options:\n      glossary:\n        - term: x\n          prefered: y\n')
    expect(all(e)).toEqual(['7: Konfigurasjon: ukjent felt «prefered»', '6: Konfigurasjon: mangler påkrevd felt «preferred»'].sort())
  })

  it('an unknown rule id, with a suggestion', async () => {
    const e = await loadError('# house style\nrules:\n  numbering: warning\n  hotjl-coverag: off\n')
    expect(e.line).toBe(4)
    expect(e.message).toMatch(/^Konfigurasjon: ukjent regel «hotjl-coverag» \(mente du «hotjl-coverage»\?\); reglene er hotjl-coverage, /)
  })

  it('a regular expression that can backtrack catastrophically, and one that does not compile', async () => {
    const e = await loadError('terminology:\n  - term: ok\n    preferred: x\n  - term: "(a+)+$"\n    preferred: y\nrequiredSections:\n  retningslinje:\n    - name: z\n      titleWords: [z]\n      textPattern: "(uavsluttet"\n')
    expect(all(e)).toEqual([
      expect.stringMatching(/^4: Konfigurasjon: terminology\.term «\(a\+\)\+\$» avvises: uttrykket kan gi katastrofal tilbakesporing/),
      '10: Konfigurasjon: requiredSections.retningslinje.textPattern «(uavsluttet» er ikke et gyldig regulært uttrykk',
    ])
  })

  it('in package.json, at the line of the key inside "avtaleverk"', async () => {
    const e = await loadError('{\n  "name": "x",\n  "avtaleverk": {\n    "rules": {\n      "numbering": "kanskje"\n    }\n  }\n}\n', 'package.json')
    expect(`${e.line}: ${e.message}`).toMatch(/^5: Konfigurasjon: «rules\.numbering» må være en av/)
  })

  it('extends in a ring, and extends to a file that does not exist', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-ring-'))
    await writeFile(path.join(dir, 'a.yaml'), 'extends: ./b.yaml\n')
    await writeFile(path.join(dir, 'b.yaml'), 'extends: ./a.yaml\n')
    await expect(loadConfig(path.join(dir, 'a.yaml'))).rejects.toThrowError(/«extends» går i ring: a\.yaml → b\.yaml → a\.yaml/)
    await expect(loadConfig(await configFile('extends: ./finnes-ikke.yaml\n'))).rejects.toThrowError(/«extends: \.\/finnes-ikke\.yaml» peker på .*, som ikke finnes/)
  })
})

describe('avtaleverk validate --profile', () => {
  it('replaces what the config extends: recommended gives the 56 law and structure findings, unn-2023 the 64', async () => {
    const rec = captureIo()
    expect(await runCli(['validate', 'agreements', '--profile', 'recommended', '-f', 'json'], rec)).toBe(1)
    const json = JSON.parse(rec.out)
    expect(json.summary).toEqual({ errors: 7, warnings: 26, infos: 23 })
    expect(json.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'terminology')).toBe(false)
    const unn = captureIo()
    await runCli(['validate', 'agreements', '--profile', 'unn-2023', '-f', 'json'], unn)
    expect(JSON.parse(unn.out).summary).toEqual({ errors: 8, warnings: 26, infos: 30 })
  })

  it('an unknown profile is a usage error', async () => {
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--profile', 'recomended'], io)).toBe(2)
    expect(io.err).toMatch(/Ukjent profil «recomended» \(mente du «recommended»\?\)/)
  })
})

it('validate(set) without a profile is recommended', () => {
  const set = setOf(soundSet())
  expect(validate(set)).toEqual(validate(set, { profile: recommendedProfile() }))
})
