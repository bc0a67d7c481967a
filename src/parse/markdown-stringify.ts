/**
 * Model tree → agreement Markdown, with the same tables, footnotes and front matter that
 * markdown.ts parses, in the bundled corpus's house style.
 */
import type { Root } from 'mdast'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import { type Processor, unified } from 'unified'

/** Registers tables and footnotes with remark's stringifier, as remark-gfm does for all of GFM. */
function tablesAndFootnotes(this: Processor) {
  const data = this.data()
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false }), gfmFootnoteToMarkdown())
}

/** House style of the bundled corpus: `-` bullets, `*` emphasis, one space after list markers. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  incrementListMarker: true,
}

const stringifier = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(tablesAndFootnotes).use(remarkFrontmatter, ['yaml'])

export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree)
}
