import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { asciiSlug } from '../../src/registry/paths.js'
import { kommuneOn, parseKommuneRegistry, selectKommuner } from '../../src/registry/registry.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { RESOLVERS } from '../../src/generate/values.js'
import { TEMPLATE_VARIABLES } from '../../src/template/variables.js'
import { AGREEMENTS } from '../helpers.js'
import { kommuneYaml, PNG, registry, registryText, removeTempDirs, tempDir, writeTree } from './helpers.js'

afterAll(removeTempDirs)

const BUNDLED = path.join(AGREEMENTS, 'kommuner.yaml')

function problems(text: string, images?: Record<string, Uint8Array>): string[] {
  try {
    parseKommuneRegistry(text, { file: 'kommuner.yaml', images })
  } catch (e) {
    if (!(e instanceof AvtaleverkError)) throw e
    return e.format().split('\n')
  }
  throw new Error('no error')
}

describe('the bundled registry', () => {
  it('has the 24 kommuner of Troms og Ofoten with the numbers valid on each date', async () => {
    const r = await loadKommuneRegistry(BUNDLED)
    expect(r.kommuner).toHaveLength(24)
    const on = (date: string) => r.kommuner.map((e) => kommuneOn(r, e, date))
    const y2024 = on('2024-06-01')
    expect(y2024.map((k) => k.number)).toEqual([
      '5501', '5503', '5510', '5512', '5514', '5516', '5518', '5520', '5522', '5524', '5526', '5528',
      '5530', '5532', '5534', '5536', '5538', '5540', '5542', '5544', '5546', '1806', '1851', '1853',
    ])
    expect(y2024.map((k) => k.folder).slice(0, 3)).toEqual(['5501-tromso', '5503-harstad', '5510-kvaefjord'])
    const y2023 = on('2023-06-01')
    expect(y2023[0]).toMatchObject({ name: 'Tromsø', number: '5401', county: 'Troms og Finnmark', folder: '5401-tromso' })
    expect(y2023.find((k) => k.name === 'Kvænangen')!.number).toBe('5429')
    expect(y2024[0]!.county).toBe('Troms')
    expect(y2024.find((k) => k.name === 'Narvik')).toMatchObject({ number: '1806', county: 'Nordland', regionalCouncil: 'Hålogalandsrådet' })
  })

  it('keeps names and regionråd with the dates they changed', async () => {
    const r = await loadKommuneRegistry(BUNDLED)
    const k = (name: string, date: string) => kommuneOn(r, selectKommuner(r, [name])[0]!, date)
    expect(k('Tjeldsund', '2023-06-01').officialName).toBe('Tjeldsund')
    expect(k('Tjeldsund', '2024-01-01').officialName).toBe('Dielddanuorri - Tjeldsund')
    expect(k('Lavangen', '2021-06-03').regionalCouncil).toBe('Hålogalandsrådet')
    expect(k('Lavangen', '2024-01-01').regionalCouncil).toBe('Midt-Tromsrådet')
    expect(k('Kåfjord', '2024-01-01').officialName).toBe('Gáivuotna - Kåfjord - Kaivuono')
    expect(k('Harstad', '2023-06-01').signatory).toEqual({ title: 'Kommunedirektør' })
    expect(() => k('Senja', '2019-12-31')).toThrow('Senja har ikke noe kommunenummer som gjelder 2019-12-31 (det første gjelder fra 2020-01-01)')
  })

  it('finds kommuner by name, official name or any of their numbers', async () => {
    const r = await loadKommuneRegistry(BUNDLED)
    const names = (q: string[]) => selectKommuner(r, q).map((e) => e.name[0]!.value)
    expect(names(['5401', 'harstad', 'Gáivuotna - Kåfjord - Kaivuono', '5512'])).toEqual(['Tromsø', 'Harstad', 'Tjeldsund', 'Kåfjord'])
    expect(names([])).toHaveLength(24)
    expect(() => selectKommuner(r, ['Bodø', '9999'])).toThrow(/Finner ingen kommuner «Bodø», «9999» i kommuneregisteret/)
  })
})

describe('registry errors', () => {
  it('are reported at the line of the offending key, all at once', () => {
    const text = registryText([
      kommuneYaml('Tromsø', '5501'),
      '  - navn: Harstad\n    nummer: 5503\n',
      kommuneYaml('Lavangen', '5518', '    fylk: Troms\n'),
      kommuneYaml('Tab\tnavn', '5520'),
    ])
    expect(problems(text)).toEqual([
      'kommuner.yaml:9: Kommuneregisteret: kommune 2 (Harstad): «nummer» skal være en tekst, eller en liste med «verdi» og «gyldig_fra»',
      'kommuner.yaml:12: Kommuneregisteret: kommune 3 (Lavangen): ukjent felt «fylk»',
      'kommuner.yaml:13: Kommuneregisteret: kommune 4 (Tab\tnavn): «navn» kan ikke ha kontrolltegn eller tegn som snur skriveretningen, og ikke mellomrom først eller sist',
    ])
  })

  it('refuse NUL, bidirectional overrides and padded names', () => {
    for (const name of ['Trom\u0000sø', 'Tromsø\u202e', '\u2066Tromsø', ' Tromsø']) {
      expect(problems(registryText([kommuneYaml(name, '5501')])).join('\n'), JSON.stringify(name)).toMatch(/kontrolltegn/)
    }
  })

  it('check dates, their order, and that numbers and names are unique', () => {
    const text = registryText([
      kommuneYaml('Tromsø', '5501', '    regionrad:\n      - { verdi: A, gyldig_fra: 2024-01-01 }\n      - { verdi: B, gyldig_fra: 2023-01-01 }\n      - { verdi: C, gyldig_fra: 2023-02-30 }\n'),
      kommuneYaml('tromsø', '5501'),
    ])
    expect(problems(text)).toEqual([
      'kommuner.yaml:10: Kommuneregisteret: kommune 1 (Tromsø): «regionrad» må stå i datorekkefølge, hver «gyldig_fra» senere enn den før',
      'kommuner.yaml:11: Kommuneregisteret: kommune 1 (Tromsø): «2023-02-30» er ikke en dato som finnes',
      'kommuner.yaml:13: Kommuneregisteret: kommune 2 (tromsø): kommunenummeret «5501» er også brukt av kommune 1 (Tromsø)',
      'kommuner.yaml:12: Kommuneregisteret: kommune 2 (tromsø): navnet «tromsø» er også brukt av kommune 1 (Tromsø)',
    ])
  })

  it('refuse text blocks that would change the agreement or run code', () => {
    const block = (md: string) => problems(registryText([kommuneYaml('Tromsø', '5501', `    blokker:\n      ohd-tilbud: ${JSON.stringify(md)}\n`)]))
    expect(block('## Ny overskrift')).toEqual(['kommuner.yaml:9: Tekstblokken «ohd-tilbud» kan ikke ha overskrifter (de ville bli nye avsnitt i avtalen); bruk **fet tekst** i stedet'])
    expect(block('[klikk](javascript:alert(1))')[0]).toMatch(/lenke som ikke er en nettadresse eller e-post: «javascript:alert\(1\)»/)
    expect(block('![våpen](x.png)')[0]).toMatch(/kan ikke ha bilder/)
    expect(block('Tekst[^1]\n\n[^1]: fotnote')[0]).toMatch(/kan ikke ha fotnoter/)
  })

  it('turn raw HTML in a block into text', () => {
    const block = (md: string) => registry([kommuneYaml('Tromsø', '5501', `    blokker:\n      ohd-tilbud: ${JSON.stringify(md)}\n`)]).kommuner[0]!.blocks['ohd-tilbud']!
    const inline = block('Døgnplasser <b onclick="x()">fire</b> og *vekt*')
    expect(inline.html).toBe('<p>Døgnplasser &#x3C;b onclick="x()">fire&#x3C;/b> og <em>vekt</em></p>')
    expect(inline.markdown).toBe('Døgnplasser \\<b onclick="x()">fire\\</b> og *vekt*')
    // A line opening with <script> is an HTML block to its end: all of it becomes text.
    const flow = block('<script>alert(1)</script>\n\nNeste avsnitt')
    expect(flow.html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>\n<p>Neste avsnitt</p>')
  })

  it('want coat-of-arms images that exist, are PNG or JPEG and lie in the registry folder', async () => {
    const text = registryText([kommuneYaml('Tromsø', '5501', '    vaapen: vaapen/tromso.png\n'), kommuneYaml('Harstad', '5503', '    vaapen: ../harstad.png\n')])
    expect(problems(text, { 'vaapen/tromso.png': new TextEncoder().encode('GIF89a') })).toEqual([
      'kommuner.yaml:11: Kommuneregisteret: kommune 2 (Harstad): «vaapen» må være en PNG- eller JPEG-fil, med sti fra mappen kommuner.yaml ligger i (uten «..»)',
    ])
    expect(problems(registryText([kommuneYaml('Tromsø', '5501', '    vaapen: vaapen/tromso.png\n')]), { 'vaapen/tromso.png': new TextEncoder().encode('GIF89a') })).toEqual([
      'kommuner.yaml:8: Kommuneregisteret: kommune 1 (Tromsø): «vaapen/tromso.png» er ikke et PNG- eller JPEG-bilde',
    ])

    const dir = await tempDir()
    await mkdir(path.join(dir, 'reg'))
    await writeTree(dir, { 'reg/kommuner.yaml': registryText([kommuneYaml('Tromsø', '5501', '    vaapen: tromso.png\n'), kommuneYaml('Harstad', '5503', '    vaapen: harstad.png\n')]), 'reg/tromso.png': PNG, 'utenfor.png': PNG })
    await symlink(path.join(dir, 'utenfor.png'), path.join(dir, 'reg/harstad.png'))
    await expect(loadKommuneRegistry(path.join(dir, 'reg/kommuner.yaml'))).rejects.toThrow(/Våpenfilen peker ut av mappen/)
    await writeTree(dir, { 'reg/kommuner.yaml': registryText([kommuneYaml('Tromsø', '5501', '    vaapen: tromso.png\n'), kommuneYaml('Harstad', '5503', '    vaapen: mangler.png\n')]) })
    await expect(loadKommuneRegistry(path.join(dir, 'reg/kommuner.yaml'))).rejects.toThrow(/finner ikke våpenfilen «mangler.png»/)
    await writeTree(dir, { 'reg/kommuner.yaml': registryText([kommuneYaml('Tromsø', '5501', '    vaapen: tromso.png\n')]) })
    const loaded = await loadKommuneRegistry(path.join(dir, 'reg/kommuner.yaml'))
    expect(loaded.kommuner[0]!.coatOfArms).toMatchObject({ path: 'tromso.png', type: 'png', width: 4, height: 6 })
  })
})

describe('template variables', () => {
  it('every listed variable can be filled', () => {
    expect(Object.keys(RESOLVERS).sort()).toEqual(TEMPLATE_VARIABLES.map((v) => v.name).sort())
  })
})

describe('asciiSlug', () => {
  it('folds Norwegian, Sámi and Kven letters and drops everything else', () => {
    expect(asciiSlug('Tromsø')).toBe('tromso')
    expect(asciiSlug('Kvæfjord')).toBe('kvaefjord')
    expect(asciiSlug('Gáivuotna - Kåfjord - Kaivuono')).toBe('gaivuotna-kafjord-kaivuono')
    expect(asciiSlug('Evenes - Evenášši')).toBe('evenes-evenassi')
    expect(asciiSlug('Unjárga - Nesseby ŋđŧ')).toBe('unjarga-nesseby-ndt')
    expect(asciiSlug('Lyngen - Ivgu - Yykeä')).toBe('lyngen-ivgu-yykea')
    expect(asciiSlug('../../etc/passwd')).toBe('etc-passwd')
    expect(asciiSlug('<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(asciiSlug('\u202e\u0000')).toBe('kommune')
  })
})
