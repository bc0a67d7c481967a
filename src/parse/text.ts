/**
 * Plain text of mdast blocks, with a map back to source positions so that anything found in
 * the text (a citation, a reference, a variable) can be reported at its line and column.
 */
import type { Nodes, Parent } from 'mdast'
import type { Point, Range } from '../model.js'

interface Segment {
  /** Offset of the segment in the concatenated text. */
  offset: number
  value: string
  start: Point
}

export interface PositionedText {
  text: string
  segments: Segment[]
}

/** Block-level node types whose children are separated by a line break in plain text. */
const BLOCK_TYPES = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'footnoteDefinition', 'root'])

/** Collects the literal text of a node: text, inline code, breaks as "\n", cells as " | ". */
export function positionedText(node: Nodes): PositionedText {
  const out: PositionedText = { text: '', segments: [] }
  // Iterative walk: a hostile document can nest far deeper than the call stack allows.
  const stack: Array<Nodes | string> = [node]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      out.text += item
      continue
    }
    if (item.type === 'text' || item.type === 'inlineCode') {
      const start = item.position?.start ?? { line: 0, column: 0 }
      // CommonMark reads a line ending inside a code span as a space (mdast keeps the "\n").
      const value = item.type === 'inlineCode' ? item.value.replace(/\r?\n/g, ' ') : item.value
      out.segments.push({ offset: out.text.length, value, start: { line: start.line, column: start.column } })
      out.text += value
    } else if (item.type === 'break') {
      out.text += '\n'
    } else if ('children' in item) {
      const children = (item as Parent).children as Nodes[]
      const separator = item.type === 'tableRow' ? ' | ' : BLOCK_TYPES.has(item.type) ? '\n' : ''
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!)
        if (i > 0 && separator) stack.push(separator)
      }
    }
  }
  return out
}

/** Source position of an offset in a PositionedText (line exact, column exact within a text node). */
export function pointAt(pt: PositionedText, offset: number): Point {
  let seg: Segment | undefined
  for (const s of pt.segments) {
    if (s.offset <= offset) seg = s
    else break
  }
  if (!seg) return pt.segments[0]?.start ?? { line: 0, column: 0 }
  const within = Math.min(offset - seg.offset, seg.value.length)
  const before = seg.value.slice(0, within)
  const newlines = before.split('\n').length - 1
  if (newlines === 0) return { line: seg.start.line, column: seg.start.column + within }
  return { line: seg.start.line + newlines, column: within - before.lastIndexOf('\n') }
}

export function rangeAt(pt: PositionedText, start: number, end: number): Range {
  return { start: pointAt(pt, start), end: pointAt(pt, end) }
}
