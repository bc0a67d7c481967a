/** The status family: one table of formats, one `formatStatus(report, name)`. */
import type { StatusReport } from '../../status/status.js'
import { formatStatusHtml, formatStatusJson, formatStatusText } from '../status.js'
import type { StatusFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

/** Every signing-status format by name. */
export const STATUS_FORMATS: { readonly [K in StatusFormat]: FormatSpec<StatusReport, Record<string, never>, string> } = {
  text: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (r) => formatStatusText(r) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (r) => formatStatusJson(r) },
  html: { binary: false, extension: 'html', mediaType: 'text/html', render: (r) => formatStatusHtml(r) },
}

/**
 * The signing status in the named format.
 *
 * @example
 * ```ts
 * const table = formatStatus(await signingStatus(registry, versions, signatures), 'text')
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a format name not in {@link STATUS_FORMATS}.
 */
export function formatStatus(report: StatusReport, name: StatusFormat): string {
  return formatSpec(STATUS_FORMATS, name).render(report, {})
}
