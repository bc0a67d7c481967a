/**
 * Lines → blocks: headings, paragraphs, lists, lettered items, footnotes. Wrapped lines are
 * joined (a paragraph is one block), also across the stray blank lines a PDF-to-text dump puts
 * inside paragraphs and at page breaks: a blank is stray when the line before it does not end a
 * sentence and the line after it continues in lower case, or the line before it ran to the full
 * width. One pass over the lines, so time is linear.
 */
import type { Footnote, FootnoteLine } from './footnotes.js'
import { numberedDepth, plausibleNext, type NumberingState } from './headings.js'
import { classify, joinWrapped, PART, STATE_LABEL, wordSet, type Classified } from './lines.js'

export type HeadingHow = 'nummer' | 'kort linje' | 'typografi'

export type Block =
  | { kind: 'title'; text: string; line: number; joined: number }
  | { kind: 'label'; text: string; line: number }
  | { kind: 'part'; text: string; number: number; line: number }
  | { kind: 'heading'; text: string; numbers: number[] | null; depth: number; line: number; how: HeadingHow; joined: number }
  | { kind: 'paragraph'; text: string; line: number; joined: number }
  | { kind: 'lettered'; items: string[]; line: number; joined: number }
  | { kind: 'list'; items: Array<{ text: string; level: number }>; line: number; joined: number }
  | { kind: 'footnote'; footnote: Footnote; line: number }

export interface StructureResult {
  blocks: Block[]
  /** Lines joined to the line before them (wrapped lines, wrapped headings). */
  joins: number
  /** Words whose line-end hyphen was removed. */
  dehyphenated: Array<{ word: string; line: number }>
  /** Source lines that continued a paragraph across a stray blank line or a page break. */
  strayBlanks: number[]
}

const ENDS_SENTENCE = /[.!?:;]["»”)]?$/u
const STARTS_LOWER = /^[\p{Ll}(]/u
const STARTS_LOWER_LETTER = /^\p{Ll}/u
/** A heading line that ends like this was cut by the line width, not by the author. */
const ENDS_UNFINISHED = /(?:[,\-–]|(?<![\p{L}])(?:og|eller|med|for|av|samt|i|til|om|mellom|den|det|de|på|ved|fra|under|etter|å|at|som))$/u
/** A lead-in to a list ends in a verb or «følgende:»; a heading does not. */
const LEAD_IN = /(?<![\p{L}])(?:følgende|omfatter|inneholde|inneholder|skal|kan|må|bør|vil|er|være|blant annet)[ \t]?:?$/u
/** «Tillegg: Definisjoner», «Vedlegg 2: …»: an appendix heading, at the top level. */
const APPENDIX = /^(?:Tillegg|Vedlegg|Bilag)(?:[ \t]\d{1,2})?:[ \t]\S.{0,60}$/u

/** The full width of a text line: most lines of a wrapped paragraph are about this long. */
function lineWidth(lines: FootnoteLine[]): number {
  const lengths = lines.filter((l) => l.text.length >= 30).map((l) => l.text.length)
  if (lengths.length === 0) return 100
  lengths.sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.9)]!
}

export function buildBlocks(input: FootnoteLine[]): StructureResult {
  // Runs of spaces inside a line are one space: «2.1  Oppgave-» is «2.1 Oppgave-».
  const lines = input.map((l) => ({ ...l, text: l.text.replace(/[ \t\u00a0]{2,}/gu, ' ') }))
  const width = lineWidth(lines)
  const typography = lines.some((l) => l.size !== undefined)
  const known = wordSet(lines.map((l) => l.text))
  const blocks: Block[] = []
  const result: StructureResult = { blocks, joins: 0, dehyphenated: [], strayBlanks: [] }
  const numbering: NumberingState = { last: null, part: null }
  let depthOfLastHeading = 1

  // The block being filled, and the last source line added to it.
  let open: Block | null = null
  let lastLine: FootnoteLine | null = null
  let blankSince = false

  const classes: Classified[] = lines.map((l) => classify(l.text, l.pageStart || l.prominent === true))
  const next = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text !== '') return j
    return -1
  }

  const close = () => {
    const o = open as Block | null
    // A numbered line alone is a paragraph that starts with a number, not a list.
    if (o && o.kind === 'list' && o.items.length === 1 && /^\d/.test(o.items[0]!.text)) blocks.push({ kind: 'paragraph', text: o.items[0]!.text, line: o.line, joined: o.joined })
    else if (o) blocks.push(o)
    open = null
  }
  const append = (text: string, line: FootnoteLine) => {
    const target = open!
    const join = (before: string) => {
      const j = joinWrapped(before, text, lastLine?.trailingSpace ?? false, known)
      if (j.dehyphenated) result.dehyphenated.push({ word: j.text.slice(0, 40), line: line.line })
      return j.text
    }
    result.joins++
    if (target.kind === 'list') {
      const item = target.items[target.items.length - 1]!
      item.text = join(item.text)
    } else if (target.kind === 'lettered') {
      target.items[target.items.length - 1] = join(target.items[target.items.length - 1]!)
    } else if (target.kind === 'paragraph' || target.kind === 'heading' || target.kind === 'title') {
      target.text = join(target.text)
      target.joined++
    }
    if (target.kind === 'list' || target.kind === 'lettered') target.joined++
    lastLine = line
  }

  /** May the text line at i continue the open block across `blankSince`? */
  const continues = (i: number, blank: boolean): boolean => {
    const o = open as Block | null
    if (!o || !lastLine) return false
    if (o.kind === 'footnote' || o.kind === 'label' || o.kind === 'part') return false
    const text = lines[i]!.text
    const before = lastLine.text
    if (o.kind === 'heading' || o.kind === 'title') {
      // A wrapped heading continues in lower case; a title in capitals continues in capitals.
      if (o.kind === 'title' && /[:]$/.test(o.text) && o.joined === 0) return true
      if (o.kind === 'title' && o.text === o.text.toUpperCase() && text === text.toUpperCase() && /\p{Lu}/u.test(text)) return true
      if (o.kind === 'title' && !blank && ENDS_UNFINISHED.test(before)) return true
      // A title set in a large face wraps onto lines in the same face.
      if (o.kind === 'title' && lines[i]!.prominent && lastLine.prominent && lines[i]!.size === lastLine.size && lastLine.size !== undefined) return true
      const wrapped = before.length >= width * 0.55 || ENDS_UNFINISHED.test(before)
      return wrapped && STARTS_LOWER_LETTER.test(text) && o.text.length + text.length < 220
    }
    if (!blank) return true
    if (ENDS_SENTENCE.test(before)) return false
    return STARTS_LOWER.test(text) || before.length >= width * 0.8
  }

  /**
   * An unnumbered heading in plain text: a short line that does not end a sentence, after a
   * blank line, a heading or a finished sentence, with its text right below it (or, for a very
   * short line, a list after a blank). In a PDF a short line in a larger face is a heading by typography.
   */
  const isShortHeading = (i: number, after: boolean): boolean => {
    const l = lines[i]!
    const text = l.text
    if (!after || text.length > 70 || /[.,;]$/.test(text) || !/^\p{Lu}/u.test(text) || /https?:|www\./.test(text) || ENDS_UNFINISHED.test(text) || LEAD_IN.test(text)) return false
    if (l.prominent || APPENDIX.test(text)) return true
    // With typography (a PDF), a heading is set in a heading face; a short line in body type is text.
    if (typography || text.length > width * 0.6) return false
    const j = next(i)
    if (j < 0) return false
    const below = classes[j]!
    const belowText = lines[j]!.text
    if (below.kind === 'lettered' || STARTS_LOWER.test(belowText)) return false
    if (j === i + 1) {
      // Two short lines without a sentence end are an address or a signature, not a heading.
      if (below.kind === 'text' && !text.endsWith(':') && belowText.length < width * 0.6 && !ENDS_SENTENCE.test(belowText)) return false
      return below.kind === 'text' || below.kind === 'bullet'
    }
    return below.kind === 'bullet' && text.length <= 60 && text.split(' ').length <= 7
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.text === '') {
      blankSince = true
      continue
    }
    const c = classes[i]!
    const wasBlank = blankSince || line.pageStart
    blankSince = false

    if (line.footnote) {
      close()
      blocks.push({ kind: 'footnote', footnote: line.footnote, line: line.line })
      lastLine = line
      continue
    }
    if (c.kind === 'label' && STATE_LABEL.test(line.text)) {
      close()
      blocks.push({ kind: 'label', text: line.text, line: line.line })
      lastLine = line
      continue
    }
    if (c.kind === 'title') {
      close()
      open = { kind: 'title', text: line.text, line: line.line, joined: 0 }
      numbering.last = null
      numbering.part = null
      depthOfLastHeading = 1
      lastLine = line
      continue
    }
    if (c.kind === 'part') {
      close()
      const m = PART.exec(line.text)!
      blocks.push({ kind: 'part', text: line.text, number: Number(m[1]), line: line.line })
      numbering.last = null
      numbering.part = Number(m[1])
      depthOfLastHeading = 2
      lastLine = line
      continue
    }
    if (c.kind === 'numbered' && plausibleNext(numbering, c.numbers!) && !/[.,;]$/.test(c.title!) && c.title!.length <= 200) {
      close()
      numbering.last = c.numbers!
      depthOfLastHeading = numberedDepth(c.numbers!, numbering.part)
      open = { kind: 'heading', text: line.text, numbers: c.numbers!, depth: depthOfLastHeading, line: line.line, how: 'nummer', joined: 0 }
      lastLine = line
      continue
    }
    const inNumberedList = (() => {
      const o = open as Block | null
      return o !== null && o.kind === 'list' && o.items.length > 0 && /^\d/.test(o.items[o.items.length - 1]!.text)
    })()
    if (c.kind === 'numbered' && (wasBlank || inNumberedList)) {
      // A numbered line that cannot be a heading here: an item of a numbered list in the text.
      const o = open as Block | null
      if (o && inNumberedList && o.kind === 'list') o.items.push({ text: line.text, level: 0 })
      else {
        close()
        open = { kind: 'list', items: [{ text: line.text, level: 0 }], line: line.line, joined: 0 }
      }
      lastLine = line
      continue
    }
    if (c.kind === 'bullet') {
      const o = open as Block | null
      if (!(o && o.kind === 'list')) {
        close()
          open = { kind: 'list', items: [], line: line.line, joined: 0 }
      }
      ;(open as Extract<Block, { kind: 'list' }>).items.push({ text: c.rest!, level: c.level! })
      lastLine = line
      continue
    }
    if (c.kind === 'lettered') {
      const o = open as Block | null
      if (!(o && o.kind === 'lettered')) {
        close()
          open = { kind: 'lettered', items: [], line: line.line, joined: 0 }
      }
      ;(open as Extract<Block, { kind: 'lettered' }>).items.push(line.text)
      lastLine = line
      continue
    }
    // Plain text (or a numbered line inside a paragraph).
    const o = open as Block | null
    const mayHead = wasBlank || !o || o.kind === 'heading' || o.kind === 'title' || (lastLine !== null && ENDS_SENTENCE.test(lastLine.text))
    // A wrapped title or heading continues before anything else; then a new heading; then a paragraph.
    const wrapsTitle = o !== null && (o.kind === 'title' || o.kind === 'heading') && continues(i, wasBlank)
    const heading = !wrapsTitle && c.kind === 'text' && isShortHeading(i, mayHead)
    if (o && !heading && (wrapsTitle || continues(i, wasBlank))) {
      if (wasBlank && o.kind !== 'heading' && o.kind !== 'title') result.strayBlanks.push(line.line)
      append(line.text, line)
      continue
    }
    close()
    if (heading) {
      const appendix = APPENDIX.test(line.text)
      const depth = appendix ? 2 : Math.min(6, depthOfLastHeading + 1)
      open = { kind: 'heading', text: line.text, numbers: null, depth, line: line.line, how: line.prominent ? 'typografi' : 'kort linje', joined: 0 }
      if (appendix) depthOfLastHeading = 2
      lastLine = line
      continue
    }
    open = { kind: 'paragraph', text: line.text, line: line.line, joined: 0 }
    lastLine = line
  }
  close()
  return result
}
