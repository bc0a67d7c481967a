import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AvtaleverkError } from '../../src/errors.js'
import { compileDocuments } from '../../src/generate/compile.js'
import { renderDocxCopy } from '../../src/generate/docx-template.js'
import { planGeneration } from '../../src/generate/plan.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import type { KommuneRegistry } from '../../src/registry/registry.js'
import { renderDocx } from '../../src/generate/render-docx.js'
import { slotValues, type CopyVersion, type FillContext } from '../../src/generate/values.js'
import type { AgreementSet } from '../../src/model.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { AGREEMENTS, loadCorpus } from '../helpers.js'
import { kommuneYaml, PNG, registry, registryText, smallSet } from './helpers.js'
import { parseKommuneRegistry } from '../../src/registry/registry.js'

/**
 * Word copies filled from precompiled XML (docx-template.ts) against the docx package walking the
 * tree per kommune (render-docx.ts): the same bytes, copy for copy — for the bundled set, and for
 * the values and shapes that could make them part: escaping, empty values, a coat of arms, a
 * kommune's own text block with a numbered list, a status mark.
 */
async function pairs(set: AgreementSet, reg: KommuneRegistry, date: string, version?: CopyVersion, only: string[] = []) {
  const { kommuner } = planGeneration(set, reg, { date, kommuner: only })
  const documents = compileDocuments(set.documents)
  const out: Array<{ name: string; fast: Uint8Array; walked: Uint8Array }> = []
  for (const kommune of kommuner) {
    const context: FillContext = { kommune, registry: reg, date, ...(version ? { version } : {}) }
    for (const document of documents) {
      const errors: AvtaleverkError[] = []
      const values = slotValues(document, context, errors)
      expect(errors).toEqual([])
      out.push({ name: `${kommune.folder}/${document.base}`, fast: await renderDocxCopy(document, values, context), walked: await renderDocx(document, values, context) })
    }
  }
  return out
}

const differing = (list: Awaited<ReturnType<typeof pairs>>) => list.filter((p) => Buffer.compare(Buffer.from(p.fast), Buffer.from(p.walked)) !== 0).map((p) => p.name)

describe('Word from precompiled XML', () => {
  it('gives the bytes of the tree walk for every copy of the bundled set, adopted and draft', async () => {
    const set = await loadCorpus()
    const reg = await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))
    const draft = await pairs(set, reg, '2023-06-01')
    expect(draft).toHaveLength(24 * 11)
    expect(differing(draft)).toEqual([])
    // A different kommune really gives different bytes (the template is filled, not copied).
    expect(Buffer.compare(Buffer.from(draft[0]!.fast), Buffer.from(draft[11]!.fast))).not.toBe(0)
    const adopted = await pairs(set, reg, '2024-02-01', { id: '2023', status: 'vedtatt', dato: '2023-06-01' }, ['Tjeldsund', 'Kåfjord'])
    expect(differing(adopted)).toEqual([])
    expect(docxPart(adopted[0]!.fast, 'word/header2.xml')).not.toContain('UTKAST')
    expect(docxPart(draft[0]!.fast, 'word/header2.xml')).toContain('UTKAST – ikke vedtatt')
  }, 300_000)

  it('escapes values as the docx package does, and keeps shapes apart: empty values, coat of arms, own block, hostile names', async () => {
    const head = 'helseforetak: UNN & «Co»\nhelsefellesskap: Fellesskap <nord>\nstandardsignatar:\n  tittel: Kommunedirektør\nstandardblokker:\n  ohd-tilbud: Beskrivelsen legges ved.\n'
    const reg = registry(
      [
        kommuneYaml('Tromsø', '5401'),
        kommuneYaml('A & <B> "C" \'D\'', '5402', '    signatar: { tittel: "Leder <x> & \\"y\\"", navn: "Kari Nordmann & Co" }\n'),
        kommuneYaml('Kåfjord', '5426', '    offisielt_navn: Gáivuotna - Kåfjord - Kaivuono\n    vaapen: vaapen/kafjord.png\n'),
        kommuneYaml('Lyngen', '5428', '    blokker:\n      ohd-tilbud: |\n        Vi tilbyr:\n\n        1. Fem senger\n        2. Legevakt & <jour>\n\n        | Tiltak | Senger |\n        |---|---|\n        | ØHD | 5 |\n'),
        kommuneYaml('Sentinel \uE000 0 \uE001', '5429'),
      ],
      head,
      { 'vaapen/kafjord.png': PNG },
    )
    const list = await pairs(smallSet(), reg, '2023-06-01')
    expect(list).toHaveLength(5)
    expect(differing(list)).toEqual([])
    const hostile = docxPart(list[1]!.fast, 'word/document.xml')!
    expect(hostile).toContain('A &amp; &lt;B&gt; &quot;C&quot; &apos;D&apos; kommune')
    expect(hostile).not.toMatch(/\uE000/u)
    expect(docxPart(list[2]!.fast, 'word/header2.xml')).toContain('<wp:docPr id=')
  })

  it('gives the tree walk\'s bytes on the bundled set with a coat of arms on one kommune and a block on another', async () => {
    const set = await loadCorpus()
    const bundled = (await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml'))).source
    const defaults = bundled.slice(bundled.indexOf('helseforetak:'), bundled.indexOf('\nkommuner:') + 1)
    const reg = parseKommuneRegistry(
      registryText([kommuneYaml('Kåfjord', '5426', '    offisielt_navn: Gáivuotna - Kåfjord - Kaivuono\n    vaapen: vaapen/kafjord.png\n'), kommuneYaml('Lyngen', '5428', '    blokker:\n      ohd-tilbud: |\n        Tilbudet:\n\n        1. Fem senger\n        2. Legevakt\n')], defaults),
      { file: 'kommuner.yaml', images: { 'vaapen/kafjord.png': PNG } },
    )
    expect(differing(await pairs(set, reg, '2023-06-01'))).toEqual([])
  }, 300_000)
})
