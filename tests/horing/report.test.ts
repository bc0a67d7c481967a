import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { diffSets } from '../../src/diff/changeset.js'
import { parseInnspill } from '../../src/horing/innspill.js'
import { loadInnspill } from '../../src/horing/load.js'
import { horingReport } from '../../src/horing/report.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { formatHoringDocx, formatHoringHtml, formatHoringMarkdown } from '../../src/render/horing.js'
import { ROOT, captureIo } from '../helpers.js'
import { parseMarkdown } from '../../src/parse/markdown.js'

const INNSPILL = path.join(ROOT, 'examples/horing-2024/innspill')
async function exampleReport() {
  const fra = await loadAgreementSet(path.join(ROOT, 'agreements'))
  const til = await loadAgreementSet(path.join(ROOT, 'examples/revisjon-2024'))
  return horingReport(await loadInnspill(INNSPILL), fra, diffSets(fra, til, { oldLabel: 'agreements', newLabel: 'revisjon-2024' }), { frist: '2024-05-01' })
}

describe('høringsoppsummering of the worked example', () => {
  it('counts respondents, innspill and assessments, and marks the late one', async () => {
    const r = await exampleReport()
    expect(r.totals).toMatchObject({ respondenter: 5, innspill: 9, forSent: 1 })
    expect(r.totals.perVurdering).toEqual({ 'tatt til følge': 4, 'delvis tatt til følge': 1, 'ikke tatt til følge': 3, 'ikke vurdert': 1 })
    expect(r.respondents.filter((x) => x.forSent).map((x) => [x.navn, x.mottatt])).toEqual([['Lyngen', '2024-05-03']])
    expect(r.totals.perDokument).toEqual({ samarbeidsavtale: 2, 'retningslinje-1': 1, 'retningslinje-2': 2, 'retningslinje-3': 1, 'retningslinje-4': 1, 'retningslinje-6': 1, 'retningslinje-8': 1 })
  })

  it('puts each innspill beside what happened to its section', async () => {
    const r = await exampleReport()
    const section = (doc: string, id: string) => r.documents.find((d) => d.id === doc)!.sections.find((s) => s.id === id)!
    expect(section('retningslinje-4', 'retningslinje-4/4~2')).toMatchObject({ number: '4', newNumber: '5', status: 'omnummerert', innspill: [{ respondent: 'Tromsø', vurdering: 'tatt til følge' }] })
    expect(section('retningslinje-1', 'retningslinje-1/3.2/saksgang').status).toBe('endret')
    expect(section('samarbeidsavtale', 'samarbeidsavtale/del-1/16')).toMatchObject({ status: 'uendret', innspill: [{ respondent: 'Harstad', vurdering: 'ikke tatt til følge' }] })
    expect(section('retningslinje-8', 'retningslinje-8/7').innspill[0]).toMatchObject({ respondent: 'Lyngen', forSent: true })
    expect(r.documents.find((d) => d.id === 'retningslinje-2')!.innspill).toMatchObject([{ respondent: 'Senja', vurdering: 'ikke tatt til følge' }])
  })

  it('lists changes nobody asked for, and innspill pointing nowhere', async () => {
    const r = await exampleReport()
    expect(r.endretUtenInnspill.map((e) => e.id)).toContain('samarbeidsavtale/del-1/2')
    expect(r.endretUtenInnspill.map((e) => e.id)).not.toContain('retningslinje-1/3.2/saksgang')
    expect(r.ukjenteMaal).toEqual([
      {
        file: path.join(INNSPILL, 'tromso.yaml'),
        line: 14,
        message: 'Avsnittet «retningslinje-6/10» finnes ikke i retningslinje-6 i utkastet',
        tekst: 'Tromsø: innspillet gjelder punkt 10 i RETNINGSLINJE nr. 6: Samarbeid om jordmortjenester, som ikke finnes i utkastet',
      },
    ])
    expect(r.merknader).toEqual([])
  })

  it('renders Markdown, HTML with the counts of the report, and Word', async () => {
    const r = await exampleReport()
    const md = formatHoringMarkdown(r)
    expect(md).toContain('| Lyngen | 3. mai 2024 (for sent) | 1 | 1 | 0 | 0 | 0 |')
    expect(md).toContain('Utkast: versjon 2023-forslag · Endelig forslag: versjon 2024-utkast · Høringsfrist: 1. mai 2024')
    expect(md).toContain('## Samarbeidsavtale mellom [kommunenavn] kommune og Universitetssykehuset i Nord-Norge HF')
    expect(md).toContain('- Tromsø: innspillet gjelder punkt 10 i RETNINGSLINJE nr. 6')
    expect(md).toContain('- RETNINGSLINJE nr. 4: Gjensidig kunnskapsoverføring og informasjonsutveksling, faglige nettverk og hospitering: 4.1 Faglige nettverk (omnummerert)')
    // For people: no template variables, internal ids, file paths or ISO dates in the body.
    for (const text of [md, formatHoringHtml(r).replace(/<[^>]*>/g, ' ')]) {
      expect(text).not.toMatch(/\{\{|retningslinje-\d|samarbeidsavtale\/|\.yaml|agreements\/|examples\/|\d{4}-\d{2}-\d{2}/)
    }
    expect(md).toContain('### 4. Videreutvikling av møtearenaer for kompetansebygging og deling av kunnskap (nå 5)')
    const html = formatHoringHtml(r)
    expect(html).toContain('data-respondenter="5" data-innspill="9" data-for-sent="1"')
    const docx = await formatHoringDocx(r, { date: '2024-05-01' })
    const xml = docxPart(docx, 'word/document.xml')!
    expect(xml).toContain('Høringsoppsummering')
    expect(xml).toContain('Lyngen (mottatt etter fristen)')
    // The respondent table: columns sized to their content, the name column widest, no column narrower than its longest word.
    const grid = [...xml.slice(xml.indexOf('<w:tblGrid>'), xml.indexOf('</w:tblGrid>')).matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]))
    expect(grid).toHaveLength(7)
    expect(Math.max(...grid)).toBe(grid[0])
    expect(Math.min(...grid)).toBeGreaterThan(600)
    expect(Buffer.compare(Buffer.from(docx), Buffer.from(await formatHoringDocx(r, { date: '2024-05-01' })))).toBe(0)
  })

  it('runs from the CLI', async () => {
    const io = captureIo()
    const args = ['høring', 'rapport', '--innspill', INNSPILL, '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--frist', '2024-05-01', '--format', 'json']
    expect(await runCli(args, io)).toBe(0)
    expect(JSON.parse(io.out).totals.innspill).toBe(9)
    expect(await runCli(['høring', 'rapport', '--innspill', INNSPILL, '--fra', 'agreements', '--til', 'agreements', '--format', 'docx'], captureIo())).toBe(2)
  })
})

describe('what respondents wrote stays text in the Markdown report', () => {
  it('an innspill with <b>, a blank line and «## …», and markup in the name and the reasoning, gives no HTML and no heading', async () => {
    const fra = await loadAgreementSet(path.join(ROOT, 'agreements'))
    const til = await loadAgreementSet(path.join(ROOT, 'examples/revisjon-2024'))
    const yaml = 'respondent:\n  organisasjon: "<i>Lyngen</i> [x](javascript:alert(1))"\nmottatt: 2024-04-15\ninnspill:\n  - dokument: retningslinje-2\n    avsnitt: retningslinje-2/7\n    tekst: "Dette er <b>viktig</b>.\\n\\n## Falsk overskrift\\n\\n- en liste\\n1. og en til"\n    vurdering: ikke tatt til følge\n    begrunnelse: "<script>x</script> *ikke* så"\n'
    const report = horingReport([parseInnspill(yaml, 'hostile.yaml')], fra, diffSets(fra, til), {})
    const md = formatHoringMarkdown(report)
    const tree = parseMarkdown(md)
    const kinds = new Set<string>()
    const headings: string[] = []
    const walk = (node: { type: string; children?: unknown[]; depth?: number }) => {
      kinds.add(node.type)
      if (node.type === 'heading') headings.push(md.slice((node as unknown as { position: { start: { offset: number } } }).position.start.offset).split('\n')[0]!)
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
    }
    walk(tree as never)
    expect(kinds.has('html')).toBe(false)
    expect(kinds.has('link')).toBe(false)
    expect(headings.filter((h) => h.includes('Falsk'))).toEqual([])
    // The words are all there, as text.
    for (const words of ['Dette er \\<b\\>viktig\\</b\\>.', 'Falsk overskrift', '\\<script\\>x\\</script\\>']) expect(md).toContain(words)
  })
})

describe('bad innspill files', () => {
  it('a schema error is reported at the offending key’s line', () => {
    const text = 'respondent:\n  kommune: Harstad\nmottatt: 2024-04-22\ninnspill:\n  - dokument: retningslinje-1\n    tekst: Tekst\n    vurdering: kanskje\n'
    expect(() => parseInnspill(text, 'x.yaml')).toThrowError(expect.objectContaining({ code: 'skjemafeil', file: 'x.yaml', line: 7, message: expect.stringMatching(/^Høringsinnspill: «innspill\.0\.vurdering» må være en av/) }))
  })

  it('a respondent must be a kommune or an organisation, not both', () => {
    const text = 'respondent:\n  kommune: Harstad\n  organisasjon: X\nmottatt: 2024-04-22\ninnspill: []\n'
    expect(() => parseInnspill(text, 'y.yaml')).toThrowError(expect.objectContaining({ line: 1, message: 'Høringsinnspill: «respondent» skal ha enten «kommune» eller «organisasjon»' }))
  })

  it('a respondent kommune that is not in the registry is an error at its line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-innspill-'))
    await writeFile(path.join(dir, 'a.yaml'), 'respondent:\n  kommune: Atlantis\nmottatt: 2024-04-22\ninnspill: []\n')
    const io = captureIo()
    expect(await runCli(['høring', 'rapport', '--innspill', dir, '--fra', 'agreements', '--til', 'agreements'], io)).toBe(2)
    expect(io.err).toBe(`${path.join(dir, 'a.yaml')}:2: Høringsinnspill: kommunen «Atlantis» finnes ikke i kommuneregisteret (agreements/kommuner.yaml); bruk navn eller kommunenummer, eller «organisasjon»\n`)
  })

  it('every bad file of a folder is reported at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-innspill-'))
    await writeFile(path.join(dir, 'a.yaml'), 'respondent: [\n')
    await writeFile(path.join(dir, 'b.yaml'), 'respondent:\n  kommune: Bardu\nmottatt: 1. mai\ninnspill: []\n')
    const e = (await loadInnspill(dir).catch((x: unknown) => x)) as { details: unknown[]; file: string }
    expect([e, ...e.details].map((x) => [path.basename((x as { file: string }).file), (x as { line: number }).line])).toEqual([
      ['a.yaml', 2],
      ['b.yaml', 3],
    ])
  })
})

describe('dates that do not exist', () => {
  it('are refused as --frist', async () => {
    const io = captureIo()
    expect(await runCli(['høring', 'rapport', '--innspill', INNSPILL, '--fra', 'agreements', '--til', 'agreements', '--frist', '2024-99-99'], io)).toBe(2)
    expect(io.err).toBe('--frist må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2023-06-01), ikke «2024-99-99»\n')
  })
})
