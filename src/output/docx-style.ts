/**
 * The house style (house-style.ts) as options for the `docx` package: styles, list numbering,
 * A4 page, and the header and footer every avtaleverk Word document has (what it is on the
 * left, date or version on the right, «Side X av Y» in the footer, a draft mark on every page
 * when the text is not adopted).
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type IParagraphStyleOptions,
  type ISectionOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { maxOf } from '../arrays.js'
import { HOUSE_STYLE, type ListSpec, type ParagraphStyleSpec } from './house-style.js'

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const
const FORMAT = { decimal: LevelFormat.DECIMAL, lowerLetter: LevelFormat.LOWER_LETTER, bullet: LevelFormat.BULLET } as const

function paragraphStyle(s: ParagraphStyleSpec): IParagraphStyleOptions {
  return {
    id: s.id,
    name: s.name,
    ...(s.basedOn ? { basedOn: s.basedOn } : {}),
    ...(s.next ? { next: s.next } : {}),
    quickFormat: true,
    run: {
      ...(s.font ? { font: s.font } : {}),
      ...(s.size !== undefined ? { size: Math.round(s.size * 2) } : {}),
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italics: s.italic } : {}),
      ...(s.color ? { color: s.color } : {}),
    },
    paragraph: {
      spacing: {
        ...(s.before !== undefined ? { before: s.before * 20 } : {}),
        ...(s.after !== undefined ? { after: s.after * 20 } : {}),
        ...(s.line !== undefined ? { line: Math.round(s.line * 240), lineRule: LineRuleType.AUTO } : {}),
      },
      ...(s.indentLeft !== undefined || s.indentRight !== undefined ? { indent: { ...(s.indentLeft !== undefined ? { left: s.indentLeft } : {}), ...(s.indentRight !== undefined ? { right: s.indentRight } : {}) } } : {}),
      ...(s.keepNext ? { keepNext: true } : {}),
      ...(s.keepLines ? { keepLines: true } : {}),
      ...(s.outlineLevel !== undefined ? { outlineLevel: s.outlineLevel } : {}),
      ...(s.alignment ? { alignment: ALIGN[s.alignment] } : {}),
      ...(s.border ? { border: { [s.border.side]: { style: BorderStyle.SINGLE, size: s.border.size, color: s.border.color, space: s.border.space } } } : {}),
    },
  }
}

/** Styles for `new Document({ styles })`. */
export function houseStyles(): IStylesOptions {
  return {
    default: { document: { run: { font: HOUSE_STYLE.font, size: HOUSE_STYLE.size * 2 } } },
    paragraphStyles: HOUSE_STYLE.paragraphs.map(paragraphStyle),
    characterStyles: [
      { id: 'Hyperlink', name: 'Hyperlink', run: { color: HOUSE_STYLE.colors.accent, underline: {} } },
      // A link's address printed after its words, for paper (an importer reading the copy back drops it).
      { id: 'LinkAddress', name: 'Lenkeadresse', run: { size: 18, color: HOUSE_STYLE.colors.muted } },
    ],
  }
}

function numbering(list: ListSpec) {
  return {
    reference: list.reference,
    levels: list.levels.map((l, level) => ({
      level,
      format: FORMAT[l.format],
      text: l.text,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: l.left, hanging: l.hanging } } },
    })),
  }
}

/** Numbering for `new Document({ numbering })`: the house lists «a)», «1.» and bullets. */
export function houseNumbering() {
  return { config: Object.values(HOUSE_STYLE.lists).map(numbering) }
}

export const LIST_REFERENCE = {
  letter: HOUSE_STYLE.lists.letter.reference,
  number: HOUSE_STYLE.lists.number.reference,
  bullet: HOUSE_STYLE.lists.bullet.reference,
} as const

export interface PageFrame {
  /** Left of the header: who or what the document is (runs, so a coat of arms fits). */
  headerLeft: ParagraphChild[]
  /** Right of the header. */
  headerRight: string
  /** Left of the footer: the document's title. */
  footerLeft: string
  /** A status mark on every page, title page included («UTKAST – ikke vedtatt»); null for none. */
  mark: string | null
}

const markParagraph = (mark: string) => new Paragraph({ style: 'Draft', children: [new TextRun(mark)] })

/** Page size, margins, header and footer for one section. */
export function houseSection(frame: PageFrame): Pick<ISectionOptions, 'properties' | 'headers' | 'footers'> {
  const right = { type: TabStopType.RIGHT, position: HOUSE_STYLE.textWidth }
  const header = new Header({
    children: [
      ...(frame.mark ? [markParagraph(frame.mark)] : []),
      new Paragraph({
        style: 'Header',
        tabStops: [right],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: HOUSE_STYLE.colors.line, space: 4 } },
        children: [...frame.headerLeft, new TextRun({ children: [new Tab(), frame.headerRight] })],
      }),
    ],
  })
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [right],
        children: [new TextRun(frame.footerLeft), new TextRun({ children: [new Tab(), 'Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  })
  return { properties: pageProperties(), headers: { default: header }, footers: { default: footer } }
}

function pageProperties(): ISectionOptions['properties'] {
  const { page } = HOUSE_STYLE
  return { page: { size: { width: page.width, height: page.height }, margin: { ...page.margin, gutter: 0 } } }
}

/** A title page section: no header or footer text, only the status mark when there is one. */
export function titlePageSection(mark: string | null): Pick<ISectionOptions, 'properties' | 'headers' | 'footers'> {
  return {
    properties: pageProperties(),
    headers: { default: new Header({ children: [mark ? markParagraph(mark) : new Paragraph({ style: 'Header', children: [] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', children: [] })] }) },
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: HOUSE_STYLE.table.borderSize, color: HOUSE_STYLE.table.borderColor }
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }

/**
 * A table in the house style: thin grey rules, a shaded heading row repeated on every page, and
 * fixed column widths (in per cent of the text width) so that no word is broken across lines.
 */
export function houseTable(rows: ParagraphChild[][][], widths: number[], options: { numeric?: boolean[] } = {}): Table {
  const total = widths.reduce((a, b) => a + b, 0)
  const twips = widths.map((w) => Math.floor((w / total) * HOUSE_STYLE.textWidth))
  return new Table({
    width: { size: HOUSE_STYLE.textWidth, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          // A long row may run over a page break; a table does not jump to the next page whole.
          cantSplit: r === 0,
          children: cells.map(
            (children, c) =>
              new TableCell({
                width: { size: twips[c]!, type: WidthType.DXA },
                margins: { left: HOUSE_STYLE.table.cellMargin, right: HOUSE_STYLE.table.cellMargin },
                ...(r === 0 ? { shading: { type: ShadingType.CLEAR, fill: HOUSE_STYLE.table.headFill, color: 'auto' } } : {}),
                children: [new Paragraph({ style: 'TableText', ...(options.numeric?.[c] && r > 0 ? { alignment: AlignmentType.RIGHT } : {}), children })],
              }),
          ),
        }),
    ),
  })
}

/** Plain text cells, the first row bold. */
export function textRows(rows: string[][]): ParagraphChild[][][] {
  return rows.map((cells, r) => cells.map((text) => [new TextRun({ text, ...(r === 0 ? { bold: true } : {}) })]))
}

/** Average width of a character of table text (10 pt Calibri, bold headings), in twips. */
const CHAR = 105
const PADDING = 2 * HOUSE_STYLE.table.cellMargin + 60

/**
 * Column widths in twips from the text they hold, summing to the text width: every column gets
 * room for its longest word (so no word is broken, «Respond|ent»), short columns stay narrow,
 * and the room left goes to the columns with long text.
 */
export function contentWidths(rows: string[][], total: number = HOUSE_STYLE.textWidth): number[] {
  const columns = maxOf(rows.map((r) => r.length), 0)
  const cells = (c: number) => rows.map((r) => r[c] ?? '')
  const min = Array.from({ length: columns }, (_, c) => maxOf(cells(c).flatMap((t) => t.split(/\s+/u).map((w) => [...w].length)), 3) * CHAR + PADDING)
  const want = Array.from({ length: columns }, (_, c) => Math.max(min[c]!, maxOf(cells(c).map((t) => [...t].length), 0) * CHAR + PADDING))
  const minSum = min.reduce((a, b) => a + b, 0)
  if (minSum >= total) return min.map((m) => Math.floor((m / minSum) * total))
  // Share what is left over the minimum in proportion to how much more each column wants.
  const extra = want.map((w, c) => w - min[c]!)
  const extraSum = extra.reduce((a, b) => a + b, 0)
  const room = total - minSum
  if (extraSum <= room) {
    // Everything fits: the widest-wanting column takes the rest.
    const widest = want.indexOf(maxOf(want))
    return want.map((w, c) => (c === widest ? w + (total - want.reduce((a, b) => a + b, 0)) : w))
  }
  return min.map((m, c) => m + Math.floor((extra[c]! / extraSum) * room))
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }

/**
 * A signature block: the parties side by side, each with its field («Sted/dato: ____»), a line
 * to sign on and its signatory below. Kept on one page.
 */
export function signatureTable(parties: Array<{ field: ParagraphChild[]; signer: ParagraphChild[] }>): Table {
  const width = Math.floor(HOUSE_STYLE.textWidth / Math.max(1, parties.length))
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, margins: { right: 360 }, children })
  const row = (cells: Paragraph[][]) => new TableRow({ cantSplit: true, children: cells.map(cell) })
  return new Table({
    width: { size: HOUSE_STYLE.textWidth, type: WidthType.DXA },
    columnWidths: parties.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      // keepNext on the first two rows keeps the block on one page.
      row(parties.map((p) => [new Paragraph({ keepNext: true, children: p.field })])),
      row(parties.map(() => [new Paragraph({ keepNext: true, spacing: { before: 720 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })])),
      row(parties.map((p) => [new Paragraph({ children: p.signer })])),
    ],
  })
}
