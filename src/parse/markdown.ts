/**
 * The one unified pipeline for agreement Markdown: CommonMark + the two GFM features the
 * agreements use (tables, footnotes) + YAML front matter. Not all of remark-gfm: its autolink
 * literals, strikethrough and task lists cost more than half the parse time on this corpus and
 * agreements have no use for them. Stringifying (markdown-stringify.ts) uses the same
 * extensions, so a tree survives the round trip; it lives apart so that parse + validate in a
 * browser does not carry mdast-util-to-markdown.
 */
import type { Root } from 'mdast'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'

/** Registers tables and footnotes with remark's parser, as remark-gfm does for all of GFM. */
function tablesAndFootnotes(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown())
}

const parser = unified().use(remarkParse).use(tablesAndFootnotes).use(remarkFrontmatter, ['yaml'])

export function parseMarkdown(source: string): Root {
  return parser.parse(source)
}
