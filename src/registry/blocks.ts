/**
 * Per-kommune text blocks (`{{blokk.ohd-tilbud}}`): Markdown written by a kommune, parsed once
 * and inserted as nodes. Only what a block of body text needs is allowed: paragraphs, lists,
 * quotes, tables, emphasis and web links. Raw HTML becomes literal text; headings (they would
 * renumber the agreement), images, footnotes and reference links are refused.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { AvtaleverkError, type ErrorPlace } from '../errors.js'
import { parseMarkdown } from '../parse/markdown.js'
import { stringifyMarkdown } from '../parse/markdown-stringify.js'
import { positionedText } from '../parse/text.js'
import { markdownToHtml } from '../output/html.js'

export interface PreparedBlock {
  /** The Markdown as the registry gives it. */
  source: string
  nodes: RootContent[]
  /** The nodes written back as Markdown in the corpus's style. */
  markdown: string
  html: string
  /** Plain text, to check that a filled copy reads as the block does. */
  text: string
}

const ALLOWED = new Set([
  'paragraph', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'code',
  'text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'html',
])

const REFUSED: Record<string, string> = {
  heading: 'kan ikke ha overskrifter (de ville bli nye avsnitt i avtalen); bruk **fet tekst** i stedet',
  image: 'kan ikke ha bilder',
  imageReference: 'kan ikke ha bilder',
  definition: 'kan ikke ha referanselenker; skriv lenken som [tekst](https://…)',
  linkReference: 'kan ikke ha referanselenker; skriv lenken som [tekst](https://…)',
  footnoteReference: 'kan ikke ha fotnoter',
  footnoteDefinition: 'kan ikke ha fotnoter',
  yaml: 'kan ikke ha front matter',
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i
const MAX_DEPTH = 16

export function prepareBlock(name: string, source: string, place: ErrorPlace): PreparedBlock {
  const fail = (why: string) => new AvtaleverkError('skjemafeil', `Tekstblokken «${name}» ${why}`, place)
  let root: Root
  try {
    root = parseMarkdown(source)
  } catch (e) {
    if (e instanceof RangeError) throw fail('er nestet for dypt')
    throw e
  }
  const stack: Array<[Nodes, number]> = root.children.map((n) => [n, 1])
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_DEPTH) throw fail('er nestet for dypt')
    if (!ALLOWED.has(node.type)) throw fail(REFUSED[node.type] ?? `kan ikke ha ${node.type}`)
    if (node.type === 'link' && !SAFE_URL.test(node.url)) throw fail(`har en lenke som ikke er en nettadresse eller e-post: «${node.url}» (bruk https://, http:// eller mailto:)`)
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
  const tree = literalHtml(root)
  const nodes = tree.children
  return {
    source,
    nodes,
    markdown: stringifyMarkdown(tree).trimEnd(),
    html: markdownToHtml(tree).trim(),
    text: nodes.map((n) => positionedText(n).text).join('\n'),
  }
}

/** Raw HTML as the text it is: a block's `<script>` is printed, never run. */
function literalHtml<T extends Nodes>(node: T): T {
  if (node.type === 'html') {
    return { type: 'text', value: node.value, position: node.position } as unknown as T
  }
  if ('children' in node) {
    const children = (node.children as Nodes[]).map(literalHtml)
    // Block-level HTML sits directly in a flow container; its text needs a paragraph around it.
    const flow = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem'
    return { ...node, children: flow ? children.map((c, i) => ((node.children as Nodes[])[i]!.type === 'html' ? { type: 'paragraph', children: [c] } : c)) : children }
  }
  return node
}
