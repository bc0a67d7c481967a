/**
 * The house style of every Word document avtaleverk writes (kommune copies, redlines,
 * høringsoppsummering), defined once as plain data: page, paragraph styles, list numbering.
 * `docx-style.ts` turns it into options for the `docx` package; a writer that emits the XML
 * parts itself reads the same data. Sizes are in points, indents and page sizes in twips
 * (1/20 pt), colours as RRGGBB.
 */

export interface ParagraphStyleSpec {
  /** Word's style id; Heading1–Heading4, Title, Quote … are Word's built-in ids. */
  id: string
  /** The name Word shows (Word's English built-in names keep the navigation pane and TOC working). */
  name: string
  basedOn?: string
  next?: string
  font?: string
  size?: number
  bold?: boolean
  italic?: boolean
  color?: string
  /** Space before and after, in points. */
  before?: number
  after?: number
  /** Line spacing as a multiple of single. */
  line?: number
  indentLeft?: number
  indentRight?: number
  keepNext?: boolean
  keepLines?: boolean
  /** 0 = level 1 in the navigation pane and the table of contents. */
  outlineLevel?: number
  /** A rule under (bottom) or on the left of the paragraph. */
  border?: { side: 'bottom' | 'left'; size: number; color: string; space: number }
  alignment?: 'left' | 'center' | 'right'
}

export interface ListLevelSpec {
  format: 'decimal' | 'lowerLetter' | 'bullet'
  /** Word's level text: `%1.`, `%1)`, `•`. */
  text: string
  /** Left indent and hanging indent of the text, in twips. */
  left: number
  hanging: number
}

export interface ListSpec {
  reference: string
  levels: ListLevelSpec[]
}

const LEVELS = 9
const STEP = 425

function levels(text: (level: number) => string, format: (level: number) => ListLevelSpec['format']): ListLevelSpec[] {
  return Array.from({ length: LEVELS }, (_, level) => ({ format: format(level), text: text(level), left: STEP * (level + 1), hanging: STEP }))
}

const BULLETS = ['•', '–', '◦']

export const HOUSE_STYLE = {
  font: 'Calibri',
  /** Body text size in points. */
  size: 11,
  colors: { ink: '1B1B1B', accent: '0B5394', muted: '5B6470', line: 'A6ADB4', draft: 'B00020', tableHead: 'E8EDF2' },
  /** A4 with 2.5 cm margins; header and footer 1.25 cm from the edge. */
  page: { width: 11906, height: 16838, margin: { top: 1418, right: 1418, bottom: 1418, left: 1418, header: 709, footer: 709 } },
  /** Width of the text between the margins, in twips. */
  textWidth: 11906 - 2 * 1418,
  paragraphs: [
    { id: 'Normal', name: 'Normal', font: 'Calibri', size: 11, color: '1B1B1B', before: 0, after: 6, line: 1.15 },
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', size: 24, bold: true, color: '0B5394', before: 0, after: 12, line: 1.05, keepNext: true },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', size: 14, color: '5B6470', after: 12 },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', size: 16, bold: true, color: '0B5394', before: 18, after: 6, line: 1.0, keepNext: true, keepLines: true, outlineLevel: 0, border: { side: 'bottom', size: 6, color: '0B5394', space: 2 } },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', size: 13, bold: true, color: '1B1B1B', before: 14, after: 4, line: 1.0, keepNext: true, keepLines: true, outlineLevel: 1 },
    { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'Normal', size: 11.5, bold: true, color: '1B1B1B', before: 10, after: 3, keepNext: true, keepLines: true, outlineLevel: 2 },
    { id: 'Heading4', name: 'heading 4', basedOn: 'Normal', next: 'Normal', size: 11, bold: true, italic: true, color: '1B1B1B', before: 8, after: 2, keepNext: true, keepLines: true, outlineLevel: 3 },
    { id: 'Heading5', name: 'heading 5', basedOn: 'Heading4', next: 'Normal', italic: true, bold: false, outlineLevel: 4 },
    { id: 'Heading6', name: 'heading 6', basedOn: 'Heading4', next: 'Normal', italic: true, bold: false, outlineLevel: 5 },
    { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', after: 3 },
    { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', italic: true, color: '333A42', before: 4, after: 8, indentLeft: 567, indentRight: 567, border: { side: 'left', size: 18, color: 'A6ADB4', space: 8 } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', size: 10, before: 2, after: 2, line: 1.0 },
    { id: 'Header', name: 'header', basedOn: 'Normal', size: 9, color: '5B6470', after: 0, line: 1.0 },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', size: 9, color: '5B6470', after: 0, line: 1.0 },
    { id: 'Draft', name: 'Utkastmerke', basedOn: 'Header', size: 10, bold: true, color: 'B00020', alignment: 'center' },
    { id: 'TitlePageTitle', name: 'Tittelside tittel', basedOn: 'Title', next: 'Normal', alignment: 'center', before: 24, after: 24 },
    { id: 'TitlePageParty', name: 'Tittelside part', basedOn: 'Normal', size: 14, bold: true, before: 6, after: 2, alignment: 'center' },
    { id: 'TitlePageText', name: 'Tittelside tekst', basedOn: 'Normal', size: 11, color: '5B6470', after: 4, alignment: 'center' },
  ] satisfies ParagraphStyleSpec[] as ParagraphStyleSpec[],
  lists: {
    /** «a)», «b)» … at the first level, then «1.» and «i.»-like levels below. */
    letter: { reference: 'hus-bokstavliste', levels: levels((l) => (l % 2 === 0 ? `%${l + 1})` : `%${l + 1}.`), (l) => (l % 2 === 0 ? 'lowerLetter' : 'decimal')) },
    /** «1.», «2.» … */
    number: { reference: 'hus-nummerliste', levels: levels((l) => `%${l + 1}.`, () => 'decimal') },
    bullet: { reference: 'hus-punktliste', levels: levels((l) => BULLETS[l % BULLETS.length]!, () => 'bullet') },
  } satisfies Record<string, ListSpec>,
  table: { borderSize: 4, borderColor: 'A6ADB4', headFill: 'E8EDF2', cellMargin: 80 },
} as const

/** The words a reader sees for a version that is not adopted. */
export const DRAFT_MARK = 'UTKAST – ikke vedtatt'
/** … and for a version that has been repealed. */
export const REPEALED_MARK = 'OPPHEVET – gjelder ikke'
