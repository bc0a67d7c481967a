/**
 * A ChangeSet for the terminal: a summary table first, then each changed section with the
 * changed paragraphs as a word diff. With colour, removed words are red and added words green
 * (like `git diff --color-words`); without, they are marked `[-…-]` and `{+…+}` (like
 * `git diff --word-diff`), so the output survives a pipe, a log file or an e-mail.
 */
import type { ChangeSet, DocumentChange } from '../diff/changeset.js'
import { changeSetWithText } from '../diff/with-text.js'
import type { AgreementSet } from '../model.js'
import { type Hunk, isChanged } from '../diff/hunks.js'
import {
  changedDocuments,
  changedSections,
  describeSection,
  DOCUMENT_STATUS_TEXT,
  documentTitle,
  fallbackNote,
  paragraphChanged,
  redlineParagraphs,
  sectionHeading,
  summaryLine,
} from './diff-common.js'
import { append, maxOf } from '../arrays.js'
import { terminalText } from '../output/terminal.js'

export interface DiffTextOptions {
  /** ANSI colours instead of [-…-]/{+…+} markers. */
  color?: boolean
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
}

/** Unchanged text kept on each side of a change, in characters (cut at a word boundary). */
const CONTEXT = 60

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', bold: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m' }

/**
 * The ChangeSet as a terminal redline.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a ChangeSet without its text when the old set is neither given nor known (see changeSetWithText).
 */
export function renderDiffText(changes: ChangeSet, options: DiffTextOptions = {}): string {
  const cs = changeSetWithText(changes, options.old)
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text)
  const lines: string[] = [paint(ANSI.bold, terminalText(`Endringer fra ${cs.old.label} til ${cs.new.label}`)), '', ...summaryTable(cs), '', summaryLine(cs)]
  const note = fallbackNote(cs)
  if (note) lines.push(note)
  for (const d of changedDocuments(cs)) {
    lines.push('', paint(ANSI.bold, terminalText(`${d.id} — ${documentTitle(d)} (${DOCUMENT_STATUS_TEXT[d.status]})`)))
    if (d.titleHunks) lines.push(`  Tittel: ${redline(d.titleHunks, options.color ?? false)}`)
    if (isChanged(d.preamble.hunks)) append(lines, ['  Innledning:', ...paragraphs(d.preamble.hunks, options.color ?? false)])
    for (const s of changedSections(d)) {
      const title = s.titleHunks ? `${terminalText(s.new?.numberText ?? '')} ${redline(s.titleHunks, options.color ?? false)}`.trim() : terminalText(sectionHeading(s))
      lines.push(`  ${paint(ANSI.bold, title)}  (${terminalText(describeSection(s))})`)
      append(lines, paragraphs(s.hunks, options.color ?? false))
    }
  }
  return `${lines.join('\n')}\n`
}

function summaryTable(cs: ChangeSet): string[] {
  const rows = [['Dokument', 'Status', 'Punkter endret', 'Ord +', 'Ord −'], ...cs.documents.map(documentRow)]
  const widths = rows[0]!.map((_, i) => maxOf(rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd())
}

function documentRow(d: DocumentChange): string[] {
  return [terminalText(d.id), DOCUMENT_STATUS_TEXT[d.status], String(changedSections(d).length), String(d.wordsAdded), String(d.wordsRemoved)]
}

/** The changed paragraphs of a text, indented, unchanged stretches shortened to their ends. */
function paragraphs(hunks: readonly Hunk[], color: boolean): string[] {
  return redlineParagraphs(hunks)
    .filter(paragraphChanged)
    .map((p) => {
      const shown = p.segments.map((seg, i) => (seg.kind === 'lik' ? { ...seg, text: shorten(seg.text, i > 0, i < p.segments.length - 1) } : seg))
      return `    ${redline(shown, color).replace(/\n/gu, '\n    ')}`
    })
}

function redline(hunks: readonly Hunk[], color: boolean): string {
  return hunks
    .map((h) => {
      const text = terminalText(h.text, { newlines: true })
      if (h.kind === 'lik') return text
      if (color) return `${h.kind === 'ny' ? ANSI.green : ANSI.red}${text}${ANSI.reset}`
      return h.kind === 'ny' ? `{+${text}+}` : `[-${text}-]`
    })
    .join('')
}

/**
 * Keeps CONTEXT characters of unchanged text next to each change (`changeBefore`/`changeAfter`
 * say on which sides there is one). Unchanged lines of a list between two changes become "…".
 */
function shorten(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const lines = text.split('\n')
  if (lines.length > 1) {
    const middle = lines.slice(1, -1)
    const tail = changeAfter ? [shortenLine(lines[lines.length - 1]!, false, true)] : []
    // Skipped lines before the first change show as "…", unless the shortened line says so already.
    const head = changeBefore ? [shortenLine(lines[0]!, true, false)] : tail[0]?.startsWith('…') ? [] : ['…']
    const between = changeBefore && changeAfter ? (middle.length === 1 ? middle : middle.length > 1 ? ['…'] : []) : []
    return [...head, ...between, ...tail].join('\n')
  }
  return shortenLine(text, changeBefore, changeAfter)
}

function shortenLine(text: string, changeBefore: boolean, changeAfter: boolean): string {
  if (text.length <= 2 * CONTEXT + 5) return text
  const head = changeBefore ? text.slice(0, text.lastIndexOf(' ', CONTEXT) + 1 || CONTEXT) : ''
  const tailStart = text.indexOf(' ', text.length - CONTEXT)
  const tail = changeAfter ? text.slice(tailStart === -1 ? text.length - CONTEXT : tailStart) : ''
  return `${head}…${tail}`
}
