/**
 * A kommune's copy as a Word document, built with the `docx` package from the compiled tree:
 * real heading styles (the agreement's own numbers stay in the heading text, as written),
 * lists, tables, links and footnotes; a header with the coat of arms, kommune, version and
 * date; a footer with the title and "Side X av Y"; the signature block of Del 1 § 17 as a
 * two-column table, kommune left and UNN right, with a line to sign on. Packed by
 * output/docx-pack.ts, so the same input gives the same bytes.
 */
import type { FootnoteDefinition, Nodes, PhrasingContent, RootContent, Text } from 'mdast'
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  type FileChild,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  type ParagraphChild,
  Table,
  TextRun,
} from 'docx'
import { docxParts, type DocxParts, packDocx } from '../output/docx-pack.js'
import { contentWidths, houseNumbering, houseSection, houseStyles, houseTable, LIST_REFERENCE, signatureTable, titlePageSection } from '../output/docx-style.js'
import type { CompiledDocument } from './compile.js'
import { isAbsoluteAllowedUrl } from '../output/url.js'
import { scaledTo } from '../registry/image.js'
import { copyLabels } from './render-html.js'
import { fill, SENTINEL_PATTERN, splitAtSentinels } from './sentinel.js'
import type { GenerateContent, SignatureBlock } from './signature.js'
import type { FillContext, SlotValues } from './values.js'

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]
const INDENT = 425
/** «a) …» at the start of each line of a paragraph (the source's lettered items, hard line breaks between). */
const LETTER = /^\s*([a-z])\)\s+/u
/** A law quoted whole in its own paragraph: «…». */
const QUOTED = /^«[^«»]*»[.]?$/u
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
  /** Each list gets its own numbering instance, so it starts at 1 (or a). */
  private lists = 0

  constructor(
    private readonly document: CompiledDocument,
    private readonly values: SlotValues,
  ) {
    for (const node of document.tree) if (node.type === 'footnoteDefinition') this.definitions.set(node.identifier, node)
  }

  blocks(nodes: Array<GenerateContent | RootContent>, place: Place): FileChild[] {
    return nodes.flatMap((node, i) => {
      const before = nodes[i - 1]
      if (node.type === 'paragraph' && before?.type === 'paragraph' && QUOTED.test(plain(node.children).trim()) && plain(before.children).trimEnd().endsWith(':')) {
        return [new Paragraph({ style: 'Quote', children: this.inline(node.children, {}) })]
      }
      return this.block(node, place)
    })
  }

  private block(node: GenerateContent | RootContent, place: Place): FileChild[] {
    switch (node.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: this.inline(node.children, {}) })]
      case 'paragraph': {
        const only = node.children.length === 1 && node.children[0]!.type === 'text' ? WHOLE_BLOCK.exec(node.children[0]!.value) : null
        const block = only ? this.values.blocks[Number(only[1])] : undefined
        if (block) return this.blocks(block.nodes, place)
        const lettered = letteredLines(node.children)
        if (lettered) {
          const instance = ++this.lists
          return lettered.map((line) => new Paragraph({ style: 'ListParagraph', children: this.inline(line, {}), numbering: { reference: LIST_REFERENCE.letter, level: Math.max(0, place.level + 1), instance } }))
        }
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
        return node.children.flatMap((child) => (child.type === 'paragraph' ? [new Paragraph({ style: 'Quote', children: this.inline(child.children, {}) })] : this.block(child, { ...place, indent: place.indent + INDENT })))
      case 'table': {
        const widths = contentWidths(node.children.map((row) => row.children.map((cell) => this.text(plain(cell.children)))))
        return [houseTable(node.children.map((row, r) => row.children.map((cell) => this.inline(cell.children, r === 0 ? { bold: true } : {}))), widths)]
      }
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
    if (marker && place.ordered !== null) return new Paragraph({ style: 'ListParagraph', children, numbering: { reference: LIST_REFERENCE.number, level: place.level, instance: place.ordered } })
    if (marker) return new Paragraph({ style: 'ListParagraph', children, numbering: { reference: LIST_REFERENCE.bullet, level: place.level } })
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
        case 'link': {
          if (!isAbsoluteAllowedUrl(node.url)) return this.inline(node.children, style)
          // On paper a link is only its words: the address follows them, unless they are the address.
          const shown = plain(node.children).trim()
          const address = node.url.replace(/^mailto:/i, '')
          const same = shown === node.url || shown === address || `http://${shown}` === node.url || `https://${shown}` === node.url
          return [
            new ExternalHyperlink({ link: node.url, children: this.inline(node.children, { ...style, link: true }) as TextRun[] }),
            ...(same ? [] : [new TextRun({ text: ` (${address})`, style: 'LinkAddress' })]),
          ]
        }
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
    return signatureTable(node.parties.map((p) => ({ field: this.inline(p.field.children, {}), signer: this.inline(p.signer.children, {}) })))
  }
}

/** Plain text of inline nodes (sentinels left as they are). */
function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n && n.type !== 'html' ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('')
}

/** A paragraph whose lines (hard breaks between) are «a) …», «b) …» in order: the lines without their letters. */
export function letteredLines(children: PhrasingContent[]): PhrasingContent[][] | null {
  const lines: PhrasingContent[][] = [[]]
  for (const child of children) {
    if (child.type === 'break') lines.push([])
    else lines[lines.length - 1]!.push(child)
  }
  if (lines.length < 2) return null
  const out: PhrasingContent[][] = []
  for (const [i, line] of lines.entries()) {
    const first = line[0]
    const m = first?.type === 'text' ? LETTER.exec(first.value) : null
    if (!m || m[1] !== String.fromCharCode(97 + i)) return null
    out.push([{ ...(first as Text), value: (first as Text).value.slice(m[0].length) }, ...line.slice(1)])
  }
  return out
}

/** The title page: title, the parties (the kommune by its official name, with its coat of arms), version and date. */
function titlePage(labels: ReturnType<typeof copyLabels>, arms: FillContext['kommune']['coatOfArms'], helsefellesskap: string | null): Paragraph[] {
  const center = { alignment: AlignmentType.CENTER }
  const [kommune, ...others] = labels.parties
  return [
    new Paragraph({ style: 'TitlePageText', spacing: { before: 2400 }, children: arms ? [new ImageRun({ type: arms.type, data: arms.data, transformation: scaledTo(arms, 110), altText: { name: 'Kommunevåpen', description: `Kommunevåpen for ${labels.kommune}`, title: labels.kommune } })] : [] }),
    new Paragraph({ style: 'TitlePageTitle', children: [new TextRun(labels.title)] }),
    new Paragraph({ style: 'TitlePageText', children: [new TextRun('Avtalen er inngått mellom')] }),
    new Paragraph({ style: 'TitlePageParty', children: [new TextRun(kommune!)] }),
    ...others.flatMap((party) => [new Paragraph({ style: 'TitlePageText', children: [new TextRun('og')] }), new Paragraph({ style: 'TitlePageParty', children: [new TextRun(party)] })]),
    new Paragraph({ style: 'TitlePageText', spacing: { before: 960 }, children: [new TextRun({ text: `${labels.version} – ${labels.status}`, bold: true })] }),
    new Paragraph({ style: 'TitlePageText', children: [new TextRun(`Datert ${labels.date}`)] }),
    ...(helsefellesskap ? [new Paragraph({ style: 'TitlePageText', spacing: { before: 960 }, children: [new TextRun(helsefellesskap)] })] : []),
  ]
}

export type CopyLabels = ReturnType<typeof copyLabels>

/** The copy as a `docx` Document: title page, then the text with the house header and footer. */
function wordDocument(document: CompiledDocument, values: SlotValues, labels: CopyLabels, context: FillContext): Document {
  const notes = new DocxBody(document, values)
  const children = notes.blocks(document.tree as Nodes[] as RootContent[], { level: -1, ordered: null, indent: 0 })
  const arms = context.kommune.coatOfArms
  return new Document({
    creator: 'avtaleverk',
    lastModifiedBy: 'avtaleverk',
    title: labels.title,
    description: `${labels.kommune}, ${labels.version} (${labels.status}), ${labels.date}`,
    styles: houseStyles(),
    numbering: houseNumbering(),
    footnotes: notes.footnotes,
    sections: [
      // The title page is a section of its own, so the text starts on a fresh page with the header.
      { ...titlePageSection(labels.mark), children: titlePage(labels, arms, context.registry.helsefellesskap) },
      {
        ...houseSection({
          headerLeft: [
            ...(arms ? [new ImageRun({ type: arms.type, data: arms.data, transformation: scaledTo(arms, 28), altText: { name: 'Kommunevåpen', description: `Kommunevåpen for ${labels.kommune}`, title: labels.kommune } }), new TextRun('  ')] : []),
            new TextRun({ text: labels.kommune, bold: true }),
          ],
          headerRight: `${labels.version} · ${labels.date}`,
          footerLeft: labels.title,
          mark: labels.mark,
        }),
        children,
      },
    ],
  })
}

/** The copy's Word file, walking the tree with the docx package (docx-template.ts does it once per set and fills XML). */
export async function renderDocx(document: CompiledDocument, values: SlotValues, context: FillContext): Promise<Uint8Array> {
  return packDocx(wordDocument(document, values, copyLabels(document, values, context), context), { date: context.date })
}

/**
 * The copy's parts, ready to zip, with the labels given (docx-template.ts passes sentinels
 * for what differs between kommuner and cuts the XML at them).
 */
export async function renderDocxParts(document: CompiledDocument, values: SlotValues, labels: CopyLabels, context: FillContext, date: string): Promise<DocxParts> {
  return docxParts(wordDocument(document, values, labels, context), { date })
}
