/**
 * Blocks of one document → an mdast tree, written out by the same remark-stringify setup the
 * rest of avtaleverk uses (so escaping is remark's, not ours). Footnote markers become GFM
 * footnote references with the source's numbers, and placed links become link nodes.
 */
import type { FootnoteDefinition, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import { append } from '../arrays.js'
import { MARKER_END, MARKER_START, type Footnote } from './footnotes.js'
import type { LinkSpan } from './links.js'
import type { Block } from './structure.js'

const MARKER = new RegExp(`${MARKER_START}(\\d+)${MARKER_END}`, 'gu')

/** Text with footnote markers and link spans → phrasing nodes. */
export function inline(text: string, spans: LinkSpan[], labels: Map<number, string>): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let at = 0
  const plain = (s: string) => {
    let last = 0
    for (const m of s.matchAll(MARKER)) {
      if (m.index > last) out.push({ type: 'text', value: s.slice(last, m.index) })
      const label = labels.get(Number(m[1]))
      if (label) out.push({ type: 'footnoteReference', identifier: label, label })
      last = m.index + m[0].length
    }
    if (last < s.length) out.push({ type: 'text', value: s.slice(last) })
  }
  for (const span of sorted) {
    if (span.start < at) continue
    plain(text.slice(at, span.start))
    out.push({ type: 'link', url: span.url, children: [{ type: 'text', value: text.slice(span.start, span.end) }] })
    at = span.end
  }
  plain(text.slice(at))
  return out
}

export interface MdastInput {
  blocks: Block[]
  /** Link spans per block (by index in `blocks`). */
  spans: Map<number, LinkSpan[]>
  /** Remove these blocks from the body (a høring label moved into front matter). */
  omit: Set<number>
}

export function toMdast(input: MdastInput): Root {
  const children: RootContent[] = []
  const labels = new Map<number, string>()
  const usedLabels = new Set<string>()
  const notes: Footnote[] = []
  input.blocks.forEach((b) => {
    if (b.kind !== 'footnote') return
    let label = b.footnote.number
    for (let k = 2; usedLabels.has(label); k++) label = `${b.footnote.number}-${k}`
    usedLabels.add(label)
    labels.set(b.footnote.id, label)
    notes.push(b.footnote)
  })
  const ph = (text: string, i: number) => inline(text, input.spans.get(i) ?? [], labels)

  input.blocks.forEach((b, i) => {
    if (input.omit.has(i)) return
    switch (b.kind) {
      case 'title':
        children.push({ type: 'heading', depth: 1, children: ph(b.text, i) })
        break
      case 'part':
        children.push({ type: 'heading', depth: 2, children: ph(b.text, i) })
        break
      case 'heading':
        children.push({ type: 'heading', depth: b.depth as 1 | 2 | 3 | 4 | 5 | 6, children: ph(b.text, i) })
        break
      case 'label':
      case 'paragraph':
        children.push({ type: 'paragraph', children: ph(b.text, i) })
        break
      case 'lettered': {
        const kids: PhrasingContent[] = []
        b.items.forEach((item, k) => {
          if (k > 0) kids.push({ type: 'break' })
          append(kids, inline(item.replace(/\s+/g, ' ').trim(), [], labels))
        })
        children.push({ type: 'paragraph', children: kids })
        break
      }
      case 'list': {
        const list: List = { type: 'list', ordered: false, spread: false, children: [] }
        const spans = input.spans.get(i) ?? []
        b.items.forEach((item, k) => {
          const node: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(item.text, spans.filter((s) => s.item === k), labels) }] }
          const parent = list.children[list.children.length - 1]
          if (item.level > 0 && parent) {
            let sub = parent.children.find((c): c is List => c.type === 'list')
            if (!sub) parent.children.push((sub = { type: 'list', ordered: false, spread: false, children: [] }))
            sub.children.push(node)
          } else list.children.push(node)
        })
        children.push(list)
        break
      }
      case 'footnote':
        break
    }
  })
  for (const note of notes) {
    const def: FootnoteDefinition = { type: 'footnoteDefinition', identifier: labels.get(note.id)!, label: labels.get(note.id)!, children: [{ type: 'paragraph', children: inline(note.text, [], labels) }] }
    children.push(def)
  }
  return { type: 'root', children }
}
