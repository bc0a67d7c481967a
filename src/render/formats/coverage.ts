/** The coverage family: one table of formats, one `formatCoverage(matrix, name)`. */
import type { CoverageMatrix } from '../../validate/coverage.js'
import { formatCoverageHtml, formatCoverageJson, formatCoverageText } from '../coverage.js'
import type { CoverageFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

/** Every coverage format by name. */
export const COVERAGE_FORMATS: { readonly [K in CoverageFormat]: FormatSpec<CoverageMatrix, Record<string, never>, string> } = {
  text: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (m) => formatCoverageText(m) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (m) => formatCoverageJson(m) },
  html: { binary: false, extension: 'html', mediaType: 'text/html', render: (m) => formatCoverageHtml(m) },
}

/**
 * The § 6-2 coverage matrix in the named format.
 *
 * @example
 * ```ts
 * const html = formatCoverage(coverageMatrix(set), 'html')
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a format name not in {@link COVERAGE_FORMATS}.
 */
export function formatCoverage(matrix: CoverageMatrix, name: CoverageFormat): string {
  return formatSpec(COVERAGE_FORMATS, name).render(matrix, {})
}
