/**
 * Issue #16.2: copies that drifted. The instances in the bundled 2023 set, found by reading it
 * (Del 2's summaries beside the retningslinjer's own «Formål», Del 1 § 8 quoted in retningslinje 3
 * § 6), at the lines that hold them; what is not a drifted copy (form sentences, versions, names);
 * and the work stays near-linear on many near-identical documents.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { driftedPairs, wordChanges } from '../../src/validate/rules/drifted-copy.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { AGREEMENTS, loadCorpus, ROOT } from '../helpers.js'
import { fm, lineOf, setOf } from './fixtures.js'

const at = async (file: string, needle: string) => `${file}:${lineOf(await readFile(path.join(AGREEMENTS, file), 'utf8'), needle)}`

describe('drifted-copy on the bundled 2023 set', () => {
  it('finds the four pairs, each at both places, with the words that differ', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() })
      .filter((d) => d.ruleId === 'drifted-copy')
      .map((d) => `${path.basename(d.file)}:${d.line} ${d.message.replace(/^.*ikke lenger like: /u, '')}`)
    expect(found).toEqual([
      // Del 1 § 8 «innenfor det enkelte ansvarsområdet», quoted in retningslinje 3 § 6 as «… ansvarsområde, jfr. pkt. 8 i samarbeidsavtalen, del 1»
      `${await at('00-samarbeidsavtale.md', 'gjensidig veiledning innenfor det enkelte ansvarsområdet.')} «ansvarsområdet» her, «ansvarsområde» der`,
      // Del 2 2.4 still says «denne tjenesteavtalen» and «Partene» where retningslinje 4 § 2 says «retningslinjen» and «Partnerne»
      `${await at('00-samarbeidsavtale.md', 'I tillegg skal denne tjenesteavtalen')} «denne tjenesteavtalen» her, «retningslinjen» der; «Partene» her, «Partnerne» der`,
      // Del 2 2.5 «Tjenesteavtalen skal legge til rette …», retningslinje 5 § 2 «Retningslinjen skal …»
      `${await at('00-samarbeidsavtale.md', 'Tjenesteavtalen skal legge til rette')} «Tjenesteavtalen» her, «Retningslinjen» der`,
      // Del 2 2.8 promises «oppgaver og ansvar for forebygging»; retningslinje 8 § 3 «samarbeid om forebygging»
      `${await at('00-samarbeidsavtale.md', 'konkretisere UNN og kommunens oppgaver og ansvar for forebygging')} «Denne retningslinjen» her, «Retningslinjen» der; «oppgaver og ansvar for» her, «samarbeid om» der; «samarbeidet om» her, (ingenting) der`,
      `${await at('03-retningslinje-3.md', 'innenfor det enkelte ansvarsområde, jfr. pkt. 8')} «ansvarsområde» her, «ansvarsområdet» der`,
      `${await at('04-retningslinje-4.md', 'I tillegg skal retningslinjen bidra')} «retningslinjen» her, «denne tjenesteavtalen» der; «Partnerne» her, «Partene» der`,
      `${await at('05-retningslinje-5.md', 'Retningslinjen skal legge til rette')} «Retningslinjen» her, «Tjenesteavtalen» der`,
      `${await at('08-retningslinje-8.md', 'Retningslinjen har som formål å avklare')} «Retningslinjen» her, «Denne retningslinjen» der; «samarbeid om» her, «oppgaver og ansvar for» der; (ingenting) her, «samarbeidet om» der`,
    ])
  })

  it('names the other place with its file and line, and the section of each', async () => {
    const d = validate(await loadCorpus(), { profile: recommendedProfile() }).find((x) => x.ruleId === 'drifted-copy' && x.file.endsWith('05-retningslinje-5.md'))!
    const line = await at('00-samarbeidsavtale.md', 'Tjenesteavtalen skal legge til rette')
    expect(d.message.replace(/\([^()]*\/(?=00-)/u, '(')).toBe(`Teksten er en kopi av punkt 2.5 i samarbeidsavtalen (${line}), men kopiene er ikke lenger like: «Retningslinjen» her, «Tjenesteavtalen» der`)
  })

  it('leaves alone the copies that agree: Del 2 2.2, 2.6, 2.9 and the retningslinjer, 2.3 beside its source reference, 2.7 that retningslinje 7 goes on from', async () => {
    const lines = validate(await loadCorpus(), { profile: recommendedProfile() })
      .filter((d) => d.ruleId === 'drifted-copy')
      .map((d) => `${path.basename(d.file)}:${d.line}`)
    for (const [file, needle] of [
      ['06-retningslinje-6.md', 'Gravide, fødende og familien'],
      ['09-retningslinje-9.md', 'Formålet med disse retningslinjene'],
      ['03-retningslinje-3.md', 'Denne retningslinjen har som formål'],
      ['07-retningslinje-7.md', 'Gjennom denne avtalen forplikter'],
      ['02-retningslinje-2.md', 'klargjøre ansvar og oppgaver ved henvisning'],
    ] as const) {
      expect(lines).not.toContain(await at(file, needle))
    }
  })
})

describe('what is not a drifted copy', () => {
  it('a form sentence whose number differs, a name that differs, punctuation and case', () => {
    expect(wordChanges('Retningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.1 om oppgaver.', 'Retningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.2 om oppgaver.')).toBeNull()
    expect(wordChanges('Avtalen er inngått mellom Arendal kommune og Sørlandet sykehus HF om dette.', 'Avtalen er inngått mellom Lund kommune og Sørlandet sykehus HF om dette.')).toBeNull()
    expect(wordChanges('Denne retningslinjen har som formål å avklare oppgaver. Jf. loven.', 'Denne retningslinjen har som formål å avklare oppgaver, jf. loven.')).toEqual([])
    // …but a word at the start of the sentence is a word, not a name
    expect(wordChanges('Tjenesteavtalen skal legge til rette for at det utvikles felles tiltak.', 'Retningslinjen skal legge til rette for at det utvikles felles tiltak.')).toEqual([{ here: 'Tjenesteavtalen', there: 'Retningslinjen' }])
  })

  it('copies inside one document, and the two versions of an agreement in one folder, are not compared', async () => {
    const one = (id: string, body: string) => `${fm({ id, type: 'retningslinje', number: id.slice(-1), title: id })}\n# ${id}\n\n## 1. Formål\n\n${body}\n`
    const mirrored = setOf({
      'r1.md': one('retningslinje-1', 'UNN skal gi råd, veiledning og opplysninger om helsemessige forhold til kommunen.\n\n## 2. Kommunen\n\nKommunen skal gi råd, veiledning og opplysninger om helsemessige forhold til UNN.'),
    })
    expect(driftedPairs(mirrored.documents)).toEqual([])
    for (const region of ['helse-bergen', 'helse-forde']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(driftedPairs(set.documents).length).toBeGreaterThan(0) // the two versions are alike …
      expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'drifted-copy')).toEqual([]) // … and not reported
    }
  })

  it('finds nothing in the real text of the other regions (each read: versions, kommune names)', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'drifted-copy')).toEqual([])
    }
  })
})

describe('drifted-copy stays near-linear', () => {
  it('a sentence repeated in 120 documents, half of them drifted: not compared pair by pair', () => {
    const body = (i: number) =>
      [
        `Punkt ${i} handler om oppgaver som bare dette dokumentet har, og som ingen andre dokumenter har, nummer ${i}.`,
        i % 2 ? 'Partnerne skal holde hverandre informert og sørge for gjensidig veiledning innenfor det enkelte ansvarsområde.' : 'Partene skal holde hverandre informert og sørge for gjensidig veiledning innenfor det enkelte ansvarsområde.',
      ].join(' ')
    const files = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}.md`, `${fm({ id: `dok-${i}`, type: 'vedlegg', title: `D${i}` })}\n# D${i}\n\n## 1. Formål\n\n${body(i)}\n`]))
    // Ten documents: every «Partene» copy against every «Partnerne» copy, 5 × 5.
    expect(driftedPairs(setOf(files(10)).documents)).toHaveLength(25)
    // 120: all pairs would be 60 × 60 = 3600 diffs; a phrase in more sentences than the index
    // keeps (MAX_POSTINGS) is a set phrase, and finds no pairs (documented recall limit).
    expect(driftedPairs(setOf(files(120)).documents)).toHaveLength(0)
  })
})
