/**
 * Back from the model to Markdown. The tree is the source of truth: stringify writes it with
 * the corpus's house style, so parse → stringify → parse gives the same model and a second
 * stringify changes nothing.
 */
import type { AgreementDocument } from './model.js'
import { stringifyMarkdown } from './parse/markdown-stringify.js'

/**
 * A document back to Markdown in the corpus's house style: parse → stringify → parse gives the
 * same model.
 *
 * @example
 * ```ts
 * const markdown = stringify(parseDocument(text, { path: 'a.md' }))
 * ```
 * @throws never for a parsed document.
 */
export function stringify(document: Pick<AgreementDocument, 'tree'>): string {
  return stringifyMarkdown(document.tree)
}
