/** The diff family: one table of formats, one `formatDiff(changeSet, name)`. */
import { checkDateOption } from '../../dates.js'
import type { ChangeSet } from '../../diff/changeset.js'
import type { AgreementSet } from '../../model.js'
import { renderDiffHtml } from '../diff-html.js'
import { formatChangeSetJson } from '../diff-json.js'
import { renderDiffMarkdown } from '../diff-md.js'
import { renderDiffText } from '../diff-text.js'
import type { DiffFormat } from './names.js'
import { type FormatSpec, formatSpec } from './table.js'

export interface DiffFormatOptions {
  /** Terminal colours (text). */
  color?: boolean
  /** Author of the tracked changes (docx); default "avtaleverk". */
  author?: string
  /** Date of the tracked changes, YYYY-MM-DD (docx); default the latest date of the new version. */
  date?: string
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
  /**
   * The new set (docx): with `old` and `new`, lists, tables and quotes keep the shape they have
   * in the documents.
   */
  new?: AgreementSet
}

/** What a renderer of this family gives: text, or Word bytes (a promise). */
export type DiffRendered = string | Uint8Array | Promise<string | Uint8Array>

const old = (o: DiffFormatOptions) => (o.old ? { old: o.old } : {})

/**
 * Checks render options before any work is done: a date must be a real YYYY-MM-DD date.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a `date` that is not a real YYYY-MM-DD date.
 */
export function checkDiffFormatOptions(options: DiffFormatOptions): void {
  if (options.date !== undefined) checkDateOption(options.date, '{ date }')
}

/** Every diff format by name. */
export const DIFF_FORMATS: { readonly [K in DiffFormat]: FormatSpec<ChangeSet, DiffFormatOptions, DiffRendered> } = {
  text: { binary: false, extension: 'txt', mediaType: 'text/plain', render: (cs, o) => renderDiffText(cs, { color: o.color ?? false, ...old(o) }) },
  md: { binary: false, extension: 'md', mediaType: 'text/markdown', render: (cs, o) => renderDiffMarkdown(cs, old(o)) },
  html: { binary: false, extension: 'html', mediaType: 'text/html', render: (cs, o) => renderDiffHtml(cs, old(o)) },
  json: { binary: false, extension: 'json', mediaType: 'application/json', render: (cs) => formatChangeSetJson(cs) },
  docx: {
    binary: true,
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (cs, o) => {
      checkDiffFormatOptions(o)
      // docx is loaded only when a Word redline is made.
      return import('../diff-docx.js').then(({ renderDiffDocx }) => renderDiffDocx(cs, { ...old(o), ...(o.old && o.new ? { sets: { old: o.old, new: o.new } } : {}), ...(o.author !== undefined ? { author: o.author } : {}), ...(o.date !== undefined ? { date: o.date } : {}) }))
    },
  },
}

/**
 * A ChangeSet in the named format: text, Markdown and HTML redlines, the JSON of
 * schemas/changeset.schema.json, or a Word file with tracked changes (bytes).
 *
 * @example
 * ```ts
 * const docx = await formatDiff(diffSets(oldSet, newSet), 'docx', { author: 'Sekretariatet' })
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for an unknown format name or a `date` that is not a real YYYY-MM-DD date.
 */
export async function formatDiff(changeSet: ChangeSet, name: DiffFormat, options: DiffFormatOptions = {}): Promise<string | Uint8Array> {
  return formatSpec(DIFF_FORMATS, name).render(changeSet, options)
}
