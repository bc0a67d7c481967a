/**
 * Word → Markdown: the Word copies `generate` makes import back to the same outline with
 * ≥ 99.5 % of their words in order; a document with Word's automatic numbering (made here with
 * the docx package's numbering definitions) keeps the numbers a reader sees; footnotes, links,
 * tables, bold and italic survive; corrupt files are refused in Norwegian.
 */
import { AlignmentType, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { generateInstances } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { importDocument, importSet, type ImportResult } from '../../src/import/index.js'
import { fidelity, markdownWords } from '../../src/import/report.js'
import { parseDocument } from '../../src/parse/document.js'
import { AGREEMENTS, loadCorpus } from '../helpers.js'
import { outline, parsed } from './helpers.js'
import path from 'node:path'

describe('the Word copies generate makes', () => {
  let copies: Array<{ path: string; md: string }>
  let result: ImportResult
  beforeAll(async () => {
    const registry = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    const g = await generateInstances(await loadCorpus(), registry, { date: '2023-06-01', kommuner: ['Tromsø'], formats: ['md', 'docx'] })
    const docx = g.files.filter((f) => f.format === 'docx')
    copies = g.files.filter((f) => f.format === 'md').map((f) => ({ path: f.path, md: new TextDecoder().decode(f.data) }))
    result = await importSet(docx.map((f) => ({ name: f.path, bytes: f.data })), { fill: { version: '2023-forslag', status: 'forslag', date: '2023-06-01' } })
  }, 120_000)

  it('import back to the outline of the Markdown copies, document by document', () => {
    const expected = outline({ documents: copies.map((c) => parseDocument(c.md, { path: c.path })) })
    expect(result.documents).toHaveLength(11)
    expect(outline(parsed(result))).toEqual(expected)
  })

  it('keep ≥ 99.5 % of the words of the Markdown copies in order', () => {
    const source = copies.flatMap((c) => markdownWords(c.md.replace(/^---\n[\s\S]*?\n---\n/u, '')))
    const imported = result.documents.flatMap((d) => markdownWords(d.markdown))
    const f = fidelity(source, imported)
    expect(f.ratio).toBeGreaterThanOrEqual(0.995)
    expect(result.fidelity.ratio).toBeGreaterThanOrEqual(0.995)
  })

  it('keep footnotes, links and the definitions table', () => {
    const rl7 = result.documents.find((d) => d.id === 'retningslinje-7')!.markdown
    expect(rl7).toContain('Følge Normen[^1] og anbefalinger')
    expect(rl7).toMatch(/^\[\^2\]: Forskrift om IKT-standarder/m)
    const rl6 = result.documents.find((d) => d.id === 'retningslinje-6')!.markdown
    expect(rl6).toContain('- [Nasjonal faglig retningslinje for svangerskapsomsorgen](https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen)')
    const rl9 = result.documents.find((d) => d.id === 'retningslinje-9')!.markdown
    // generate sets the header row in bold, and so it comes back.
    expect(rl9).toMatch(/^\| \*\*Term\*\* +\| \*\*Definisjon\*\* +\|$/m)
  })
})

/** A retningslinje as a drafter writes it in Word: numbered headings and lettered lists by Word's own numbering. */
async function numberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
          ],
        },
        { reference: 'bokstaver', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.START }] },
        { reference: 'romertall', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: 3, alignment: AlignmentType.START }] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Se forskriften.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'FORSLAG – uendret etter høringsrunde' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'RETNINGSLINJE nr. 4: Kunnskapsoverføring' }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Forankring', numbering: { reference: 'overskrifter', level: 0 } }),
          new Paragraph({ children: [new TextRun('Retningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.4 (helse- og omsorgstjenesteloven § 6-2 nr. 6).')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Formål', numbering: { reference: 'overskrifter', level: 0 } }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Generelt', numbering: { reference: 'overskrifter', level: 1 } }),
          new Paragraph({ children: [new TextRun('Partnerne skal:')] }),
          new Paragraph({ text: 'dele kunnskap', numbering: { reference: 'bokstaver', level: 0, instance: 1 } }),
          new Paragraph({ text: 'hospitere', numbering: { reference: 'bokstaver', level: 0, instance: 1 } }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Nettverk', numbering: { reference: 'overskrifter', level: 1 } }),
          new Paragraph({ text: 'ny liste', numbering: { reference: 'bokstaver', level: 0, instance: 2 } }),
          new Paragraph({ text: 'tredje punkt', numbering: { reference: 'romertall', level: 0 } }),
          new Paragraph({ text: 'et kulepunkt', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Viktig', bold: true }),
              new TextRun(' og '),
              new TextRun({ text: 'kursiv', italics: true }),
              new TextRun(', se '),
              new ExternalHyperlink({ link: 'https://lovdata.no/', children: [new TextRun('Lovdata')] }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Term')] }), new TableCell({ children: [new Paragraph('Definisjon')] })] }), new TableRow({ children: [new TableCell({ children: [new Paragraph('Risiko')] }), new TableCell({ children: [new Paragraph('Fare')] })] })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Avvik', numbering: { reference: 'overskrifter', level: 0 } }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('a Word document with automatic numbering', () => {
  let md: string
  let result: ImportResult
  beforeAll(async () => {
    result = await importDocument(await numberedDocx(), { name: 'retningslinje-4.docx' })
    md = result.documents[0]!.markdown
  }, 60_000)

  it('keeps the numbers Word shows: headings, lettered lists (restarted per list), a start value', () => {
    expect(md).toContain('## 1. Forankring')
    expect(md).toContain('## 2. Formål')
    expect(md).toContain('### 2.1 Generelt')
    expect(md).toMatch(/a\) dele kunnskap\s+b\) hospitere/)
    expect(md).toContain('### 2.2 Nettverk')
    expect(md).toContain('a) ny liste')
    expect(md).toContain('III. tredje punkt')
    expect(md).toContain('## 3. Avvik')
    expect(md).toContain('- et kulepunkt')
  })

  it('keeps bold, italic, links, footnotes and tables', () => {
    expect(md).toContain('**Viktig** og *kursiv*, se [Lovdata](https://lovdata.no/).[^1]')
    expect(md).toMatch(/^\[\^1\]: Se forskriften\.$/m)
    expect(md).toMatch(/^\| Term +\| Definisjon +\|$/m)
  })

  it('proposes front matter from the heading, the label and the citations', () => {
    const fields = Object.fromEntries(result.documents[0]!.report.frontMatter.proposed.map((f) => [f.key, f.value]))
    expect(fields).toMatchObject({ id: 'retningslinje-4', type: 'retningslinje', number: 4, title: 'Kunnskapsoverføring', status: 'forslag', hearing: 'uendret etter høringsrunde', hotjl: [6], anchor: 'samarbeidsavtale/del-2/2.4' })
    expect(result.documents[0]!.report.frontMatter.fillIn).toEqual(['version', 'date'])
    expect(md).not.toContain('FORSLAG – uendret')
  })
})

describe('bad Word files', () => {
  const failure = async (bytes: Uint8Array, name: string) => {
    const e = await importDocument(bytes, { name }).then(() => null, (x: unknown) => x)
    expect(e).toBeInstanceOf(AvtaleverkError)
    return (e as AvtaleverkError).format()
  }

  it('refuses a corrupt zip', async () => {
    const bytes = new Uint8Array(500)
    bytes.set([0x50, 0x4b, 0x03, 0x04])
    expect(await failure(bytes, 'ødelagt.docx')).toBe('ødelagt.docx: Word-filen er ødelagt (ikke en gyldig zip-fil) og kan ikke leses')
  })

  it('refuses a zip without a Word document in it', async () => {
    expect(await failure(zipSync({ 'hei.txt': new TextEncoder().encode('hei') }), 'tom.docx')).toMatch(/mangler hoveddokumentet/)
  })

  it('refuses a zip bomb before unpacking it', async () => {
    // A small zip whose directory claims 300 MB unpacked: refused from the directory alone.
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 300 * 1024 * 1024, true)
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 300 * 1024 * 1024, true)
    }
    expect(await failure(zip, 'bombe.docx')).toMatch(/mer enn 200 MB/)
  })
})
