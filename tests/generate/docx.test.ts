import path from 'node:path'
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateInstances, type Generation } from '../../src/generate/generate.js'
import { parseKommuneRegistry } from '../../src/registry/registry.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { AGREEMENTS, loadCorpus } from '../helpers.js'
import { kommuneYaml, PNG, registryText } from './helpers.js'

/** The text of a Word part with its runs joined: what a reader sees, in order. */
const visible = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

describe('Word copies of the bundled agreement', () => {
  let g: Generation
  const file = (p: string) => g.files.find((f) => f.path === p)!.data
  /** The bundled registry's defaults, with Tromsø and Kåfjord (given a coat of arms, to see it in the header). */
  const twoKommuner = async () => {
    const bundled = (await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))).source
    const defaults = bundled.slice(bundled.indexOf('helseforetak:'), bundled.indexOf('\nkommuner:') + 1)
    return parseKommuneRegistry(
      registryText([kommuneYaml('Tromsø', '5401'), kommuneYaml('Kåfjord', '5426', '    offisielt_navn: Gáivuotna - Kåfjord - Kaivuono\n    vaapen: vaapen/kafjord.png\n')], defaults),
      { file: 'kommuner.yaml', images: { 'vaapen/kafjord.png': PNG } },
    )
  }
  beforeAll(async () => {
    g = await generateInstances(await loadCorpus(), await twoKommuner(), { date: '2023-06-01', formats: ['docx'] })
  })

  it('holds the whole text with the kommune filled in, under real heading styles', () => {
    const xml = docxPart(file('5401-tromso/00-samarbeidsavtale.docx'), 'word/document.xml')!
    const text = visible(xml)
    expect(text).toContain('Samarbeidsavtale mellom Tromsø kommune og Universitetssykehuset i Nord-Norge HF')
    expect(text).toContain('Avtalen er inngått mellom Tromsø kommune, heretter «kommunen», og Universitetssykehuset Nord-Norge HF')
    expect(text).not.toMatch(/\{\{|\uE000/u)
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Samarbeidsavtale mellom Tromsø kommune/)
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Del 1 – Overordnede bestemmelser/)
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">17\. Signatur/)
    expect(docxPart(file('5401-tromso/03-retningslinje-3.docx'), 'word/document.xml')).toContain('Kommunens beskrivelse av tilbudet om døgnopphold for øyeblikkelig hjelp legges ved avtalen som eget vedlegg.')
  })

  it('sets the signature block of Del 1 § 17 as a table, kommune left and UNN right', () => {
    const xml = docxPart(file('5426-kafjord/00-samarbeidsavtale.docx'), 'word/document.xml')!
    const table = xml.slice(xml.indexOf('17. Signatur'))
    const block = table.slice(table.indexOf('<w:tbl>'), table.indexOf('</w:tbl>'))
    const cells = [...block.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => visible(m[1]!))
    expect(cells).toEqual([
      'Sted/dato: ______________________',
      'Sted/dato: ______________________',
      '',
      '',
      'KommunedirektørGáivuotna - Kåfjord - Kaivuono kommune',
      'Administrerende direktørUniversitetssykehuset Nord-Norge HF',
    ])
    expect(block).toContain('<w:br/>')
    expect(block).toContain('<w:bottom w:val="single"')
  })

  it('has a header with coat of arms, the official name, version and date, and page numbers in the footer', () => {
    const docx = file('5426-kafjord/01-retningslinje-1.docx')
    // header1/footer1 belong to the title page section, header2/footer2 to the text.
    const header = docxPart(docx, 'word/header2.xml')!
    expect(visible(header)).toContain('Gáivuotna - Kåfjord - Kaivuono kommune')
    expect(visible(header)).toContain('Versjon 2023-forslag · 1. juni 2023')
    expect(header).toContain('<pic:pic')
    expect(docxPart(docx, 'word/_rels/header2.xml.rels')).toMatch(/Type="[^"]+\/image" Target="media\/[^"]+\.png"/)
    expect(Object.keys(unzipSync(docx)).some((n) => /^word\/media\/[^/]+\.png$/.test(n))).toBe(true)
    const footer = docxPart(docx, 'word/footer2.xml')!
    expect(visible(footer)).toContain('RETNINGSLINJE nr. 1: Oppgave- og ansvarsfordeling mellom kommunen og UNN')
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>')
    expect(docxPart(file('5401-tromso/01-retningslinje-1.docx'), 'word/header2.xml')).not.toContain('<pic:pic')
  })

  it('opens with a title page: title, the parties by official name, coat of arms, version and date', () => {
    const xml = docxPart(file('5426-kafjord/00-samarbeidsavtale.docx'), 'word/document.xml')!
    const titlePage = xml.slice(0, xml.indexOf('</w:p>', xml.indexOf('</w:sectPr>')))
    expect(visible(titlePage)).toBe(
      'Samarbeidsavtale mellom Kåfjord kommune og Universitetssykehuset i Nord-Norge HF' +
        'Avtalen er inngått mellomGáivuotna - Kåfjord - Kaivuono kommuneogUniversitetssykehuset Nord-Norge HF' +
        'Versjon 2023-forslag – forslag – ikke vedtattDatert 1. juni 2023',
    )
    expect(titlePage).toContain('<pic:pic')
    expect(visible(xml)).toContain('Avtalen er inngått mellom Gáivuotna - Kåfjord - Kaivuono kommune, heretter «kommunen»')
  })

  it('marks every page of a version that is not vedtatt as a draft, and no page of a vedtatt one', async () => {
    const draft = file('5401-tromso/00-samarbeidsavtale.docx')
    for (const part of ['word/header1.xml', 'word/header2.xml']) expect(visible(docxPart(draft, part)!)).toContain('UTKAST – ikke vedtatt')
    const adopted = await generateInstances(await loadCorpus(), await twoKommuner(), { date: '2023-06-01', formats: ['docx'], kommuner: ['Tromsø'], version: { id: '2023', status: 'vedtatt', dato: '2023-06-01' } })
    const docx = adopted.files.find((f) => f.path === '5401-tromso/00-samarbeidsavtale.docx')!.data
    for (const part of ['word/header1.xml', 'word/header2.xml', 'word/document.xml']) expect(visible(docxPart(docx, part)!)).not.toContain('UTKAST')
    expect(visible(docxPart(docx, 'word/header2.xml')!)).toContain('Versjon 2023 · 1. juni 2023')
    expect(visible(docxPart(docx, 'word/document.xml')!)).toContain('Versjon 2023 – vedtatt 1. juni 2023')
  })

  it('uses the house style: heading outline levels, spacing, «a)» lists, quotes, link addresses on paper', () => {
    const docx = file('5401-tromso/00-samarbeidsavtale.docx')
    const styles = docxPart(docx, 'word/styles.xml')!
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2], ['Heading4', 3]] as const) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}">.*?<w:outlineLvl w:val="${level}"/>.*?</w:style>`))
    }
    expect(styles).toMatch(/w:styleId="Normal"[^>]*>.*?<w:spacing w:after="120"/)
    expect(styles).toContain('w:styleId="Quote"')
    const numbering = docxPart(docx, 'word/numbering.xml')!
    expect(numbering).toMatch(/<w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%1\)"\/>/)
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/)
    const xml = docxPart(docx, 'word/document.xml')!
    // Del 1 § 5: «a) er faglig gode» … «d) …», one list paragraph each, the letter from the numbering.
    const item = /<w:p><w:pPr><w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">er faglig gode<\/w:t>/
    expect(xml).toMatch(item)
    expect(visible(xml)).not.toContain('a) er faglig gode')
    const r3 = docxPart(file('5401-tromso/03-retningslinje-3.docx'), 'word/document.xml')!
    expect(r3).toMatch(/<w:pStyle w:val="Quote"\/><\/w:pPr><w:r><w:t xml:space="preserve">«Kommunen skal sørge for tilbud/)
    expect(visible(r3)).toContain('Helse- og omsorgstjenesteloven § 3-5, tredje ledd (https://lovdata.no/lov/2011-06-24-30/%C2%A73-5):')
  })

  it('keeps links, footnotes and document properties', () => {
    const docx = file('5401-tromso/02-retningslinje-2.docx')
    expect(docxPart(docx, 'word/_rels/document.xml.rels')).toMatch(/Id="rIdL1" Type="[^"]+\/hyperlink" Target="https:\/\//)
    expect(docxPart(docx, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*r:id="rIdL1"/)
    expect(visible(docxPart(file('5401-tromso/07-retningslinje-7.docx'), 'word/footnotes.xml')!).length).toBeGreaterThan(20)
    const core = docxPart(docx, 'docProps/core.xml')!
    expect(core).toContain('<dc:creator>avtaleverk</dc:creator>')
    expect(core).toContain('2023-06-01T00:00:00Z')
  })

  it('gives the same bytes every time', async () => {
    const again = await generateInstances(await loadCorpus(), await twoKommuner(), { date: '2023-06-01', formats: ['docx'], kommuner: ['Kåfjord'] })
    expect(again.files).toHaveLength(11)
    for (const f of again.files) expect(Buffer.from(f.data).equals(Buffer.from(file(f.path))), f.path).toBe(true)
  })
})
