/**
 * A kommune's copy as one self-contained HTML page: the compiled body filled with HTML-escaped
 * values, a heading band with the coat of arms (inline, as a data URL), kommune, version and
 * date, and print CSS that repeats them in the page margins with page numbers, for printing
 * to PDF from a browser.
 */
import type { DocumentStatus } from '../model.js'
import { DRAFT_MARK, REPEALED_MARK } from '../output/house-style.js'
import { escapeHtml, htmlPage } from '../output/html.js'
import { formatDate } from '../template/variables.js'
import { base64 } from '../platform/bytes.js'
import type { CompiledDocument } from './compile.js'
import { cssString } from '../output/escape.js'
import { scaledTo } from '../registry/image.js'
import { fill } from './sentinel.js'
import type { FillContext, SlotValues } from './values.js'

const CSS = `
.avtale-hode { display: flex; gap: 1rem; align-items: center; }
.avtale-hode img { flex: none; }
table.signaturer { border-collapse: collapse; margin: 2rem 0 1rem; table-layout: fixed; width: 100%; }
table.signaturer td { border: none; padding: .4rem 2rem .4rem 0; width: 50%; }
table.signaturer td:last-child { padding-right: 0; }
/* The line to sign on: inside the cell's padding, so the two lines stand apart. */
table.signaturer td.signatur { height: 3.5rem; vertical-align: bottom; }
table.signaturer td.signatur::after { content: ""; display: block; border-bottom: 1px solid var(--ink); }
.utkast { border: 2px solid #b00020; color: #b00020; font-weight: 700; text-align: center; padding: .3rem; letter-spacing: .05em; }
@media print {
  table.signaturer { break-inside: avoid-page; }
  /* On paper a link is only its words: print the address after them, unless they are the address. */
  main a[href^="http"]:not([data-bare])::after, main a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #5b6470; overflow-wrap: anywhere; }
  .utkast { border-width: 1px; }
}
`

const STATUS_TEXT: Record<DocumentStatus, string> = {
  utkast: 'utkast',
  høring: 'på høring',
  forslag: 'forslag',
  fremforhandlet: 'fremforhandlet',
  godkjent: 'godkjent',
  vedtatt: 'vedtatt',
  signert: 'signert',
  gjeldende: 'gjeldende',
  opphevet: 'opphevet',
}
/** Statuses of a text that has been adopted (signed and in force come after vedtatt). */
const ADOPTED: ReadonlySet<DocumentStatus | undefined> = new Set(['vedtatt', 'signert', 'gjeldende'])

/** What every page of a copy says about its status: a draft mark, a repealed mark, or nothing for an adopted text. */
function statusMark(status: DocumentStatus | undefined): string | null {
  if (ADOPTED.has(status)) return null
  return status === 'opphevet' ? REPEALED_MARK : DRAFT_MARK
}

/** Copy title, header text and values for the page margins and the title page: shared by HTML and Word. */
export function copyLabels(document: CompiledDocument, values: SlotValues, context: FillContext) {
  const fm = document.document.frontMatter
  const version = context.version ?? { id: fm.version ?? '', status: fm.status, dato: fm.date ?? '' }
  // A front matter date may be a month or a year only: printed as written then.
  const when = /^\d{4}-\d{2}-\d{2}$/.test(version.dato) ? formatDate(version.dato, 'lang') : version.dato
  const adopted = ADOPTED.has(version.status)
  const kommune = `${context.kommune.officialName} kommune`
  return {
    title: fill(document.title, (slot) => values.text[slot]!),
    kommune,
    /** The parties for the title page: the kommune by its official name, then the health trust. */
    parties: [kommune, ...(context.registry.helseforetak ? [context.registry.helseforetak] : [])],
    version: version.id ? `Versjon ${version.id}` : 'Uten versjonsnummer',
    /** «vedtatt 1. juni 2023», «forslag – ikke vedtatt». */
    status: adopted ? `${STATUS_TEXT[version.status!]} ${when}`.trim() : version.status === 'opphevet' ? 'opphevet' : `${version.status ? STATUS_TEXT[version.status] : 'uten status'} – ikke vedtatt`,
    /** Not adopted: every page carries this mark («UTKAST – ikke vedtatt»). */
    mark: statusMark(version.status),
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
    const src = `data:image/${arms.type === 'png' ? 'png' : 'jpeg'};base64,${base64(arms.data)}`
    image = `<img src="${src}" width="${width}" height="${height}" alt="${escapeHtml(`Kommunevåpen for ${labels.kommune}`)}">`
  }
  const draft = labels.mark ? `<p class="utkast" role="note">${escapeHtml(labels.mark)}</p>` : ''
  const header = `<header class="doc-meta avtale-hode">${image}<div><strong>${escapeHtml(labels.kommune)}</strong><br>${escapeHtml(labels.version)} (${escapeHtml(labels.status)}) · ${escapeHtml(labels.date)}</div></header>${draft}`
  const margins = `@page {
  @top-left { content: ${cssString(labels.kommune)}; font-size: 9pt; color: #5b6470; }
  @top-right { content: ${cssString(`${labels.version} · ${labels.date}`)}; font-size: 9pt; color: #5b6470; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font-size: 9pt; color: #5b6470; }
${labels.mark ? `  @top-center { content: ${cssString(labels.mark)}; font-size: 10pt; font-weight: 700; color: #b00020; }\n` : ''}}
`
  return htmlPage({ title: labels.title, body: `${header}\n<main>\n${body}\n</main>`, css: CSS + margins })
}
