/**
 * The bundled 2023 agreement against examples/revisjon-2024, the revision a committee makes
 * after running validate: every fix shows up as exactly the words it changed, and nothing else.
 */
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import schema from '../../schemas/changeset.schema.json' with { type: 'json' }
import { applyChangeSet } from '../../src/diff/apply.js'
import { type ChangeSet, diffSets, type DocumentChange } from '../../src/diff/changeset.js'
import type { Hunk } from '../../src/diff/hunks.js'
import type { AgreementSet } from '../../src/model.js'
import { allSections } from '../../src/parse/document.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { loadCorpus } from '../helpers.js'
import { REVISION } from './fixtures.js'

let before: AgreementSet
let after: AgreementSet
let cs: ChangeSet
const docOf = (id: string): DocumentChange => cs.documents.find((d) => d.id === id)!
/** "fjernet→ny" pairs of a document's changed words, in order. */
const edits = (id: string) =>
  docOf(id)
    .sections.flatMap((s) => s.hunks)
    .filter((h): h is Hunk => h.kind !== 'lik')
    .map((h) => `${h.kind === 'ny' ? '+' : '-'}${h.text}`)

beforeAll(async () => {
  before = await loadCorpus()
  after = await loadAgreementSet(REVISION)
  cs = diffSets(before, after)
})

describe('agreements/ (2023) → examples/revisjon-2024/', () => {
  it('marks the eight fixed documents revidert and the three others uendret', () => {
    expect(cs.documents.map((d) => `${d.id} ${d.status}`)).toEqual([
      'samarbeidsavtale revidert',
      'retningslinje-1 revidert',
      'retningslinje-2 revidert',
      'retningslinje-3 revidert',
      'retningslinje-4 revidert',
      'retningslinje-5 revidert',
      'retningslinje-6 uendret',
      'retningslinje-7 uendret',
      'retningslinje-8 revidert',
      'retningslinje-9 revidert',
      'veileder-fakturering uendret',
    ])
    expect(cs.documents.map((d) => d.hearingLabel)).toEqual([...Array(6).fill('revidert etter høringsrunde'), 'uendret etter høringsrunde', 'uendret etter høringsrunde', 'revidert etter høringsrunde', 'revidert etter høringsrunde', 'uendret etter høringsrunde'])
    // Version, status, date and the removed høring label are listed, but are not text changes.
    expect(docOf('retningslinje-6').frontMatter.map((f) => f.key)).toEqual(['version', 'status', 'date', 'hearing'])
  })

  it('reports the renumbering of retningslinje 4 as omnummerert, section by section', () => {
    const changed = docOf('retningslinje-4').sections.filter((s) => s.status !== 'uendret')
    expect(changed.map((s) => `${s.old!.numberText} → ${s.new!.numberText} ${s.new!.title} ${s.tags.join('+')}`)).toEqual([
      '4. → 5. Videreutvikling av møtearenaer for kompetansebygging og deling av kunnskap omnummerert',
      '4.1 → 5.1 Faglige nettverk omnummerert',
      '4.2 → 5.2 Hospiteringsordninger omnummerert',
      '4.3 → 5.3 Ambulerende behandlingsteam omnummerert',
      '5. → 6. Brukermedvirkning omnummerert',
      '6. → 7. Avvik omnummerert',
      '7. → 8. Uenighet omnummerert',
      '8. → 9. Varighet, revisjon og oppsigelse omnummerert',
    ])
    // The duplicate "4." had the derived id 4~2; the new 5 is that section, not old 5 (Brukermedvirkning).
    expect(changed[0]).toMatchObject({ old: { id: 'retningslinje-4/4~2' }, new: { id: 'retningslinje-4/5' }, wordsAdded: 0, wordsRemoved: 0 })
    expect(edits('retningslinje-4')).toEqual([])
  })

  it('reports the titles of samarbeidsavtalen 2.4 and 2.9 as tittel endret', () => {
    const section = (id: string) => docOf('samarbeidsavtale').sections.find((s) => s.new?.id === id)!
    expect(section('samarbeidsavtale/del-2/2.4').tags).toEqual(['tittel endret', 'endret'])
    expect(section('samarbeidsavtale/del-2/2.4').titleHunks).toEqual([
      { kind: 'lik', text: 'Gjensidig kunnskapsoverføring og informasjonsutveksling' },
      { kind: 'fjernet', text: ' og for' },
      { kind: 'ny', text: ',' },
      { kind: 'lik', text: ' faglige nettverk og hospitering' },
    ])
    expect(section('samarbeidsavtale/del-2/2.9').tags).toEqual(['tittel endret'])
    expect(section('samarbeidsavtale/del-2/2.9').titleHunks!.filter((h) => h.kind !== 'lik')).toEqual([
      { kind: 'fjernet', text: 'Omforente beredskapsplaner' },
      { kind: 'ny', text: 'Beredskapsplaner' },
    ])
  })

  it('finds exactly the words each fix changed', () => {
    expect(edits('samarbeidsavtale')).toEqual([
      '-14', '+24',
      '-har', '+ha',
      '-Retningslinjer for samarbeid', '+Samarbeid',
      '-Retningslinjer for gjensidig', '+Gjensidig',
      '- og for', '+,',
      '-Omforente beredskapsplaner', '+Beredskapsplaner',
      '-pasientforløp', '+behandlingsforløp',
      '-pasientforløp', '+behandlingsforløp',
      '-UNN', '+kommunen', '-kommunen', '+UNN',
      '-tjenesteavtalen', '+retningslinjen', '-Partene', '+Partnerne',
      '-Tjenesteavtalen', '+Retningslinjen',
    ])
    expect(edits('retningslinje-1')).toEqual(['-Enderingen', '+Endringen', '-2.1.3', '+3.1', '-samarbeidsavtalen mellom kommunene og UNN', '+denne retningslinjen'])
    expect(edits('retningslinje-2')).toEqual(['-5.2', '+5.1.1.2'])
    expect(edits('retningslinje-3')).toEqual([])
    expect(docOf('retningslinje-3').sections.find((s) => s.status !== 'uendret')).toMatchObject({ status: 'omnummerert', old: { numberText: '10 .' }, new: { numberText: '10.' } })
    expect(edits('retningslinje-5')).toEqual(['-,', '+ nr. 7'])
    expect(edits('retningslinje-8')).toEqual(['-7', '+8', '-7', '+8'])
    expect(edits('retningslinje-9')).toEqual(['-Aktuttmedisinforskriften', '+Akuttmedisinforskriften'])
    expect(cs.summary).toMatchObject({ sectionsChanged: 23, wordsAdded: 23, wordsRemoved: 34, fallbacks: 0 })
  })

  it('is a ChangeSet the schema accepts, and applying it to 2023 gives the 2024 text', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
    expect(validate(JSON.parse(JSON.stringify(cs))), JSON.stringify(validate.errors)).toBe(true)
    const applied = applyChangeSet(before, cs)
    for (const doc of after.documents) {
      const got = applied.find((d) => d.id === doc.frontMatter.id)!
      expect(got.title).toBe(doc.title)
      expect(got.preamble).toBe(doc.preamble.text)
      expect(got.sections).toEqual(allSections(doc.sections).map((s) => ({ id: s.id, title: s.title, text: s.text })))
    }
  })

  it('compares 2023 with itself as no change at all', () => {
    const same = diffSets(before, before)
    expect(same.documents.every((d) => d.status === 'uendret' && d.frontMatter.length === 0)).toBe(true)
    expect(same.summary.sectionsChanged).toBe(0)
  })
})
