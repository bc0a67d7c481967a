/** The diagnostics family: one table of formats, one `formatDiagnostics(diagnostics, name)`. */
import { VERSION } from '../../version.js'
import type { Diagnostic } from '../../validate/types.js'
import { formatGithub } from '../diagnostics/github.js'
import { formatJson } from '../diagnostics/json.js'
import { formatSarif } from '../diagnostics/sarif.js'
import { formatStylish } from '../diagnostics/stylish.js'
import type { DiagnosticsFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

export interface DiagnosticsFormatOptions {
  /** Terminal colours (stylish). */
  color?: boolean
  /** Folder file paths are made relative to (sarif). */
  root?: string
  /** Tool version written into the log (sarif); default: this package's version. */
  version?: string
}

/** Every diagnostics format by name. */
export const DIAGNOSTICS_FORMATS: { readonly [K in DiagnosticsFormat]: FormatSpec<Diagnostic[], DiagnosticsFormatOptions, string> } = {
  stylish: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (d, o) => formatStylish(d, { color: o.color ?? false }) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (d) => formatJson(d) },
  github: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (d) => formatGithub(d) },
  sarif: {
    binary: false,
    extension: 'sarif',
    mediaType: 'application/sarif+json',
    render: (d, o) => formatSarif(d, { ...(o.root !== undefined ? { root: o.root } : {}), version: o.version ?? VERSION }),
  },
}

/**
 * Diagnostics in the named format.
 *
 * @example
 * ```ts
 * const sarif = formatDiagnostics(validate(set), 'sarif', { root: process.cwd() })
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a format name not in {@link DIAGNOSTICS_FORMATS}.
 */
export function formatDiagnostics(diagnostics: Diagnostic[], name: DiagnosticsFormat, options: DiagnosticsFormatOptions = {}): string {
  return formatSpec(DIAGNOSTICS_FORMATS, name).render(diagnostics, options)
}
