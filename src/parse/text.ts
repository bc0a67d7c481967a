/**
 * Plain text of mdast blocks, with a map back to source positions so that anything found in
 * the text (a citation, a reference, a variable) can be reported at its line and column.
 */
import type { Nodes, Parent } from 'mdast'
import type { Point, Range } from '../model.js'
import type { WorkCounter } from './work.js'

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

/**
 * Where the line breaks of a text lie, built once per PositionedText so that each position costs
 * two binary searches, not a scan of the text before it (issue #10).
 */
interface LineIndex {
  /** Offsets of every "\n" in `text`, ascending. */
  newlines: number[]
  /** Offsets of the segments, ascending (segments are appended in text order). */
  segmentOffsets: number[]
}

const indexes = new WeakMap<PositionedText, LineIndex>()

function lineIndex(pt: PositionedText, work?: WorkCounter): LineIndex {
  let index = indexes.get(pt)
  if (!index) {
    const newlines: number[] = []
    for (let i = pt.text.indexOf('\n'); i >= 0; i = pt.text.indexOf('\n', i + 1)) newlines.push(i)
    work?.add(pt.text.length + pt.segments.length)
    index = { newlines, segmentOffsets: pt.segments.map((s) => s.offset) }
    indexes.set(pt, index)
  }
  return index
}

/** The number of elements of an ascending array that are <= value. */
function countAtMost(sorted: number[], value: number, work?: WorkCounter): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
    work?.add(1)
  }
  return lo
}

/** Source position of an offset in a PositionedText (line exact, column exact within a text node). */
export function pointAt(pt: PositionedText, offset: number, work?: WorkCounter): Point {
  const index = lineIndex(pt, work)
  const segmentNo = countAtMost(index.segmentOffsets, offset, work) - 1
  const seg = pt.segments[segmentNo]
  if (!seg) return pt.segments[0]?.start ?? { line: 0, column: 0 }
  const at = seg.offset + Math.min(offset - seg.offset, seg.value.length)
  // Line breaks inside the segment before `at`: those in [seg.offset, at).
  const before = countAtMost(index.newlines, at - 1, work)
  const newlines = before - countAtMost(index.newlines, seg.offset - 1, work)
  if (newlines === 0) return { line: seg.start.line, column: seg.start.column + (at - seg.offset) }
  return { line: seg.start.line + newlines, column: at - index.newlines[before - 1]! }
}

export function rangeAt(pt: PositionedText, start: number, end: number, work?: WorkCounter): Range {
  return { start: pointAt(pt, start, work), end: pointAt(pt, end, work) }
}
