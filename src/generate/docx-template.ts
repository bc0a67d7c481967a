/**
 * Word copies from precompiled XML. The docx package walks a document's tree once — with a
 * sentinel (sentinel.ts) in place of every value that differs between kommuner — and the parts
 * it writes are cut at the sentinels. A kommune's copy is then those parts joined with its
 * values, escaped as the docx package escapes them, and zipped once with fflate: no tree walk,
 * no unzip and second deflate per copy.
 *
 * What changes the XML's shape rather than its text is part of the template's key, so kommuner
 * that differ there get a template of their own: the status mark and other labels of the run,
 * the coat of arms, a kommune's own text block, values inside a table (they set its column
 * widths), and which values are empty (an empty run is left out). A value holding a sentinel
 * character is rendered by walking the tree instead. The bytes are those render-docx.ts gives
 * by walking the tree per kommune; tests/generate/docx-template.test.ts holds them equal.
 *
 * The docx package (and render-docx.ts) is loaded only when a template is first compiled.
 */
import type { Nodes } from 'mdast'
import { type ZipEntry, zipEntries, zipEntry } from '../output/docx-zip.js'
import { xmlText } from '../output/xml-text.js'
import type { CompiledDocument } from './compile.js'
import type { CoatOfArms } from '../registry/image.js'
import { copyLabels } from './render-html.js'
import { fill, hasSentinelCharacter, SENTINEL_PATTERN, sentinel, splitAtSentinels, type StringTemplate } from './sentinel.js'
import type { FillContext, SlotValues } from './values.js'

type RenderDocx = typeof import('./render-docx.js')

let renderer: Promise<RenderDocx> | null = null
/** render-docx.ts and the docx package, loaded once, on first use. */
const loadRenderer = () => (renderer ??= import('./render-docx.js'))

interface WordTemplate {
  /** Each part: zipped once when the same for every kommune, else its XML cut at the sentinels. */
  parts: Array<{ name: string; zipped: ZipEntry | null; xml: StringTemplate | null }>
}

/** Templates kept per document; a registry where every kommune has its own coat of arms would otherwise hold one per kommune. */
const KEEP = 8
const templates = new WeakMap<CompiledDocument, Map<string, Promise<WordTemplate>>>()
const tableSlotsOf = new WeakMap<CompiledDocument, ReadonlySet<number>>()
const armsIds = new WeakMap<CoatOfArms, number>()
let armsCount = 0

/** Escaped as the docx package escapes text and attributes (escapeAll), then cleaned as output/docx-pack.ts cleans a part. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }
const xmlValue = (value: string) => xmlText(value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? ''))

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Slots inside tables: their values set the column widths, so they are part of the key. */
function tableSlots(document: CompiledDocument): ReadonlySet<number> {
  let found = tableSlotsOf.get(document)
  if (found) return found
  const slots = new Set<number>()
  const walk = (node: Nodes, inTable: boolean) => {
    const here = inTable || node.type === 'table'
    if (here && 'value' in node && typeof node.value === 'string') for (const m of node.value.matchAll(SENTINEL_PATTERN)) slots.add(Number(m[1]))
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, here)
  }
  for (const node of document.tree) walk(node as Nodes, false)
  found = slots
  tableSlotsOf.set(document, found)
  return found
}

/** The Word file of one kommune's copy: the document's template for this key, filled and zipped. */
export async function renderDocxCopy(document: CompiledDocument, values: SlotValues, context: FillContext): Promise<Uint8Array> {
  const labels = copyLabels(document, values, context)
  const arms = context.kommune.coatOfArms
  const texts = [...values.text, ...Array.from(values.blocks, (b) => b?.source ?? ''), labels.kommune, labels.version, labels.status, labels.date, ...labels.parties, context.registry.helsefellesskap ?? '']
  if (texts.some((t) => typeof t === 'string' && hasSentinelCharacter(t))) return (await loadRenderer()).renderDocx(document, values, context)

  const tables = tableSlots(document)
  if (arms && !armsIds.has(arms)) armsIds.set(arms, ++armsCount)
  const shape = document.slots.map((s, i) => (s.block ? (values.blocks[i]?.source ?? null) : tables.has(i) ? values.text[i] : values.text[i] === '' ? 0 : 1))
  const key = JSON.stringify([labels.mark, labels.version, labels.status, labels.date, labels.parties.slice(1), context.registry.helsefellesskap, context.date, arms ? armsIds.get(arms) : null, shape])

  let byKey = templates.get(document)
  if (!byKey) templates.set(document, (byKey = new Map()))
  let template = byKey.get(key)
  if (template) {
    // Most recently used last.
    byKey.delete(key)
  } else {
    template = compileTemplate(document, values, context, labels)
    // A failed compile is not kept: the next call tries again and reports its own error.
    template.catch(() => byKey.delete(key))
    if (byKey.size >= KEEP) byKey.delete(byKey.keys().next().value!)
  }
  byKey.set(key, template)

  const n = document.slots.length
  const value = (slot: number) => xmlValue(slot < n ? values.text[slot]!.replace(/\n/g, ' ') : slot < 2 * n ? values.text[slot - n]! : labels.kommune)
  return zipEntries((await template).parts.map((p) => p.zipped ?? zipEntry(p.name, encoder.encode(fill(p.xml!, value)))))
}

/**
 * Renders the document once with sentinels: slot i for a value in the text (line breaks made
 * spaces, as render-docx.ts does there), n + i for the same value in the title (as written),
 * 2n for the kommune's name on the title page, header and properties.
 */
async function compileTemplate(document: CompiledDocument, values: SlotValues, context: FillContext, labels: ReturnType<typeof copyLabels>): Promise<WordTemplate> {
  const { renderDocxParts } = await loadRenderer()
  const n = document.slots.length
  const tables = tableSlots(document)
  const marked: SlotValues = {
    text: values.text.map((v, i) => (v === '' || tables.has(i) ? v : sentinel(i))),
    blocks: values.blocks,
  }
  const kommune = sentinel(2 * n)
  const sentinelLabels = {
    ...labels,
    title: fill(document.title, (slot) => (values.text[slot] === '' ? '' : sentinel(n + slot))),
    kommune,
    parties: [kommune, ...labels.parties.slice(1)],
  }
  const parts = await renderDocxParts(document, marked, sentinelLabels, context, context.date)
  return {
    parts: parts.map(([name, data]) => {
      const xml = /\.(?:xml|rels)$/.test(name) ? decoder.decode(data) : ''
      return hasSentinelCharacter(xml) ? { name, zipped: null, xml: splitAtSentinels(xml) } : { name, zipped: zipEntry(name, data), xml: null }
    }),
  }
}
