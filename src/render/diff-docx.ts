/**
 * A ChangeSet as a Word document with real tracked changes: the whole new version, every
 * document and section, with each removed word in a w:del and each added word in a w:ins,
 * carrying the author and date given as input. A reader steps through the changes in Word
 * (Se gjennom → Neste) and accepts or rejects each; accepting all gives the new text, rejecting
 * all the old. Paragraph marks are tracked too, so a removed paragraph disappears on accept.
 *
 * Packed with packDocx, so the same ChangeSet and options give the same bytes.
 */
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Paragraph, type ParagraphChild, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { type ChangeSet, type DocumentChange, isMergedAway, type SectionChange } from '../diff/changeset.js'
import type { Hunk, HunkKind } from '../diff/hunks.js'
import { changeSetWithText } from '../diff/with-text.js'
import type { AgreementSet } from '../model.js'
import { changedSections, DOCUMENT_STATUS_TEXT, documentTitle, redlineParagraphs, summaryLine } from './diff-common.js'
import { packDocx } from './docx-pack.js'
import { append } from '../arrays.js'

export interface DiffDocxOptions {
  /** Author of the tracked changes; default "avtaleverk". */
  author?: string
  /** Date of the tracked changes, YYYY-MM-DD; default the latest front matter date of the new version. */
  date?: string
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

/** Numbers every w:ins and w:del (ids must be unique in the document) and stamps them. */
class Revisions {
  private next = 1
  constructor(
    readonly author: string,
    readonly date: string,
  ) {}

  mark() {
    return { id: this.next++, author: this.author, date: this.date }
  }

  /** Runs for one stretch of text; "\n" becomes a line break. */
  runs(kind: HunkKind, text: string): ParagraphChild[] {
    return text.split('\n').map((piece, i) => {
      const options = { text: piece, ...(i > 0 ? { break: 1 } : {}) }
      if (kind === 'ny') return new InsertedTextRun({ ...options, ...this.mark() })
      if (kind === 'fjernet') return new DeletedTextRun({ ...options, ...this.mark() })
      return new TextRun(options)
    })
  }

  /** A paragraph whose own mark (its end) is inserted or deleted when `mark` says so. */
  paragraph(children: ParagraphChild[], mark: HunkKind | null, heading?: (typeof HEADINGS)[number]): Paragraph {
    const run = mark === 'ny' ? { insertion: this.mark() } : mark === 'fjernet' ? { deletion: this.mark() } : undefined
    return new Paragraph({ children, ...(heading ? { heading } : {}), ...(run ? { run } : {}) })
  }
}

/**
 * The ChangeSet as a Word file with tracked changes (bytes of a .docx).
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a ChangeSet without its text when the old set is neither given nor known (see changeSetWithText).
 */
export async function renderDiffDocx(changes: ChangeSet, options: DiffDocxOptions = {}): Promise<Uint8Array> {
  const cs = changeSetWithText(changes, options.old)
  const date = options.date ?? latestDate(cs)
  const rev = new Revisions(options.author ?? 'avtaleverk', `${date}T00:00:00Z`)
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Endringer: ${cs.old.label} → ${cs.new.label}`)] }),
    new Paragraph({ children: [new TextRun(summaryLine(cs))] }),
    summaryTable(cs),
  ]
  for (const d of cs.documents) append(children, documentParagraphs(d, rev))
  const document = new Document({
    creator: rev.author,
    title: `Endringer: ${cs.old.label} → ${cs.new.label}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  })
  return packDocx(document, { date })
}

function latestDate(cs: ChangeSet): string {
  const dates = cs.documents.flatMap((d) => (d.new ? [d.new.date] : [])).sort()
  return dates[dates.length - 1] ?? '2000-01-01'
}

/** Column widths in percent: the document title gets the room, the counts little. */
const SUMMARY_COLUMNS = [52, 16, 12, 10, 10]

function summaryTable(cs: ChangeSet): Table {
  const row = (cells: string[], bold = false) =>
    new TableRow({
      children: cells.map(
        (text, i) => new TableCell({ width: { size: SUMMARY_COLUMNS[i]!, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: SUMMARY_COLUMNS.map((p) => Math.round(p * 90)),
    rows: [
      row(['Dokument', 'Status', 'Punkter endret', 'Ord +', 'Ord −'], true),
      ...cs.documents.map((d) => row([documentTitle(d), DOCUMENT_STATUS_TEXT[d.status], String(changedSections(d).length), String(d.wordsAdded), String(d.wordsRemoved)])),
    ],
  })
}

/** Every paragraph of one document; a new or removed document is inserted or deleted as a whole. */
function documentParagraphs(d: DocumentChange<Hunk>, rev: Revisions): Paragraph[] {
  const whole: HunkKind = d.status === 'ny' ? 'ny' : d.status === 'fjernet' ? 'fjernet' : 'lik'
  const title = d.titleHunks ?? [{ kind: whole, text: documentTitle(d) }]
  const out = [rev.paragraph(hunkRuns(title, rev), whole === 'lik' ? null : whole, HeadingLevel.HEADING_1)]
  append(out, textParagraphs(d.preamble.hunks, rev))
  for (const s of d.sections) append(out, [heading(s, rev), ...textParagraphs(s.hunks, rev)])
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

/** Body paragraphs; a paragraph entirely added or removed takes its paragraph mark with it. */
function textParagraphs(hunks: readonly Hunk[], rev: Revisions): Paragraph[] {
  return redlineParagraphs(hunks).map((p) => {
    const kinds = new Set(p.segments.map((s) => s.kind))
    const only = kinds.size === 1 ? [...kinds][0]! : null
    const mark = p.breakAfter === 'ny' || p.breakAfter === 'fjernet' ? p.breakAfter : p.breakAfter === null && only !== 'lik' ? only : null
    return rev.paragraph(hunkRuns(p.segments, rev), mark)
  })
}
