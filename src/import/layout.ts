/**
 * The line model every importer path shares. A PDF page and a plain-text dump both become
 * pages of lines; a line keeps where it came from (page and source line) and, from a PDF, its
 * typography (font size, prominence) and position, which heading inference uses.
 */
export interface SourceLine {
  /** The line's text, trailing whitespace removed ('' for a blank line). */
  text: string
  /** 1-based page number. */
  page: number
  /** 1-based line in the source text; for a PDF, the line's number on its page. */
  line: number
  /** First line of a page (a form feed, or the start of a PDF page). */
  pageStart: boolean
  /** The raw line ended in whitespace (a dump keeps the space after «helse-» in «helse- og»). */
  trailingSpace?: boolean
  /** Font size in points (PDF only). */
  size?: number
  /** The line is set in a heading face: larger than the body text (PDF only). */
  prominent?: boolean
  /** Distance of the line's baseline from the page's top, in points (PDF only). */
  y?: number
  /** Left edge in points from the page's text margin (PDF only). */
  x?: number
}

export interface Layout {
  lines: SourceLine[]
  pages: number
  /** The body text's font size, when known (PDF): the most common size by characters. */
  bodySize?: number
}
