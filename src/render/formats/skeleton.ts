/** The skeleton table's formats: the coverage family's names (text, json, html), one `formatSkeleton(table, name)`. */
import type { SkeletonTable } from '../../validate/skeleton.js'
import { formatSkeletonHtml, formatSkeletonJson, formatSkeletonText } from '../skeleton.js'
import type { CoverageFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

/** Every skeleton format by name (the same names as coverage: `coverage --skeleton -f …`). */
export const SKELETON_FORMATS: { readonly [K in CoverageFormat]: FormatSpec<SkeletonTable, Record<string, never>, string> } = {
  text: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (t) => formatSkeletonText(t) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (t) => formatSkeletonJson(t) },
  html: { binary: false, extension: 'html', mediaType: 'text/html', render: (t) => formatSkeletonHtml(t) },
}

/**
 * The skeleton table in the named format.
 *
 * @example
 * ```ts
 * const text = formatSkeleton(skeletonTable(set), 'text')
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a format name not in {@link SKELETON_FORMATS}.
 */
export function formatSkeleton(table: SkeletonTable, name: CoverageFormat): string {
  return formatSpec(SKELETON_FORMATS, name).render(table, {})
}
