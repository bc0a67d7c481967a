/**
 * The one unified pipeline for agreement Markdown: CommonMark + GFM (tables, footnotes) +
 * YAML front matter. Parse and stringify use the same extensions, so a tree survives the
 * round trip.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify'
import { unified } from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

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

const stringifier = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkGfm, { tablePipeAlign: false }).use(remarkFrontmatter, ['yaml'])

export function parseMarkdown(source: string): Root {
  return parser.parse(source)
}

export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree)
}
