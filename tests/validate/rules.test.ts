/** What holds for every rule together: the sound fixture set passes them all, ids other than the conventional ones, config. Each rule has its own file, tests/validate/<id>.test.ts. */
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { checkConfig } from '../../src/validate/config.js'
import { validate } from '../../src/validate/index.js'
import { findings, retningslinje, samarbeidsavtale, setOf, soundSet } from './fixtures.js'

describe('the sound fixture set passes every rule', () => {
  it('has no findings at all', () => {
    expect(validate(setOf(soundSet())).map((d) => `${d.ruleId} ${d.file}:${d.line} ${d.message}`)).toEqual([])
  })
})

describe('ids other than the conventional ones', () => {
  it('resolves references to the samarbeidsavtale by type and to retningslinjer by number', () => {
    const files = soundSet()
    files['00-samarbeidsavtale.md'] = files['00-samarbeidsavtale.md']!.replace('id: samarbeidsavtale', 'id: samarbeidsavtale-2024')
    files['03-retningslinje-3.md'] = files['03-retningslinje-3.md']!.replace('id: retningslinje-3', 'id: ohd').replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['01-retningslinje-1.md'] = files['01-retningslinje-1.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['02-retningslinje-2.md'] = files['02-retningslinje-2.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    files['04-retningslinje-4.md'] = files['04-retningslinje-4.md']!.replace('anchor: samarbeidsavtale/', 'anchor: samarbeidsavtale-2024/')
    expect(validate(setOf(files)).map((d) => `${d.ruleId} ${d.message}`)).toEqual([])
  })
})

describe('config', () => {
  it('applies to front matter that failed to load, too', () => {
    const bad = { diagnostics: validate(setOf({}), { loadErrors: [new AvtaleverkError('skjemafeil', 'Front matter: x', { file: 'a.md', line: 3 })], config: { rules: { 'front-matter': 'warning' } } }) }
    expect(bad.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['front-matter', 'warning']])
    expect(validate(setOf({}), { loadErrors: [new AvtaleverkError('skjemafeil', 'x', { file: 'a.md' })], config: { rules: { 'front-matter': 'off' } } })).toEqual([])
  })

  it('rejects rule options of the wrong shape, at their line', () => {
    expect(() => checkConfig({ rules: { 'required-provisions': { options: { retningslinje: [{ name: 'x' }] } } } }, 'c.yaml', { rules: 1 })).toThrowError(/mangler påkrevd felt «titleWords»/)
    expect(() => checkConfig({ rules: { terminology: { options: { glosary: [] } } } }, 'c.yaml')).toThrowError(/ukjent felt «glosary»/)
  })

  it('turns rules off and changes severities', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], '\n## 7. Annet\n\nDenne tjenesteavtalen. Se punkt 9.9 i samarbeidsavtalen.\n')
    const set = setOf(files)
    const config = { rules: { terminology: 'off' as const, 'cross-reference': 'warning' as const } }
    expect(validate(set, { config }).map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['cross-reference:warning'])
  })
})

it('samarbeidsavtale fixture helper gives Del 2 sections', () => {
  expect(samarbeidsavtale([{ title: 'X', points: [1] }])).toContain('### 2.1 X')
})
