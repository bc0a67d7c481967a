/** The placeholder rule (docs/rules/placeholder.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { validate } from '../../src/validate/index.js'
import { findings, lineOf, retningslinje, setOf, soundSet } from './fixtures.js'

describe('placeholder', () => {
  const withText = (text: string) => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], `\n## 7. Annet\n\n${text}\n`)
    return setOf(files)
  }
  it('warns in a template, with file and line', () => {
    const set = withText('Avtale med XX kommune datert xx.xx.2023 (SETT INN DATO) og (Navn på kommune).\n\nSted/dato:')
    const d = validate(set).filter((x) => x.ruleId === 'placeholder')
    const line = lineOf(set.documents[1]!.source, 'XX kommune')
    expect(d.map((x) => [x.severity, x.line, x.column, x.message.slice(0, 30)])).toEqual([
      ['warning', line, 12, 'Plassholder «XX kommune» står '],
      ['warning', line, 30, 'Plassholder «xx.xx.2023» står '],
      ['warning', line, 41, 'Plassholder «(SETT INN DATO)» '],
      ['warning', line, 60, 'Plassholder «(Navn på kommune)'],
      ['warning', line + 2, 1, 'Feltet «Sted/dato:» er tomt; d'],
    ])
  })
  it('reports unknown variables in a template, and every variable as an error in an instance', () => {
    const set = withText('{{kommune.navn}} kommune, {{kommune.ukjent}}.')
    expect(findings(set, 'placeholder')).toEqual([`01-retningslinje-1.md:${lineOf(set.documents[1]!.source, 'kommune.ukjent')} Malvariabelen {{kommune.ukjent}} kan ikke fylles ut: den er ukjent, eller kommuneregisteret har ikke verdien`])
    const inInstance = validate(set, { instance: true }).filter((x) => x.ruleId === 'placeholder')
    expect(inInstance.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'Malvariabelen {{kommune.navn}} er ikke fylt ut'],
      ['error', 'Malvariabelen {{kommune.ukjent}} er ikke fylt ut'],
    ])
  })
  it('asks the registry through canFill', () => {
    const set = withText('{{blokk.ohd-tilbud}}')
    expect(findings(set, 'placeholder')).toEqual([])
    expect(findings(set, 'placeholder', { canFill: () => false })).toHaveLength(1)
  })
})
