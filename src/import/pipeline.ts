/**
 * Text and PDF: lines with pages → documents. Furniture out, footnotes found, lines joined
 * into blocks, the set split into documents, dumped URLs put back as links, each document's
 * blocks turned into an mdast tree.
 */
import type { Root } from 'mdast'
import { extractFootnotes } from './footnotes.js'
import { removeFurniture, type DroppedLine, type DumpedUrl } from './furniture.js'
import type { Layout } from './layout.js'
import { placeLinks, type LinkSpan, type LinkTarget } from './links.js'
import { splitDocuments, type DocumentHead } from './split.js'
import { buildBlocks } from './structure.js'
import type { InferredHeading } from './report.js'
import { toMdast } from './to-mdast.js'

export interface ImportedTree {
  head: DocumentHead
  tree: Root
  dropped: DroppedLine[]
  joinedLines: number
  strayBlankLines: number
  dehyphenated: Array<{ word: string; line: number }>
  headings: InferredHeading[]
  footnotes: number
  links: { placed: number; unplaced: DumpedUrl[] }
  /** Anything else the reader of the report should know about this document. */
  notes: string[]
  /** Source text of the document's lines, furniture excluded: what fidelity is measured against. */
  sourceText: string
}

export function layoutToTrees(layout: Layout): ImportedTree[] {
  const furniture = removeFurniture(layout)
  const { lines } = extractFootnotes(furniture.lines)
  const structure = buildBlocks(lines)
  const docs = splitDocuments(structure.blocks)
  const droppedLines = new Set(furniture.dropped.map((d) => d.line))

  return docs.map((doc, k) => {
    const from = k === 0 ? 1 : doc.firstLine
    const to = k + 1 < docs.length ? docs[k + 1]!.firstLine - 1 : Infinity
    const inRange = (line: number) => line >= from && line <= to
    // Link targets: every block's text (list items one by one), then the page's URLs placed on them.
    const targets: Array<LinkTarget & { block: number; item?: number }> = []
    doc.blocks.forEach((b, i) => {
      if (b.kind === 'paragraph') targets.push({ text: b.text, line: b.line, spans: [], block: i })
      else if (b.kind === 'list') b.items.forEach((item, j) => targets.push({ text: item.text, line: b.line, spans: [], block: i, item: j }))
    })
    const urls = furniture.urls.filter((u) => inRange(u.line))
    const unplaced = placeLinks(urls, targets)
    const spans = new Map<number, LinkSpan[]>()
    let placed = 0
    for (const t of targets) {
      for (const s of t.spans) {
        placed++
        const list = spans.get(t.block) ?? []
        list.push({ ...s, ...(t.item !== undefined ? { item: t.item } : {}) })
        spans.set(t.block, list)
      }
    }
    const omit = new Set<number>(doc.labels.slice(0, 1).map((l) => l.index))
    const tree = toMdast({ blocks: doc.blocks, spans, omit })
    const sourceText = layout.lines
      .filter((l) => inRange(l.line) && !droppedLines.has(l.line))
      .map((l) => l.text)
      .join('\n')
    return {
      head: doc,
      tree,
      dropped: furniture.dropped.filter((d) => inRange(d.line)),
      joinedLines: doc.blocks.reduce((n, b) => n + ('joined' in b ? b.joined : 0), 0),
      strayBlankLines: structure.strayBlanks.filter(inRange).length,
      dehyphenated: structure.dehyphenated.filter((d) => inRange(d.line)),
      headings: doc.blocks.flatMap((b) => (b.kind === 'heading' ? [{ line: b.line, text: b.text, how: b.how, depth: b.depth }] : [])),
      footnotes: doc.blocks.filter((b) => b.kind === 'footnote').length,
      links: { placed, unplaced },
      notes: [],
      sourceText,
    }
  })
}
