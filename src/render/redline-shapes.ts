/**
 * What kind of block each paragraph of a redline was in the documents: a list (and the level of
 * each item), a table, a quote, lettered lines («a) … b) …») or a plain paragraph. A ChangeSet
 * holds plain text only; with the two agreement sets at hand, a renderer looks each paragraph up
 * here by its old or new text and keeps the structure the reader knows.
 */
import type { List, RootContent } from 'mdast'
import type { Hunk } from '../diff/hunks.js'
import type { AgreementSet } from '../model.js'
import { append } from '../arrays.js'
import { positionedText } from '../parse/text.js'

export type BlockShape =
  | { kind: 'paragraph' }
  | { kind: 'quote' }
  | { kind: 'lettered' }
  | { kind: 'table' }
  /** One level per line of the block's text (0 = outermost). */
  | { kind: 'list'; ordered: boolean; levels: number[] }

const PARAGRAPH: BlockShape = { kind: 'paragraph' }
const LETTERED_LINE = /^[a-zæøå]\)\s/u
const QUOTED = /^«[^«»]*»[.]?$/u
/** An empty field of a signature block: «Sted/dato:», «Dato:». */
const FIELD = /^[\p{L}][\p{L}/ .-]{0,38}:$/u

export const TABLE_CELL = ' | '

const key = (documentId: string, text: string) => `${documentId}\u0000${text.replace(/\s+/gu, ' ').trim()}`

/** Text-only shapes: what the words alone tell (no tree needed). */
export function textShape(text: string): BlockShape | null {
  const lines = text.split('\n')
  if (lines.length > 1 && lines.every((l, i) => LETTERED_LINE.test(l) && l.codePointAt(0) === 97 + i)) return { kind: 'lettered' }
  if (QUOTED.test(text.trim())) return { kind: 'quote' }
  return null
}

function listLevels(list: List, level: number, out: number[]): void {
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') listLevels(child, level + 1, out)
      else append(out, positionedText(child).text.split('\n').map(() => level))
    }
  }
}

function nodeShape(node: RootContent): BlockShape {
  switch (node.type) {
    case 'list': {
      const levels: number[] = []
      listLevels(node, 0, levels)
      return { kind: 'list', ordered: node.ordered === true, levels }
    }
    case 'table':
      return { kind: 'table' }
    case 'blockquote':
      return { kind: 'quote' }
    default:
      return PARAGRAPH
  }
}

export class ShapeIndex {
  private readonly shapes = new Map<string, BlockShape>()

  constructor(sets: AgreementSet[]) {
    for (const set of sets) {
      for (const document of set.documents) {
        for (const node of document.tree.children) {
          if (node.type === 'heading' || node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition') continue
          const shape = nodeShape(node)
          if (shape.kind !== 'paragraph') this.shapes.set(key(document.frontMatter.id, positionedText(node).text), shape)
        }
      }
    }
  }

  /** The shape of a redline paragraph of a document, by its new text or else its old text. */
  shape(documentId: string, segments: readonly Hunk[]): BlockShape {
    const newText = segments.filter((s) => s.kind !== 'fjernet').map((s) => s.text).join('')
    const oldText = segments.filter((s) => s.kind !== 'ny').map((s) => s.text).join('')
    return this.shapes.get(key(documentId, newText)) ?? this.shapes.get(key(documentId, oldText)) ?? textShape(newText) ?? textShape(oldText) ?? PARAGRAPH
  }
}

/** Whether a paragraph is an empty signature field («Sted/dato:») in the version the reader has. */
export function isField(segments: readonly Hunk[]): boolean {
  return FIELD.test(segments.filter((s) => s.kind !== 'fjernet').map((s) => s.text).join('').trim())
}

export interface RedlineLine {
  segments: Hunk[]
  /** How the line break after this line changed; null for the last line. */
  breakAfter: Hunk['kind'] | null
}

/** A paragraph's runs cut at `separator` ("\n" for lines, " | " for table cells). */
export function splitSegments(segments: readonly Hunk[], separator: string): RedlineLine[] {
  const out: RedlineLine[] = [{ segments: [], breakAfter: null }]
  for (const s of segments) {
    s.text.split(separator).forEach((part, i) => {
      if (i > 0) {
        out[out.length - 1]!.breakAfter = s.kind
        out.push({ segments: [], breakAfter: null })
      }
      if (part !== '') out[out.length - 1]!.segments.push({ kind: s.kind, text: part })
    })
  }
  return out
}
