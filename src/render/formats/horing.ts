/** The høring family: one table of formats, one `formatHoring(report, name)`. */
import { checkDateOption } from '../../dates.js'
import type { HoringReport } from '../../horing/report.js'
import { formatHoringDocx, formatHoringHtml, formatHoringJson, formatHoringMarkdown } from '../horing.js'
import type { HoringFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

export interface HoringFormatOptions {
  /** Date written into the Word file's metadata, YYYY-MM-DD (docx); default the høringsfrist. */
  date?: string
}

/** What a renderer of this family gives: text, or Word bytes (a promise). */
export type HoringRendered = string | Promise<Uint8Array>

/** Every høringsoppsummering format by name. */
export const HORING_FORMATS: { readonly [K in HoringFormat]: FormatSpec<HoringReport, HoringFormatOptions, HoringRendered> } = {
  md: { binary: false, extension: 'md', mediaType: 'text/markdown', render: (r) => formatHoringMarkdown(r) },
  html: { binary: false, extension: 'html', mediaType: 'text/html', render: (r) => formatHoringHtml(r) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (r) => formatHoringJson(r) },
  docx: {
    binary: true,
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (r, o) => {
      const date = o.date ?? r.frist ?? undefined
      if (date !== undefined) checkDateOption(date, '{ date }')
      return formatHoringDocx(r, date !== undefined ? { date } : {})
    },
  },
}

/**
 * The høringsoppsummering in the named format (Markdown, HTML, JSON, or Word bytes).
 *
 * @example
 * ```ts
 * const md = await formatHoring(report, 'md')
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for an unknown format name or a `date` that is not a real YYYY-MM-DD date.
 */
export async function formatHoring(report: HoringReport, name: HoringFormat, options: HoringFormatOptions = {}): Promise<string | Uint8Array> {
  return formatSpec(HORING_FORMATS, name).render(report, options)
}
