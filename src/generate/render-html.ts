/**
 * A kommune's copy as one self-contained HTML page: the compiled body filled with HTML-escaped
 * values, a heading band with the coat of arms (inline, as a data URL), kommune, version and
 * date, and print CSS that repeats them in the page margins with page numbers, for printing
 * to PDF from a browser.
 */
import { escapeHtml, htmlPage } from '../render/html.js'
import { formatDate } from '../template/variables.js'
import type { CompiledDocument } from './compile.js'
import { cssString } from './escape.js'
import { scaledTo } from './image.js'
import { fill } from './sentinel.js'
import type { FillContext, SlotValues } from './values.js'

const CSS = `
.avtale-hode { display: flex; gap: 1rem; align-items: center; }
.avtale-hode img { flex: none; }
table.signaturer { border-collapse: separate; border-spacing: 2rem 0; margin: 2rem -2rem 1rem; table-layout: fixed; width: calc(100% + 4rem); }
table.signaturer td { border: none; padding: .4rem 0; width: 50%; }
table.signaturer td.signatur { height: 3.5rem; border-bottom: 1px solid var(--ink); }
@media print { table.signaturer { break-inside: avoid; } }
`

/** Copy title, header text and values for the page margins: shared by HTML and Word. */
export function copyLabels(document: CompiledDocument, values: SlotValues, context: FillContext) {
  return {
    title: fill(document.title, (slot) => values.text[slot]!),
    kommune: `${context.kommune.name} kommune`,
    version: `Versjon ${document.document.frontMatter.version}`,
    date: formatDate(context.date, 'lang'),
  }
}

export function renderHtml(document: CompiledDocument, values: SlotValues, context: FillContext): string {
  const labels = copyLabels(document, values, context)
  const body = fill(document.html!, (slot) => (document.slots[slot]!.block ? (values.blocks[slot]?.html ?? '') : escapeHtml(values.text[slot]!)))
  const arms = context.kommune.coatOfArms
  let image = ''
  if (arms) {
    const { width, height } = scaledTo(arms, 64)
    const src = `data:image/${arms.type === 'png' ? 'png' : 'jpeg'};base64,${Buffer.from(arms.data).toString('base64')}`
    image = `<img src="${src}" width="${width}" height="${height}" alt="${escapeHtml(`Kommunevåpen for ${labels.kommune}`)}">`
  }
  const header = `<header class="doc-meta avtale-hode">${image}<div><strong>${escapeHtml(labels.kommune)}</strong><br>${escapeHtml(labels.version)} · ${escapeHtml(labels.date)}</div></header>`
  const margins = `@page {
  @top-left { content: ${cssString(labels.kommune)}; font-size: 9pt; color: #5b6470; }
  @top-right { content: ${cssString(`${labels.version} · ${labels.date}`)}; font-size: 9pt; color: #5b6470; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font-size: 9pt; color: #5b6470; }
}
`
  return htmlPage({ title: labels.title, body: `${header}\n<main>\n${body}\n</main>`, css: CSS + margins })
}
