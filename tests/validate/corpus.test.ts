import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet } from '../../src/parse/load.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { runCli } from '../../src/cli/program.js'
import { AGREEMENTS, captureIo, corpusProfile, loadCorpus } from '../helpers.js'

const line = (d: { file: string; line: number; ruleId: string; severity: string }) => `${path.basename(d.file)}:${d.line} ${d.ruleId} ${d.severity}`

describe('validate on the faithful 2023 corpus', () => {
  it('reports exactly the defects the source has, at their lines, under its config (unn-2023)', async () => {
    const profile = await corpusProfile()
    expect(profile.name).toBe('unn-2023')
    const found = validate(await loadCorpus(), { profile }).map(line)
    expect(found).toEqual([
      // The title: «Universitetssykehuset i Nord-Norge HF» (the parties clause has no «i»).
      '00-samarbeidsavtale.md:12 defined-terms warning',
      // Del 1 § 2: "lov om kommunale helse- og omsorgstjenester av 14. juni 2011" (the act is of 24 June).
      '00-samarbeidsavtale.md:22 law-citation warning',
      // Del 1 § 2: "tilhørende tjenesteavtaler", "overordnet samarbeidsavtale og tjenesteavtaler".
      '00-samarbeidsavtale.md:22 terminology info',
      '00-samarbeidsavtale.md:24 terminology info',
      '00-samarbeidsavtale.md:24 terminology info',
      // Del 1 § 3's list names retningslinje 2, 3, 4 and 9 otherwise than the retningslinjer do.
      '00-samarbeidsavtale.md:39 title-consistency warning',
      '00-samarbeidsavtale.md:40 title-consistency warning',
      '00-samarbeidsavtale.md:41 title-consistency warning',
      '00-samarbeidsavtale.md:46 title-consistency warning',
      '00-samarbeidsavtale.md:91 drifted-copy warning',
      // Del 1 § 12: «Bestemmelser om betaling … er inntatt i retningslinje for samarbeid om pasientforløp»; retningslinje 2 has none.
      '00-samarbeidsavtale.md:143 cross-reference error',
      // Del 1 § 17: the two empty "Sted/dato:" fields of the signature block.
      '00-samarbeidsavtale.md:178 placeholder warning',
      '00-samarbeidsavtale.md:180 placeholder warning',
      // Del 2: «… mellom UNN og kommunen», the 2.3 and 2.4 headings, 2.9's "Omforente …".
      '00-samarbeidsavtale.md:198 title-consistency warning',
      '00-samarbeidsavtale.md:213 title-consistency warning',
      '00-samarbeidsavtale.md:219 title-consistency warning',
      '00-samarbeidsavtale.md:221 title-consistency warning',
      '00-samarbeidsavtale.md:227 drifted-copy warning',
      // Del 2 2.4/2.5: "denne tjenesteavtalen", "Tjenesteavtalen"; «Partene» after «omtales partene … som «partnere»».
      '00-samarbeidsavtale.md:227 terminology info',
      '00-samarbeidsavtale.md:227 defined-terms info',
      '00-samarbeidsavtale.md:235 drifted-copy warning',
      '00-samarbeidsavtale.md:235 terminology info',
      '00-samarbeidsavtale.md:261 drifted-copy warning',
      '00-samarbeidsavtale.md:265 title-consistency warning',
      '01-retningslinje-1.md:14 defined-terms info',
      '01-retningslinje-1.md:20 legal-basis info',
      // Retningslinje 1: "punkt 2.1.3 i samarbeidsavtalen" does not exist.
      // Retningslinje 1: «hotjl §§ 3-3- a og 3-4», a stray hyphen in «§ 3-3 a».
      '01-retningslinje-1.md:34 law-citation warning',
      '01-retningslinje-1.md:78 cross-reference error',
      '01-retningslinje-1.md:78 defined-terms info',
      '01-retningslinje-1.md:114 delegation info',
      '02-retningslinje-2.md:15 defined-terms info',
      // Retningslinje 2: "Se punkt 5.2 … om barnekoordinator" (5.1.1.2), "3.1 (Helseopplysninger ved søknad)".
      '02-retningslinje-2.md:163 cross-reference error',
      '02-retningslinje-2.md:187 cross-reference error',
      // Retningslinje 2: «(Helse, og omsorgstjenesteloven §6-2.13)»: the name misspelt, point 13 glued on with a dot.
      '02-retningslinje-2.md:262 law-citation warning',
      '02-retningslinje-2.md:262 law-citation warning',
      '02-retningslinje-2.md:374 delegation info',
      '03-retningslinje-3.md:15 defined-terms info',
      '03-retningslinje-3.md:21 legal-basis info',
      '03-retningslinje-3.md:63 drifted-copy warning',
      '03-retningslinje-3.md:67 delegation info',
      // Retningslinje 3: "10 . Varighet".
      '03-retningslinje-3.md:79 numbering error',
      '04-retningslinje-4.md:16 legal-basis info',
      '04-retningslinje-4.md:22 drifted-copy warning',
      // Retningslinje 4: a second section 4.
      '04-retningslinje-4.md:63 numbering error',
      '04-retningslinje-4.md:81 delegation info',
      '05-retningslinje-5.md:22 drifted-copy warning',
      '05-retningslinje-5.md:34 legal-basis info',
      '05-retningslinje-5.md:84 delegation info',
      '06-retningslinje-6.md:17 legal-basis info',
      '06-retningslinje-6.md:36 terminology info',
      '06-retningslinje-6.md:36 defined-terms info',
      // Retningslinje 6: «Spesialisthelsetjenesteloven § 2» (a chapter, not a paragraph, of a chapter-numbered act).
      '06-retningslinje-6.md:40 law-citation warning',
      '06-retningslinje-6.md:90 delegation info',
      '07-retningslinje-7.md:16 legal-basis info',
      '07-retningslinje-7.md:78 delegation info',
      '08-retningslinje-8.md:31 drifted-copy warning',
      // Retningslinje 8: «smittevernlovens § 7.1», a dot where the hyphen belongs.
      '08-retningslinje-8.md:40 law-citation warning',
      '08-retningslinje-8.md:97 defined-terms info',
      // Retningslinje 8, 7 f): "beskrevet i pkt. 7" points at itself.
      '08-retningslinje-8.md:114 cross-reference error',
      '08-retningslinje-8.md:131 delegation info',
      '09-retningslinje-9.md:17 legal-basis info',
      '09-retningslinje-9.md:135 delegation info',
      // The veileder points to "Overordnet samarbeidsavtale pkt 11", a point of the 2012 agreement.
      '10-veileder-fakturering.md:39 cross-reference error',
      '10-veileder-fakturering.md:39 terminology info',
    ])
  })

  it('under recommended, reports only the law and structure findings: no UNN words, no UNN history', async () => {
    const all = validate(await loadCorpus(), { profile: await corpusProfile() }).map(line)
    const found = validate(await loadCorpus(), { profile: recommendedProfile() }).map(line)
    // UNN's own: the 2012 words (terminology) and the 2012 agreement the veileder still cites.
    const unnOnly = ['10-veileder-fakturering.md:39 cross-reference error', ...all.filter((l) => l.includes(' terminology '))]
    expect(unnOnly).toHaveLength(8)
    expect(found).toEqual(all.filter((l) => !unnOnly.includes(l)))
    expect(found).toHaveLength(56)
    // validate() without a profile is recommended.
    expect(validate(await loadCorpus()).map(line)).toEqual(found)
  })

  it('finds every § 6-2 point covered', async () => {
    const found = validate(await loadCorpus()).filter((d) => d.ruleId.startsWith('hotjl-'))
    expect(found).toEqual([])
  })
})

describe('mutating the corpus makes the right rule fire at the right line', () => {
  async function mutated(edit: (dir: string) => Promise<void>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-mut-'))
    await cp(AGREEMENTS, dir, { recursive: true })
    await edit(dir)
    const { set, errors, unloaded } = await readAgreementSet(dir)
    const diagnostics = validate(set, { loadErrors: errors, unloaded, profile: await corpusProfile() })
    await rm(dir, { recursive: true, force: true })
    return diagnostics
  }
  const replaceIn = async (file: string, from: string, to: string) => {
    const text = await readFile(file, 'utf8')
    expect(text).toContain(from)
    await writeFile(file, text.replace(from, to))
  }

  it('removing retningslinje 6 leaves point 8 uncovered and its references pointing outside the set', async () => {
    const d = await mutated(async (dir) => {
      await rm(path.join(dir, '06-retningslinje-6.md'))
      // Del 2 2.6 still cites point 8: drop that citation as a committee removing the guideline would.
      await replaceIn(path.join(dir, '00-samarbeidsavtale.md'), '(Helse- og omsorgstjenesteloven § 6-2, punkt 8)', '')
    })
    const coverage = d.filter((x) => x.ruleId === 'hotjl-coverage')
    expect(coverage.map((x) => [path.basename(x.file), x.line])).toEqual([['00-samarbeidsavtale.md', 188]])
    expect(coverage[0]!.message).toMatch(/nr\. 8 er ikke dekket.*«samarbeid om jordmortjenester»/)
    // A document not in the set is not a broken reference (the set may be partial): an info.
    const outside = d.filter((x) => x.ruleId === 'cross-reference' && x.message.includes('retningslinje 6 er utenfor settet'))
    expect(outside.map((x) => `${path.basename(x.file)}:${x.line} ${x.severity}`)).toEqual(['00-samarbeidsavtale.md:247 info', '01-retningslinje-1.md:40 info'])
  })

  it('breaking a cross-reference', async () => {
    const d = await mutated((dir) => replaceIn(path.join(dir, '03-retningslinje-3.md'), 'jfr. pkt. 8 i samarbeidsavtalen, del 1', 'jfr. pkt. 18 i samarbeidsavtalen, del 1'))
    const found = d.filter((x) => x.ruleId === 'cross-reference' && x.file.endsWith('03-retningslinje-3.md'))
    expect(found.map((x) => [x.line, x.message])).toEqual([[63, '«pkt. 18 i samarbeidsavtalen, del 1»: del 1 av samarbeidsavtalen har ikke noe punkt 18']])
  })

  it('duplicating a number', async () => {
    const d = await mutated((dir) => replaceIn(path.join(dir, '07-retningslinje-7.md'), '## 6. Brukermedvirkning', '## 5. Brukermedvirkning'))
    const found = d.filter((x) => x.ruleId === 'numbering' && x.file.endsWith('07-retningslinje-7.md'))
    expect(found.map((x) => x.message)).toEqual([expect.stringMatching(/^Punkt 5 finnes fra før \(linje \d+\); ventet 6$/)])
    const text = await readFile(path.join(AGREEMENTS, '07-retningslinje-7.md'), 'utf8')
    expect(text.split('\n')[found[0]!.line - 1]).toBe('## 6. Brukermedvirkning')
  })

  it('a schema violation is reported under front-matter at the key’s line, and the rest is still checked', async () => {
    const d = await mutated((dir) => replaceIn(path.join(dir, '05-retningslinje-5.md'), 'status: forslag', 'status: ferdig'))
    expect(d.filter((x) => x.ruleId === 'front-matter').map((x) => [path.basename(x.file), x.line, x.message.slice(0, 36)])).toEqual([['05-retningslinje-5.md', 7, 'Front matter: «status» må være en av']])
    expect(d.some((x) => x.ruleId === 'numbering' && x.file.endsWith('04-retningslinje-4.md'))).toBe(true)
  })

  it('a document that failed to load is not «utenfor settet»: references to it are not judged, the rest is', async () => {
    const base = validate(await loadCorpus(), { profile: await corpusProfile() }).map(line)
    const d = await mutated((dir) => replaceIn(path.join(dir, '03-retningslinje-3.md'), 'status: forslag', 'status: tull'))
    expect(d.filter((x) => x.message.includes('utenfor settet') || x.message.includes('kunne ikke lastes'))).toEqual([])
    // Del 1 § 3 and Del 2 2.3 cite «retningslinje 3», and retningslinje 1 too: none of them is reported.
    expect(d.filter((x) => x.ruleId === 'cross-reference' && /«retningslinje 3»/.test(x.message))).toEqual([])
    // The load error itself, at the key's line; retningslinje 3's own findings, its title comparisons and Del 1 § 8's drifted copy in it go with it.
    expect(d.filter((x) => x.file.endsWith('03-retningslinje-3.md')).map(line)).toEqual(['03-retningslinje-3.md:7 front-matter error'])
    const others = d.filter((x) => !x.file.endsWith('03-retningslinje-3.md')).map(line)
    const withoutThree = base.filter((f) => !f.startsWith('03-retningslinje-3.md') && !['00-samarbeidsavtale.md:40 title-consistency warning', '00-samarbeidsavtale.md:213 title-consistency warning', '00-samarbeidsavtale.md:219 title-consistency warning', '00-samarbeidsavtale.md:91 drifted-copy warning'].includes(f))
    expect(others).toEqual(withoutThree)
    // The same document removed from the folder is outside the set: an info where it is cited.
    const removed = await mutated((dir) => rm(path.join(dir, '03-retningslinje-3.md')))
    expect(removed.filter((x) => x.message.includes('retningslinje 3 er utenfor settet')).map(line)).toEqual(['00-samarbeidsavtale.md:219 cross-reference info', '01-retningslinje-1.md:43 cross-reference info'])
  })

  it('`avtaleverk validate` passes the documents that failed to load on: no «utenfor settet» from the CLI either', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-unloaded-cli-'))
    try {
      await cp(AGREEMENTS, dir, { recursive: true })
      await replaceIn(path.join(dir, '03-retningslinje-3.md'), 'status: forslag', 'status: tull')
      const io = captureIo()
      expect(await runCli(['validate', dir, '-f', 'json'], io)).toBe(1)
      const found = (JSON.parse(io.out) as { diagnostics: Array<{ message: string }> }).diagnostics
      expect(found.filter((x) => x.message.includes('utenfor settet'))).toEqual([])
      expect(found.filter((x) => x.message.includes('«status» må være en av'))).toHaveLength(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('the loader reads what a document that failed to load says of itself, leniently', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-unloaded-'))
    try {
      await cp(AGREEMENTS, dir, { recursive: true })
      await replaceIn(path.join(dir, '03-retningslinje-3.md'), 'date: 2023-06-01', 'date: 2023-02-30')
      await replaceIn(path.join(dir, '07-retningslinje-7.md'), 'status: forslag', 'status: [ikke lukket')
      const { set, unloaded } = await readAgreementSet(dir)
      expect(set.documents.map((x) => x.frontMatter.id)).not.toContain('retningslinje-3')
      expect(unloaded.map((u) => ({ ...u, file: path.basename(u.file) }))).toEqual([
        { file: '03-retningslinje-3.md', id: 'retningslinje-3', type: 'retningslinje', number: 3, title: 'Beskrivelse av kommunens tilbud om døgnopphold for øyeblikkelig hjelp (ØHD)' },
        { file: '07-retningslinje-7.md', id: 'retningslinje-7', type: 'retningslinje', number: 7, title: expect.any(String) },
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
