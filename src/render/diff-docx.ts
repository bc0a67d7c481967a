/**
 * A ChangeSet as a Word document with real tracked changes: the whole new version, every
 * document and section, with each removed word in a w:del and each added word in a w:ins,
 * carrying the author and date given as input. A reader steps through the changes in Word
 * (Se gjennom → Neste) and accepts or rejects each; accepting all gives the new text, rejecting
 * all the old. Paragraph marks are tracked too, so a removed paragraph disappears on accept.
 *
 * Packed with packDocx, so the same ChangeSet and options give the same bytes.
 */
import { DeletedTextRun, Document, HeadingLevel, type IParagraphOptions, InsertedTextRun, Paragraph, type ParagraphChild, type Table, TextRun } from 'docx'
import { type ChangeSet, type DocumentChange, isMergedAway, type SectionChange } from '../diff/changeset.js'
import type { Hunk, HunkKind } from '../diff/hunks.js'
import { changeSetWithText } from '../diff/with-text.js'
import type { AgreementSet } from '../model.js'
import { formatDate, readableVariables } from '../template/variables.js'
import { changedSections, DOCUMENT_STATUS_TEXT, documentTitle, type RedlineParagraph, redlineParagraphs, summaryLine, versionsOf } from './diff-common.js'
import { packDocx } from '../output/docx-pack.js'
import { append } from '../arrays.js'
import { contentWidths, houseNumbering, houseSection, houseStyles, houseTable, LIST_REFERENCE, signatureTable, textRows } from '../output/docx-style.js'
import { type BlockShape, isField, ShapeIndex, splitSegments, TABLE_CELL } from './redline-shapes.js'

export interface DiffDocxOptions {
  /** Author of the tracked changes; default "avtaleverk". */
  author?: string
  /** Date of the tracked changes, YYYY-MM-DD; default the latest front matter date of the new version. */
  date?: string
  /**
   * The two versions compared. With them, lists, tables and quotes keep the shape they have in
   * the documents; without them, lettered lines, quotes and signature blocks are still
   * recognised from the text and everything else is a plain paragraph.
   */
  sets?: { old: AgreementSet; new: AgreementSet }
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]
/** Hanging indent of lettered lines, whose letters are text (a change to a letter is tracked). */
const LETTERED = { left: 425, hanging: 425 }

type ParagraphExtras = Omit<IParagraphOptions, 'children' | 'run' | 'heading'>

/** Numbers every w:ins and w:del (ids must be unique in the document) and stamps them. */
class Revisions {
  private next = 1
  /** Numbering instances: each list of the redline starts at 1. */
  lists = 0
  constructor(
    readonly author: string,
    readonly date: string,
    readonly shapes: ShapeIndex,
  ) {}

  mark() {
    return { id: this.next++, author: this.author, date: this.date }
  }

  /** Runs for one stretch of text; "\n" becomes a line break, a variable its label. */
  runs(kind: HunkKind, text: string): ParagraphChild[] {
    return readableVariables(text)
      .split('\n')
      .map((piece, i) => {
        const options = { text: piece, ...(i > 0 ? { break: 1 } : {}) }
        if (kind === 'ny') return new InsertedTextRun({ ...options, ...this.mark() })
        if (kind === 'fjernet') return new DeletedTextRun({ ...options, ...this.mark() })
        return new TextRun(options)
      })
  }

  /** A paragraph whose own mark (its end) is inserted or deleted when `mark` says so. */
  paragraph(children: ParagraphChild[], mark: HunkKind | null, heading?: (typeof HEADINGS)[number], extras: ParagraphExtras = {}): Paragraph {
    const run = mark === 'ny' ? { insertion: this.mark() } : mark === 'fjernet' ? { deletion: this.mark() } : undefined
    return new Paragraph({ ...extras, children, ...(heading ? { heading } : {}), ...(run ? { run } : {}) })
  }
}

/** «Endringer fra versjon 2023-forslag til versjon 2024-utkast»: from the documents, never from folder names. */
export function redlineTitle(cs: ChangeSet): string {
  const from = versionsOf(cs, 'old')
  const to = versionsOf(cs, 'new')
  return from && to ? `Endringer fra versjon ${from} til versjon ${to}` : 'Endringer i avtaleverket'
}

/**
 * The ChangeSet as a Word file with tracked changes (bytes of a .docx).
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a ChangeSet without its text when the old set is neither given nor known (see changeSetWithText).
 */
export async function renderDiffDocx(changes: ChangeSet, options: DiffDocxOptions = {}): Promise<Uint8Array> {
  const cs = changeSetWithText(changes, options.old ?? options.sets?.old)
  const date = options.date ?? latestDate(cs)
  const shapes = new ShapeIndex(options.sets ? [options.sets.old, options.sets.new] : [])
  const rev = new Revisions(options.author ?? 'avtaleverk', `${date}T00:00:00Z`, shapes)
  const title = redlineTitle(cs)
  const children: Array<Paragraph | Table> = [
    new Paragraph({ style: 'Title', children: [new TextRun(title)] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(summaryLine(cs))] }),
    new Paragraph({ children: [new TextRun('Hver endring er en sporet endring i Word (Se gjennom → Neste): godta alle gir den nye teksten, avvis alle den gamle.')] }),
    summaryTable(cs),
  ]
  for (const d of cs.documents) append(children, documentParagraphs(d, rev))
  const document = new Document({
    creator: rev.author,
    title,
    styles: houseStyles(),
    numbering: houseNumbering(),
    sections: [{ ...houseSection({ headerLeft: [new TextRun({ text: title, bold: true })], headerRight: `Sporede endringer · ${formatDate(date, 'lang')}`, footerLeft: title, mark: null }), children }],
  })
  return packDocx(document, { date })
}

function latestDate(cs: ChangeSet): string {
  const dates = cs.documents.flatMap((d) => (d.new ? [d.new.date] : [])).sort()
  return dates[dates.length - 1] ?? '2000-01-01'
}

function summaryTable(cs: ChangeSet): Table {
  const rows = [
    ['Dokument', 'Status', 'Punkter endret', 'Ord +', 'Ord −'],
    ...cs.documents.map((d) => [readableVariables(documentTitle(d)), DOCUMENT_STATUS_TEXT[d.status], String(changedSections(d).length), String(d.wordsAdded), String(d.wordsRemoved)]),
  ]
  return houseTable(textRows(rows), contentWidths(rows), { numeric: [false, false, true, true, true] })
}

/** Every paragraph of one document, on a new page; a new or removed document is inserted or deleted as a whole. */
function documentParagraphs(d: DocumentChange<Hunk>, rev: Revisions): Array<Paragraph | Table> {
  const whole: HunkKind = d.status === 'ny' ? 'ny' : d.status === 'fjernet' ? 'fjernet' : 'lik'
  const title = d.titleHunks ?? [{ kind: whole, text: documentTitle(d) }]
  const out: Array<Paragraph | Table> = [rev.paragraph(hunkRuns(title, rev), whole === 'lik' ? null : whole, HeadingLevel.HEADING_1, { pageBreakBefore: true })]
  append(out, textParagraphs(d.id, d.preamble.hunks, rev))
  for (const s of d.sections) {
    out.push(heading(s, rev))
    append(out, textParagraphs(d.id, s.hunks, rev))
  }
  return out
}
/** A section heading: number and title, with their changes tracked. */
function heading(s: SectionChange, rev: Revisions): Paragraph {
  const level = HEADINGS[Math.min(Math.max(s.new?.depth ?? s.old?.depth ?? 2, 2), 6) - 1]!
  const gone = s.status === 'fjernet' || isMergedAway(s)
  const added = s.status === 'ny' || (s.status === 'delt' && s.linked.length === 0)
  if (gone || added) {
    const kind: HunkKind = gone ? 'fjernet' : 'ny'
    return rev.paragraph(rev.runs(kind, (gone ? s.old : s.new)!.heading), kind, level)
  }
  const { heading: text, title, numberText } = s.new!
  const oldNumber = s.old?.numberText ?? ''
  const newNumber = numberText ?? ''
  if (oldNumber === newNumber && !s.titleHunks) return rev.paragraph(rev.runs('lik', text), null, level)
  // What stands between number and title as written ("Del 2 – Omforente …", "5. Brukermedvirkning").
  const gap = text.startsWith(newNumber) && text.endsWith(title) ? text.slice(newNumber.length, text.length - title.length) : ' '
  const number: Hunk[] = oldNumber === newNumber ? [{ kind: 'lik', text: newNumber }] : [{ kind: 'fjernet', text: oldNumber }, { kind: 'ny', text: newNumber }]
  const hunks: Hunk[] = [...number, { kind: 'lik', text: newNumber === '' && oldNumber === '' ? '' : gap }, ...(s.titleHunks ?? [{ kind: 'lik', text: title }])]
  return rev.paragraph(hunkRuns(hunks.filter((h) => h.text !== ''), rev), null, level)
}

function hunkRuns(hunks: readonly Hunk[], rev: Revisions): ParagraphChild[] {
  return hunks.flatMap((h) => rev.runs(h.kind, h.text))
}

/** How a paragraph's own mark changed: a paragraph entirely added or removed takes its mark with it. */
function paragraphMark(p: RedlineParagraph): HunkKind | null {
  const kinds = new Set(p.segments.map((s) => s.kind))
  const only = kinds.size === 1 ? [...kinds][0]! : null
  return p.breakAfter === 'ny' || p.breakAfter === 'fjernet' ? p.breakAfter : p.breakAfter === null && only !== 'lik' ? only : null
}

/** Body paragraphs in the shape they have in the documents; N empty fields then N signatories become a signature table. */
function textParagraphs(documentId: string, hunks: readonly Hunk[], rev: Revisions): Array<Paragraph | Table> {
  const paragraphs = redlineParagraphs(hunks)
  const out: Array<Paragraph | Table> = []
  for (let i = 0; i < paragraphs.length; ) {
    let n = 0
    while (i + n < paragraphs.length && isField(paragraphs[i + n]!.segments)) n++
    const signers = paragraphs.slice(i + n, i + 2 * n)
    if (n >= 2 && signers.length === n && signers.every((p) => !isField(p.segments))) {
      out.push(signatureTable(paragraphs.slice(i, i + n).map((field, k) => ({ field: hunkRuns(field.segments, rev), signer: hunkRuns(signers[k]!.segments, rev) }))))
      i += 2 * n
      continue
    }
    const p = paragraphs[i]!
    append(out, shaped(p, rev.shapes.shape(documentId, p.segments), rev))
    i++
  }
  return out
}

function shaped(p: RedlineParagraph, shape: BlockShape, rev: Revisions): Array<Paragraph | Table> {
  const mark = paragraphMark(p)
  if (shape.kind === 'paragraph') return [rev.paragraph(hunkRuns(p.segments, rev), mark)]
  if (shape.kind === 'quote') return [rev.paragraph(hunkRuns(p.segments, rev), mark, undefined, { style: 'Quote' })]
  if (shape.kind === 'table') {
    const rows = splitSegments(p.segments, '\n').map((row) => splitSegments(row.segments, TABLE_CELL).map((cell) => cell.segments))
    const text = rows.map((cells) => cells.map((cell) => cell.filter((h) => h.kind !== 'fjernet').map((h) => h.text).join('')))
    return [houseTable(rows.map((cells) => cells.map((cell) => hunkRuns(cell, rev))), contentWidths(text))]
  }
  // Lists and lettered lines: one paragraph per line; the line breaks' changes become paragraph marks.
  const lines = splitSegments(p.segments, '\n')
  const instance = ++rev.lists
  return lines.map((line, i) => {
    const lineMark = i === lines.length - 1 ? mark : line.breakAfter === 'ny' || line.breakAfter === 'fjernet' ? line.breakAfter : null
    const extras: ParagraphExtras =
      shape.kind === 'lettered'
        ? { style: 'ListParagraph', indent: LETTERED }
        : { style: 'ListParagraph', numbering: { reference: shape.ordered ? LIST_REFERENCE.number : LIST_REFERENCE.bullet, level: Math.min(shape.levels[i] ?? 0, 8), instance } }
    return rev.paragraph(hunkRuns(line.segments, rev), lineMark, undefined, extras)
  })
}
