/**
 * Issue #16.7: one skeleton. Which standard sections each retningslinje of the bundled 2023 set
 * has and what they hold (read from the files: every closing section is «Se Samarbeidsavtale
 * mellom kommunen og UNN» or its like, with no point), the `coverage --skeleton` output, and the
 * delegation rule's one info per retningslinje.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { readAgreementSet } from '../../src/parse/load.js'
import { formatSkeletonHtml, formatSkeletonJson } from '../../src/render/skeleton.js'
import { validate } from '../../src/validate/index.js'
import { recommendedProfile } from '../../src/validate/profile-load.js'
import { skeletonTable } from '../../src/validate/skeleton.js'
import { AGREEMENTS, captureIo, loadCorpus, ROOT } from '../helpers.js'
import { fm, lineOf, setOf } from './fixtures.js'

describe('the skeleton of the bundled 2023 set', () => {
  it('every retningslinje: own text up front, «Se samarbeidsavtalen» without a point in the four closing sections', async () => {
    const table = skeletonTable(await loadCorpus())
    expect(table.documents.map((d) => d.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `retningslinje-${n}`))
    for (const row of table.documents) {
      expect(row.cells['forankring']).toMatchObject({ number: '1', content: 'egen tekst' })
      for (const closing of ['brukermedvirkning', 'avvik', 'uenighet', 'varighet']) expect(row.cells[closing]?.content).toBe('henvisning uten punkt')
    }
    // Retningslinje 2 has «1. Forankring og formål»; 8 has its Formål in § 3 after «2. Bakgrunn»; 9 its law in «4. Regelverk».
    const r = (n: number) => table.documents[n - 1]!.cells
    expect(r(2)['formål']).toMatchObject({ number: '1' })
    expect(r(8)['formål']).toMatchObject({ number: '3' })
    expect(r(9)['lovgrunnlag']).toMatchObject({ number: '4', title: 'Regelverk' })
    // No «Lovgrunnlag» in 1 and 2, no «Ansvar og oppgaver» section in 2 and 4.
    expect([r(1)['lovgrunnlag'], r(2)['lovgrunnlag'], r(2)['ansvar og oppgaver'], r(4)['ansvar og oppgaver']]).toEqual([null, null, null, null])
    // The line is the heading's.
    const r7 = await readFile(path.join(AGREEMENTS, '07-retningslinje-7.md'), 'utf8')
    expect(r(7)['varighet']).toMatchObject({ number: '9', line: lineOf(r7, '## 9. Varighet'), content: 'henvisning uten punkt' }) // footnotes after it are not its text
  })

  it('`avtaleverk coverage --skeleton` prints the table; -f json and html give the same facts', async () => {
    const io = captureIo()
    expect(await runCli(['coverage', 'agreements', '--skeleton'], io)).toBe(0)
    const lines = io.out.split('\n')
    expect(lines[0]).toMatch(/^\s+forankring\s+formål\s+lovgrunnlag\s+ansvar og oppgaver\s+brukermedvirkning\s+avvik\s+uenighet\s+varighet$/u)
    expect(lines[1]).toMatch(/^retningslinje 1\s+1 E\s+2 E\s+·\s+3 E\s+5 H\s+6 H\s+7 H\s+8 H$/u)
    expect(io.out).toContain('H = bare «Se samarbeidsavtalen» uten punkt')
    const table = skeletonTable(await loadCorpus())
    expect(JSON.parse(formatSkeletonJson(table))).toEqual(JSON.parse(JSON.stringify(table)))
    const html = formatSkeletonHtml(table)
    expect(html).not.toMatch(/<script/iu)
    expect(html.match(/class="H"/gu)).toHaveLength(36)
  })

  it('a pointer with the point is told apart from one without, and own text from both', () => {
    const r = (body: string) => `${fm({ id: 'retningslinje-1', type: 'retningslinje', number: 1, title: 'R' })}\n# R\n\n## 1. Forankring\n\nEgen tekst om forankringen.\n\n## 2. Avvik\n\n${body}\n`
    const main = `${fm({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', title: 'S' })}\n# S\n\n## Del 1\n\n### 13. Avvik\n\nAvvik meldes.\n`
    const content = (body: string) => skeletonTable(setOf({ 's.md': main, 'r.md': r(body) })).documents[0]!.cells['avvik']?.content
    expect(content('Se Samarbeidsavtale mellom kommunen og UNN.')).toBe('henvisning uten punkt')
    expect(content('Se samarbeidsavtalen del 1 punkt 13.')).toBe('henvisning med punkt')
    expect(content('Avvik meldes til den andre partneren skriftlig innen en uke, og drøftes i det faglige samarbeidsutvalget; se også samarbeidsavtalen.')).toBe('egen tekst')
  })
})

describe('delegation', () => {
  it('one info per retningslinje of the bundled set, at its first closing section, naming where the samarbeidsavtale has each', async () => {
    const found = validate(await loadCorpus(), { profile: recommendedProfile() }).filter((d) => d.ruleId === 'delegation')
    expect(found).toHaveLength(9)
    const r1 = await readFile(path.join(AGREEMENTS, '01-retningslinje-1.md'), 'utf8')
    expect(found[0]).toMatchObject({
      file: expect.stringMatching(/01-retningslinje-1\.md$/u),
      line: lineOf(r1, '## 5. Brukermedvirkning'),
      severity: 'info',
      message:
        'retningslinje 1 viser bare til samarbeidsavtalen, uten å si hvilket punkt, i punktene 5 «Brukermedvirkning» (der: del 1 punkt 10), 6 «Avvik» (der: del 1 punkt 13), 7 «Uenighet» (der: del 1 punkt 14) og 8 «Varighet, revisjon og oppsigelse» (der: del 1 punkt 16)',
    })
    for (const d of found) expect(d.message).toMatch(/(der: del 1 punkt 10).*(der: del 1 punkt 13).*(der: del 1 punkt 14).*(der: del 1 punkt 16)/u)
  })

  it('finds nothing in the real text of the other regions', async () => {
    for (const region of ['ahus', 'helse-bergen', 'helse-forde', 'innlandet', 'oslo', 'sor-rogaland', 'sorlandet']) {
      const { set } = await readAgreementSet(path.join(ROOT, 'tests/fixtures/regions', region))
      expect(validate(set, { profile: recommendedProfile() }).filter((d) => d.ruleId === 'delegation')).toEqual([])
    }
  })
})
