import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { createHash } from 'node:crypto'
import { generateInstances, type Generation } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { parseDocument } from '../../src/parse/document.js'
import { positionedText } from '../../src/parse/text.js'
import { findPlaceholders } from '../../src/validate/placeholders.js'
import { AGREEMENTS, loadCorpus } from '../helpers.js'
import { kommuneYaml, registry, smallSet } from './helpers.js'
import { sharedGeneration } from '../setup/shared.js'

/** Node's own SHA-256, an oracle independent of the one the manifest uses (Web Crypto). */
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

const text = (g: Generation, file: string) => {
  const found = g.files.find((f) => f.path === file)
  if (!found) throw new Error(`no ${file}`)
  return new TextDecoder().decode(found.data)
}

async function failure(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (e) {
    if (!(e instanceof AvtaleverkError)) throw e
    return e.format().split('\n')
  }
  throw new Error('no error')
}

describe('the 24 kommuner on the bundled agreement', () => {
  let g: Generation
  beforeAll(async () => {
    // Made once per run by tests/setup/global.ts (generateInstances, then writeGeneration) and read back here.
    g = await sharedGeneration()
  })

  it('makes every document for every kommune, in a folder named by number and name', () => {
    expect(g.files).toHaveLength(24 * 11 * 2)
    expect(g.manifest.kommuner.map((k) => k.folder)).toContain('5418-malselv')
    expect(new Set(g.files.map((f) => f.path.split('/')[0]))).toEqual(new Set(g.manifest.kommuner.map((k) => k.folder)))
    expect(g.files.filter((f) => f.path.startsWith('5426-kafjord/')).map((f) => f.path)).toContain('5426-kafjord/03-retningslinje-3.html')
  })

  it('leaves no variable or placeholder in any copy, and each copy is a valid agreement document', () => {
    for (const f of g.files.filter((x) => x.format === 'md')) {
      const md = new TextDecoder().decode(f.data)
      expect(md, f.path).not.toMatch(/\{\{|\uE000|\uE001/u)
      const doc = parseDocument(md, { path: f.path })
      expect(findPlaceholders(doc), f.path).toEqual([])
      expect(doc.preamble.variables.length + doc.sections.flatMap((s) => s.variables).length).toBe(0)
    }
  })

  it('fills names with æøå, the date, the signatory and the standard block', () => {
    const md = text(g, '5419-sorreisa/00-samarbeidsavtale.md')
    expect(md).toContain('# Samarbeidsavtale mellom Sørreisa kommune og Universitetssykehuset i Nord-Norge HF')
    expect(md).toContain('Avtalen er inngått mellom Sørreisa kommune, heretter «kommunen»')
    expect(md).toContain('title: "Samarbeidsavtale mellom Sørreisa kommune og Universitetssykehuset i Nord-Norge HF"')
    expect(md).toContain('kommunenummer: "5419"')
    expect(md).toContain('Sted/dato: \\_\\_\\_')
    expect(md).toContain('Kommunedirektør\\\nSørreisa kommune\n\nAdministrerende direktør\\\nUniversitetssykehuset Nord-Norge HF')
    expect(text(g, '5418-malselv/01-retningslinje-1.md')).toContain('Sist oppdatert: 01.06.2023')
    const r3 = text(g, '5418-malselv/03-retningslinje-3.md')
    expect(r3).toContain('Målselv kommune har organisert sitt ØHD-tilbud slik:\n\nKommunens beskrivelse av tilbudet om døgnopphold for øyeblikkelig hjelp legges ved avtalen som eget vedlegg.')
  })

  it('changes nothing else in the text', async () => {
    const source = await readFile(path.join(AGREEMENTS, '05-retningslinje-5.md'), 'utf8')
    // Blank lines may differ (the writer's house style puts one between footnotes); the text may not.
    const body = (md: string) => md.slice(md.indexOf('\n---\n') + 5).trim().replace(/\n+/g, '\n')
    expect(body(text(g, '1806-narvik/05-retningslinje-5.md'))).toBe(body(source).replace('{{avtale.dato}}', '01.06.2023'))
  })

  it('writes self-contained HTML with the signature block side by side', () => {
    const html = text(g, '5401-tromso/00-samarbeidsavtale.html')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<title>Samarbeidsavtale mellom Tromsø kommune og Universitetssykehuset i Nord-Norge HF</title>')
    expect(html).toContain('<h1>Samarbeidsavtale mellom Tromsø kommune og Universitetssykehuset i Nord-Norge HF</h1>')
    expect(html).toContain('<td class="felt">Sted/dato: ______________________</td><td class="felt">Sted/dato: ______________________</td>')
    expect(html).toContain('<td class="signatar">Byrådsleder<br>\nTromsø kommune</td><td class="signatar">Administrerende direktør<br>\nUniversitetssykehuset Nord-Norge HF</td>')
    expect(html).toContain('@top-left { content: "Tromsø kommune"')
    expect(html).toContain('counter(page)')
    expect(html).not.toMatch(/\{\{|\uE000|src="http|<script/u)
  })

  it('records template, registry and every file in the manifest', async () => {
    const m = g.manifest
    expect(m).toMatchObject({ generator: 'avtaleverk', date: '2023-06-01', formats: ['md', 'html'], template: { version: '2023-forslag' }, registry: { file: 'kommuner.yaml' } })
    expect(m.registry.sha256).toBe(sha256(await readFile(path.join(AGREEMENTS, 'kommuner.yaml'))))
    for (const d of m.template.documents) expect(d.sha256, d.file).toBe(sha256(await readFile(path.join(AGREEMENTS, d.file))))
    expect(m.files.map((f) => f.path)).toEqual(g.files.map((f) => f.path))
    g.files.forEach((f, i) => expect(m.files[i]!.sha256).toBe(sha256(f.data)))
    expect(new TextDecoder().decode(g.manifestData)).not.toMatch(/\d{2}:\d{2}:\d{2}|\/work\//)
  })

  it('uses the numbers valid on the date', async () => {
    const later = await generateInstances(await loadCorpus(), await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml')), { date: '2024-03-01', formats: ['md'], kommuner: ['Tromsø', '5512'] })
    expect(later.manifest.kommuner).toEqual([
      { number: '5501', name: 'Tromsø', officialName: 'Tromsø', folder: '5501-tromso' },
      { number: '5512', name: 'Tjeldsund', officialName: 'Dielddanuorri - Tjeldsund', folder: '5512-tjeldsund' },
    ])
    expect(text(later, '5501-tromso/01-retningslinje-1.md')).toContain('Sist oppdatert: 01.03.2024')
  })
})

describe('values and blocks', () => {
  it('fills every kind of variable, with Sámi names, dates in both formats and a kommune block of Markdown', async () => {
    const r = registry([
      kommuneYaml('Gáivuotna - Kåfjord - Kaivuono', '5540', '    offisielt_navn: Gáivuotna - Kåfjord - Kaivuono\n    blokker:\n      ohd-tilbud: |\n        Tilbudet har:\n\n        - to senger ved [helsesenteret](https://kafjord.kommune.no)\n        - *legevakt* hele døgnet\n'),
      kommuneYaml('Evenes', '1853', '    offisielt_navn: Evenes - Evenášši\n    signatar: { tittel: Ordfører }\n'),
    ])
    const g = await generateInstances(smallSet(), r, { date: '2023-06-01' })
    const md = text(g, '5540-gaivuotna-kafjord-kaivuono/00-avtale.md')
    expect(md).toContain('# Avtale mellom Gáivuotna - Kåfjord - Kaivuono kommune og UNN')
    expect(md).toContain('Avtalen er inngått mellom Gáivuotna - Kåfjord - Kaivuono kommune (Gáivuotna - Kåfjord - Kaivuono, nr. 5540) og UNN, datert 1. juni 2023.')
    expect(md).toContain('Tilbudet har:\n\n- to senger ved [helsesenteret](https://kafjord.kommune.no)\n- *legevakt* hele døgnet\n')
    const evenes = text(g, '1853-evenes/00-avtale.md')
    expect(evenes).toContain('(Evenes - Evenášši, nr. 1853)')
    expect(evenes).toContain('Ordfører\\\nEvenes kommune')
    expect(evenes).toContain('Beskrivelsen legges ved.')
    const html = text(g, '5540-gaivuotna-kafjord-kaivuono/00-avtale.html')
    expect(html).toContain('<ul>\n<li>to senger ved <a href="https://kafjord.kommune.no">helsesenteret</a></li>')
    expect(html).not.toContain('<p><p>')
  })

  it('indents a block that stands in a list item', async () => {
    const set = smallSet('\n# Avtale\n\n- Første punkt\n\n  {{blokk.ohd-tilbud}}\n- Andre punkt\n')
    const r = registry([kommuneYaml('Tromsø', '5501', '    blokker:\n      ohd-tilbud: "Ett avsnitt.\\n\\nTo avsnitt."\n')])
    const g = await generateInstances(set, r, { date: '2023-06-01', formats: ['md'] })
    const doc = parseDocument(text(g, '5501-tromso/00-avtale.md'))
    const list = doc.tree.children.find((n) => n.type === 'list')!
    expect(list.type === 'list' && list.children.map((item) => positionedText(item).text)).toEqual(['Første punkt\nEtt avsnitt.\nTo avsnitt.', 'Andre punkt'])
  })

  it('refuses a kommune that lacks a required value, at the variable, naming the kommune', async () => {
    const r = registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('Bardu', '5520', '    signatar: { tittel: Kommunedirektør }\n')], '')
    expect(await failure(generateInstances(smallSet(), r, { date: '2023-06-01', formats: ['md'] }))).toEqual([
      'maler/00-avtale.md:19:1: Tromsø: mangler verdi for {{blokk.ohd-tilbud}}; legg inn tekstblokken under «blokker» for kommunen (kommuner.yaml:2) eller under «standardblokker»',
      'maler/00-avtale.md:27:1: Tromsø: mangler verdi for {{kommune.signatar.tittel}}; legg den inn for kommunen i kommuner.yaml (linje 2)',
      'maler/00-avtale.md:19:1: Bardu: mangler verdi for {{blokk.ohd-tilbud}}; legg inn tekstblokken under «blokker» for kommunen (kommuner.yaml:4) eller under «standardblokker»',
    ])
  })

  it('refuses unknown variables and formats at their file:line:column before anything else', async () => {
    const set = smallSet('\n# Avtale\n\nFor {{kommune.navnet}} og {{avtale.dato | kortest}} og {{kommune.navn | lang}}.\n\nTekst {{blokk.ohd-tilbud}} i et avsnitt.\n\n`{{kommune.navn}}`\n')
    expect(await failure(generateInstances(set, registry([kommuneYaml('Tromsø', '5501')]), { date: '2023-06-01' }))).toEqual([
      'maler/00-avtale.md:13:5: Ukjent malvariabel {{kommune.navnet}}; kjente variabler: kommune.navn, kommune.offisielt_navn, kommune.nummer, kommune.fylke, kommune.regionrad, kommune.signatar.tittel, kommune.signatar.navn, avtale.dato, avtale.versjon, blokk.<navn>',
      'maler/00-avtale.md:13:27: Ukjent format «kortest» for {{avtale.dato}}; bruk kort, lang, iso',
      'maler/00-avtale.md:13:56: {{kommune.navn}} har ingen formater («| lang»)',
      'maler/00-avtale.md:15:7: Tekstblokken {{blokk.ohd-tilbud}} må stå alene i et eget avsnitt',
      'maler/00-avtale.md:17:1: Malvariabler kan bare stå i vanlig tekst, ikke i kode, lenkeadresser, bildetekster eller HTML',
    ])
  })

  it('refuses a template that still has an ad-hoc placeholder', async () => {
    const set = smallSet('\n# Avtale\n\nAvtalen gjelder fra xx.xx.2023 for XX kommune.\n')
    expect(await failure(generateInstances(set, registry([kommuneYaml('Tromsø', '5501')]), { date: '2023-06-01' }))).toEqual([
      'maler/00-avtale.md:13: Malen har en plassholder som ikke fylles: «xx.xx.2023»',
      'maler/00-avtale.md:13: Malen har en plassholder som ikke fylles: «XX kommune»',
    ])
  })

  it('refuses a copy whose values leave a placeholder, naming kommune, file and line', async () => {
    const r = registry([kommuneYaml('X', '5501'), kommuneYaml('Bardu', '5520', '    blokker:\n      ohd-tilbud: Vi har (SETT INN ANTALL) senger.\n')])
    expect(await failure(generateInstances(smallSet(), r, { date: '2023-06-01' }))).toEqual([
      'maler/00-avtale.md:11:17: 5501 X: den ferdige teksten har en plassholder: «X kommune»',
      'maler/00-avtale.md:17:27: 5501 X: den ferdige teksten har en plassholder: «X kommune»',
      'maler/00-avtale.md:28:1: 5501 X: den ferdige teksten har en plassholder: «X kommune»',
      'maler/00-avtale.md:19:1: 5520 Bardu: den ferdige teksten har en plassholder: «(SETT INN ANTALL)» (fra tekstblokken «ohd-tilbud»)',
    ])
  })

  it('checks its options', async () => {
    const r = registry([kommuneYaml('Tromsø', '5501')])
    await expect(generateInstances(smallSet(), r, { date: '2023-02-30' })).rejects.toThrow('Datoen ({ date }) må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2023-06-01), ikke «2023-02-30»')
    await expect(generateInstances(smallSet(), r, { date: '2023-06-01', formats: ['pdf' as never] })).rejects.toThrow('Ukjent format «pdf»; bruk md, html, docx')
    await expect(generateInstances(smallSet(), r, { date: '2023-06-01', kommuner: ['Bodø'] })).rejects.toThrow(/Finner ingen kommune «Bodø»/)
  })
})

describe('hostile names', () => {
  const names = ['<script>alert(1)</script>', '*fet* [lenke](x)', '../../etc', 'Ola & «Kari» | 1. # `kode`', 'www.example.com', 'Gáivuotna - Kåfjord - Kaivuono']
  let g: Generation
  beforeAll(async () => {
    const r = registry(names.map((n, i) => kommuneYaml(n, String(5501 + i))))
    g = await generateInstances(smallSet(), r, { date: '2023-06-01', formats: ['md', 'html'] })
  })

  it('come out as literal text in Markdown', () => {
    names.forEach((name, i) => {
      const file = g.files.find((f) => f.format === 'md' && f.kommunenummer === String(5501 + i))!
      const doc = parseDocument(new TextDecoder().decode(file.data))
      expect(doc.title, name).toBe(`Avtale mellom ${name} kommune og UNN`)
      expect(doc.frontMatter.kommune).toBe(name)
      const links = JSON.stringify(doc.tree).match(/"type":"link"/g) ?? []
      expect(links, name).toHaveLength(0)
    })
  })

  it('come out escaped in HTML', () => {
    const html = text(g, '5501-script-alert-1-script/00-avtale.html')
    expect(html).not.toContain('<script')
    expect(html).toContain('<h1>Avtale mellom &lt;script&gt;alert(1)&lt;/script&gt; kommune og UNN</h1>')
    expect(html).toContain('<title>Avtale mellom &lt;script&gt;alert(1)&lt;/script&gt; kommune og UNN</title>')
    expect(html).toContain('content: "\\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e  kommune"')
    expect(text(g, '5502-fet-lenke-x/00-avtale.html')).not.toMatch(/<a |<em>fet/)
  })

  it('cannot name a folder outside the output', () => {
    expect(g.manifest.kommuner.map((k) => k.folder)).toEqual(['5501-script-alert-1-script', '5502-fet-lenke-x', '5503-etc', '5504-ola-kari-1-kode', '5505-www-example-com', '5506-gaivuotna-kafjord-kaivuono'])
    for (const f of g.files) expect(f.path).toMatch(/^\d{4}-[a-z0-9-]+\/[^/]+$/)
  })
})
