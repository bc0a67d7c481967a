/**
 * The line of every key and list item of a YAML (or JSON) text, by JSON pointer, so that a
 * schema error at `/rules/terminology/options/glossary/2/term` is reported at that key's line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

export type PointerLines = Map<string, number>

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

export function pointerLines(text: string, firstLine = 1): PointerLines {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const lines: PointerLines = new Map()
  const at = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const walk = (node: unknown, pointer: string) => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isScalar(item.key) || !item.key.range) continue
        const child = `${pointer}/${escape(String(item.key.value))}`
        lines.set(child, at(item.key.range[0]))
        walk(item.value, child)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`
        const range = (item as Node | null)?.range
        if (range) lines.set(child, at(range[0]))
        walk(item, child)
      })
    }
  }
  if (doc.contents) {
    if (doc.contents.range) lines.set('', at(doc.contents.range[0]))
    walk(doc.contents, '')
  }
  return lines
}

/** The line of the pointer, or of its nearest ancestor that has one. */
export function lineOfPointer(lines: PointerLines, pointer: string, fallback = 1): number {
  let p = pointer
  for (;;) {
    const line = lines.get(p)
    if (line !== undefined) return line
    if (p === '') return fallback
    p = p.slice(0, p.lastIndexOf('/'))
  }
}
