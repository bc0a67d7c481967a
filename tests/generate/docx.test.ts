import path from 'node:path'
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateInstances, type Generation } from '../../src/generate/generate.js'
import { loadKommuneRegistry, parseKommuneRegistry } from '../../src/generate/registry.js'
import { docxPart } from '../../src/render/docx-pack.js'
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
    const defaults = bundled.slice(bundled.indexOf('standardsignatar:'), bundled.indexOf('\nkommuner:') + 1)
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
      'KommunedirektørKåfjord kommune',
      'Administrerende direktørUniversitetssykehuset Nord-Norge HF',
    ])
    expect(block).toContain('<w:br/>')
    expect(block).toContain('<w:bottom w:val="single"')
  })

  it('has a header with coat of arms, kommune, version and date, and page numbers in the footer', () => {
    const docx = file('5426-kafjord/01-retningslinje-1.docx')
    const header = docxPart(docx, 'word/header1.xml')!
    expect(visible(header)).toContain('Kåfjord kommune')
    expect(visible(header)).toContain('Versjon 2023-forslag · 1. juni 2023')
    expect(header).toContain('<pic:pic')
    expect(docxPart(docx, 'word/_rels/header1.xml.rels')).toMatch(/Type="[^"]+\/image" Target="media\/[^"]+\.png"/)
    expect(Object.keys(unzipSync(docx)).some((n) => /^word\/media\/[^/]+\.png$/.test(n))).toBe(true)
    const footer = docxPart(docx, 'word/footer1.xml')!
    expect(visible(footer)).toContain('RETNINGSLINJE nr. 1: Oppgave- og ansvarsfordeling mellom kommunen og UNN')
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>')
    expect(docxPart(file('5401-tromso/01-retningslinje-1.docx'), 'word/header1.xml')).not.toContain('<pic:pic')
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
