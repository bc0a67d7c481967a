/**
 * The one unified pipeline for agreement Markdown: CommonMark + the two GFM features the
 * agreements use (tables, footnotes) + YAML front matter. Not all of remark-gfm: its autolink
 * literals, strikethrough and task lists cost more than half the parse time on this corpus and
 * agreements have no use for them. Parse and stringify use the same extensions, so a tree
 * survives the round trip.
 */
import type { Root } from 'mdast'
import { gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import { type Processor, unified } from 'unified'

/** Registers tables and footnotes with remark, as remark-gfm does for all of GFM. */
function tablesAndFootnotes(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false }), gfmFootnoteToMarkdown())
}

const parser = unified().use(remarkParse).use(tablesAndFootnotes).use(remarkFrontmatter, ['yaml'])

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

export function parseMarkdown(source: string): Root {
  return parser.parse(source)
}

export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree)
}
