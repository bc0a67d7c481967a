/**
 * Plain text → lines with pages. Pages are split at form feeds. A PDF-to-text dump without
 * form feeds still shows where its pages began: the first line of a page is indented by one
 * space after a blank line (the dumps pdftotext and similar tools make); such lines are marked
 * as page starts too — a hint the furniture, footnote and split steps use, never a page count.
 */
import type { Layout, SourceLine } from './layout.js'

export function textLayout(text: string): Layout {
  const lines: SourceLine[] = []
  let page = 1
  let lineNo = 0
  let pageStart = true
  for (const raw of text.split(/\r\n|\r|\n/)) {
    lineNo++
    let rest = raw
    // One or more form feeds: the text after the last one starts a new page.
    const ff = rest.lastIndexOf('\f')
    if (ff >= 0) {
      page += rest.split('\f').length - 1
      rest = rest.slice(ff + 1)
      pageStart = true
    }
    const trimmed = rest.replace(/[\s\u00a0]+$/u, '')
    const hinted = /^ \S/u.test(rest)
    const line: SourceLine = { text: trimmed.replace(/^[\s\u00a0]+/u, ''), page, line: lineNo, pageStart: pageStart || hinted, trailingSpace: trimmed.length < rest.length }
    lines.push(line)
    if (line.text !== '') pageStart = false
  }
  return { lines, pages: page }
}
