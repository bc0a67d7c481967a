/**
 * A kommune's copy as a Word document, built with the `docx` package from the compiled tree:
 * real heading styles (the agreement's own numbers stay in the heading text, as written),
 * lists, tables, links and footnotes; a header with the coat of arms, kommune, version and
 * date; a footer with the title and "Side X av Y"; the signature block of Del 1 § 17 as a
 * two-column table, kommune left and UNN right, with a line to sign on. Packed by
 * render/docx-pack.ts, so the same input gives the same bytes.
 */
import type { FootnoteDefinition, Nodes, PhrasingContent, RootContent } from 'mdast'
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  type FileChild,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { packDocx } from '../render/docx-pack.js'
import type { CompiledDocument } from './compile.js'
import { isAbsoluteAllowedUrl } from '../render/url.js'
import { scaledTo } from './image.js'
import { copyLabels } from './render-html.js'
import { fill, SENTINEL_PATTERN, splitAtSentinels } from './sentinel.js'
import type { GenerateContent, SignatureBlock } from './signature.js'
import type { FillContext, SlotValues } from './values.js'

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]
const ORDERED = 'nummerert-liste'
/** Right edge of the text on A4 with the default 2.54 cm margins, in twips. */
const TEXT_WIDTH = 9026
const INDENT = 720
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
const WHOLE_BLOCK = new RegExp(`^${SENTINEL_PATTERN.source}$`, 'u')

interface RunStyle {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  font?: string
  link?: boolean
}

interface Place {
  /** Bullet or number level inside lists, -1 outside. */
  level: number
  ordered: number | null
  indent: number
}

/** Walks one document's tree for one kommune; collects the footnotes it meets. */
class DocxBody {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {}
  private readonly noteIds = new Map<string, number>()
  private readonly definitions = new Map<string, FootnoteDefinition>()
  private lists = 0

  constructor(
    private readonly document: CompiledDocument,
    private readonly values: SlotValues,
  ) {
    for (const node of document.tree) if (node.type === 'footnoteDefinition') this.definitions.set(node.identifier, node)
  }

  blocks(nodes: Array<GenerateContent | RootContent>, place: Place): FileChild[] {
    return nodes.flatMap((node) => this.block(node, place))
  }

  private block(node: GenerateContent | RootContent, place: Place): FileChild[] {
    switch (node.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: this.inline(node.children, {}) })]
      case 'paragraph': {
        const only = node.children.length === 1 && node.children[0]!.type === 'text' ? WHOLE_BLOCK.exec(node.children[0]!.value) : null
        const block = only ? this.values.blocks[Number(only[1])] : undefined
        if (block) return this.blocks(block.nodes, place)
        return [this.paragraph(this.inline(node.children, {}), place)]
      }
      case 'list': {
        const ordered = node.ordered ? ++this.lists : null
        return node.children.flatMap((item) =>
          item.children.flatMap((child, i) =>
            i === 0 && child.type === 'paragraph'
              ? [this.paragraph(this.inline(child.children, {}), { level: place.level + 1, ordered, indent: place.indent }, true)]
              : this.block(child, { level: place.level + 1, ordered, indent: place.indent + (child.type === 'list' ? 0 : INDENT) }),
          ),
        )
      }
      case 'blockquote':
        return this.blocks(node.children, { ...place, indent: place.indent + INDENT })
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.children.map(
              (row, r) =>
                new TableRow({
                  tableHeader: r === 0,
                  children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: this.inline(cell.children, r === 0 ? { bold: true } : {}) })] })),
                }),
            ),
          }),
        ]
      case 'code':
        return [this.paragraph(node.value.split('\n').map((line, i) => new TextRun({ text: line, font: 'Consolas', break: i > 0 ? 1 : 0 })), place)]
      case 'thematicBreak':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })]
      case 'html':
        return [this.paragraph([new TextRun(node.value)], place)]
      case 'signatureBlock':
        return [this.signatures(node)]
      default:
        // Footnote definitions go to the footnotes part; definitions and front matter print nothing.
        return []
    }
  }

  private paragraph(children: ParagraphChild[], place: Place, marker = false): Paragraph {
    if (marker && place.ordered !== null) return new Paragraph({ children, numbering: { reference: ORDERED, level: place.level, instance: place.ordered } })
    if (marker) return new Paragraph({ children, bullet: { level: place.level } })
    const indent = place.indent + (place.level >= 0 ? INDENT * (place.level + 1) : 0)
    return new Paragraph({ children, ...(indent > 0 ? { indent: { left: indent } } : {}) })
  }

  private text(value: string): string {
    return fill(splitAtSentinels(value), (slot) => this.values.text[slot]!).replace(/\n/g, ' ')
  }

  inline(nodes: PhrasingContent[], style: RunStyle): ParagraphChild[] {
    return nodes.flatMap((node): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
          return [this.run(this.text(node.value), style)]
        case 'inlineCode':
          return [this.run(node.value, { ...style, font: 'Consolas' })]
        case 'emphasis':
          return this.inline(node.children, { ...style, italics: true })
        case 'strong':
          return this.inline(node.children, { ...style, bold: true })
        case 'delete':
          return this.inline(node.children, { ...style, strike: true })
        case 'break':
          return [new TextRun({ break: 1 })]
        case 'link':
          return isAbsoluteAllowedUrl(node.url)
            ? [new ExternalHyperlink({ link: node.url, children: this.inline(node.children, { ...style, link: true }) as TextRun[] })]
            : this.inline(node.children, style)
        case 'footnoteReference':
          return [new FootnoteReferenceRun(this.footnote(node.identifier))]
        case 'html':
          return [this.run(node.value, style)]
        case 'image':
          return node.alt ? [this.run(node.alt, style)] : []
        default:
          return 'children' in node ? this.inline((node as { children: PhrasingContent[] }).children, style) : []
      }
    })
  }

  private run(text: string, style: RunStyle): TextRun {
    return new TextRun({
      text,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      ...(style.strike ? { strike: true } : {}),
      ...(style.font ? { font: style.font } : {}),
      ...(style.link ? { style: 'Hyperlink' } : {}),
    })
  }

  private footnote(identifier: string): number {
    const known = this.noteIds.get(identifier)
    if (known !== undefined) return known
    const id = this.noteIds.size + 1
    this.noteIds.set(identifier, id)
    const definition = this.definitions.get(identifier)
    const body = definition ? this.blocks(definition.children, { level: -1, ordered: null, indent: 0 }) : []
    this.footnotes[id] = { children: body.filter((b): b is Paragraph => b instanceof Paragraph) }
    return id
  }

  /** Kommune left, UNN right: place and date, a line to sign on, the signatory. */
  private signatures(node: SignatureBlock): Table {
    const width = Math.floor(100 / node.parties.length)
    const cell = (children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children })
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [
        new TableRow({ cantSplit: true, children: node.parties.map((p) => cell([new Paragraph({ children: this.inline(p.field.children, {}) })])) }),
        new TableRow({
          cantSplit: true,
          children: node.parties.map(() => cell([new Paragraph({ spacing: { before: 720 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })])),
        }),
        new TableRow({ cantSplit: true, children: node.parties.map((p) => cell([new Paragraph({ children: this.inline(p.signer.children, {}) })])) }),
      ],
    })
  }
}

export async function renderDocx(document: CompiledDocument, values: SlotValues, context: FillContext): Promise<Uint8Array> {
  const labels = copyLabels(document, values, context)
  const body = new DocxBody(document, values)
  const children = body.blocks(document.tree as Nodes[] as RootContent[], { level: -1, ordered: null, indent: 0 })
  const arms = context.kommune.coatOfArms
  const small = { size: 18 }
  const header = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'auto', space: 4 } },
    children: [
      ...(arms ? [new ImageRun({ type: arms.type, data: arms.data, transformation: scaledTo(arms, 40), altText: { name: 'Kommunevåpen', description: `Kommunevåpen for ${labels.kommune}`, title: labels.kommune } }), new TextRun('  ')] : []),
      new TextRun({ text: labels.kommune, bold: true }),
      new TextRun({ children: [new Tab(), `${labels.version} · ${labels.date}`], ...small }),
    ],
  })
  const footer = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [new TextRun({ text: labels.title, ...small }), new TextRun({ children: [new Tab(), 'Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], ...small })],
  })
  const word = new Document({
    creator: 'avtaleverk',
    lastModifiedBy: 'avtaleverk',
    title: labels.title,
    description: `${labels.kommune}, ${labels.version}, ${labels.date}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: body.footnotes,
    sections: [{ headers: { default: new Header({ children: [header] }) }, footers: { default: new Footer({ children: [footer] }) }, children }],
  })
  return packDocx(word, { date: context.date })
}
