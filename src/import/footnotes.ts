/**
 * Footnotes of a PDF or its text dump: the notes stand at the bottom of a page («1 I henhold
 * til …»), their markers are glued to a word in the text above («pårørende1», «Normen1»). A
 * note is taken only when its marker is found; the marker is then replaced by a sentinel that
 * the Markdown step turns into a GFM footnote reference, and the note's lines leave the text.
 */
import type { KeptLine } from './furniture.js'
import { joinWrapped } from './lines.js'

const NO_WORDS = new Set<string>()

export interface Footnote {
  /** Internal id, unique in the import; the Markdown label is chosen per document. */
  id: number
  /** The number the source gave it. */
  number: string
  text: string
  line: number
  /** The note's marker was in the text at this source line. */
  markerLine: number
}

export interface FootnoteLine extends KeptLine {
  /** Set on the line that holds a footnote's text (the note's lines are joined into it). */
  footnote?: Footnote
}

const NOTE = /^(\d{1,2})[ \t]+(\S.*)$/u
export const MARKER_START = '\uE000'
export const MARKER_END = '\uE001'
/** How far above its notes a marker may stand (lines). */
const MARKER_WINDOW = 150

function markerPattern(n: string): RegExp {
  // A footnote number glued to a word or a closing bracket, then a space, punctuation or the end.
  return new RegExp(`(?<=[\\p{L})\\]»”])${n}(?=[\\s.,;:!?)]|$)`, 'gu')
}

export function extractFootnotes(lines: KeptLine[]): { lines: FootnoteLine[]; footnotes: Footnote[] } {
  const out: FootnoteLine[] = lines.map((l) => ({ ...l }))
  const remove = new Set<number>()
  const footnotes: Footnote[] = []
  let lastPageEnd = -1
  for (let e = 0; e < out.length; e++) {
    if (!out[e]!.pageEnd) continue
    const pageTop = lastPageEnd + 1
    lastPageEnd = e
    // Groups of lines above the page end, separated by blank lines, each starting with a number.
    let notes: Array<{ start: number; end: number; number: number }> = []
    let j = e
    let budget = 14
    while (j >= pageTop && budget > 0) {
      let g = j
      while (g - 1 >= pageTop && out[g - 1]!.text !== '' && budget-- > 0) g--
      // Split the group where a line starts with the next number.
      const inGroup: Array<{ start: number; end: number; number: number }> = []
      for (let k = g; k <= j; k++) {
        const m = NOTE.exec(out[k]!.text)
        const expected = inGroup.length > 0 ? inGroup[inGroup.length - 1]!.number + 1 : null
        if (m && (expected === null || Number(m[1]) === expected)) inGroup.push({ start: k, end: k, number: Number(m[1]) })
        else if (inGroup.length > 0) inGroup[inGroup.length - 1]!.end = k
        else break
      }
      if (inGroup.length === 0 || inGroup[0]!.start !== g) break
      const next = notes[0]
      if (next && inGroup[inGroup.length - 1]!.number !== next.number - 1) break
      inGroup[inGroup.length - 1]!.end = j
      notes = [...inGroup, ...notes]
      j = g - 1
      while (j >= pageTop && out[j]!.text === '') j--
      budget--
    }
    if (notes.length === 0) continue
    // Each note needs its marker above the notes, and the markers must come in order.
    let searchEnd = notes[0]!.start
    const found: Array<{ note: (typeof notes)[number]; line: number; index: number }> = []
    for (let k = notes.length - 1; k >= 0; k--) {
      const note = notes[k]!
      const re = markerPattern(String(note.number))
      let hit: { line: number; index: number } | null = null
      for (let i = searchEnd - 1; i >= Math.max(0, notes[0]!.start - MARKER_WINDOW) && !hit; i--) {
        let last = -1
        for (const m of out[i]!.text.matchAll(re)) last = m.index
        if (last >= 0) hit = { line: i, index: last }
      }
      if (!hit) break
      found.unshift({ note, ...hit })
      searchEnd = hit.line + 1
    }
    // Only the notes whose markers were all found (the last ones, counting from the bottom).
    for (const { note, line, index } of found) {
      let text = out[note.start]!.text.replace(NOTE, '$2')
      for (let k = note.start + 1; k <= note.end; k++) text = joinWrapped(text, out[k]!.text, out[k - 1]!.trailingSpace ?? false, NO_WORDS).text
      const footnote: Footnote = { id: footnotes.length + 1, number: String(note.number), text, line: out[note.start]!.line, markerLine: out[line]!.line }
      footnotes.push(footnote)
      const l = out[line]!
      l.text = `${l.text.slice(0, index)}${MARKER_START}${footnote.id}${MARKER_END}${l.text.slice(index + String(note.number).length)}`
      out[note.start] = { ...out[note.start]!, text: text, footnote }
      for (let k = note.start + 1; k <= note.end; k++) remove.add(k)
    }
  }
  return { lines: out.filter((_, i) => !remove.has(i)), footnotes }
}
