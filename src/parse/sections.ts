/**
 * Turns the flat mdast of a document into nested sections: every `##`–`######` heading opens a
 * section that holds the blocks up to the next heading of the same or a higher level. Heading
 * text gives the number ("2.1", "10 ."), the title and, for the samarbeidsavtale, the part
 * ("Del 2 – Omforente retningslinjer").
 */
import type { Heading, RootContent } from 'mdast'
import type { CrossReference, Hotjl62Citation, LawCitation, NumberStyle, Range, Section, SectionKind, TemplateVariable } from '../model.js'
import { append } from '../arrays.js'
import { asciiSlug } from '../slug.js'
import { extractLawCitations, hotjl62Citations, indirectHotjl62Citations, type ExtractOptions } from './citations.js'
import { readHeadingNumber } from './heading-number.js'
import { extractReferences } from './references.js'
import { positionedText } from './text.js'
import { extractVariables } from './variables.js'

const EXPLICIT_ID = /[ \t]{0,3}\{#([A-Za-z0-9][A-Za-z0-9._/-]{0,120})\}[ \t]{0,3}$/
const PART = /^Del[ \t]{1,3}(\d{1,2})(?:[ \t]{0,3}[–—-][ \t]{0,3}|[ \t]{1,3}|$)(.*)$/iu

export interface BlockContent {
  text: string
  citations: Hotjl62Citation[]
  lawCitations: LawCitation[]
  references: CrossReference[]
  variables: TemplateVariable[]
}

/** Plain text and everything extracted from one block. */
export function readBlock(node: RootContent, documentId: string, options: ExtractOptions = {}): BlockContent {
  const pt = positionedText(node)
  const lawCitations = extractLawCitations(pt, options)
  const indirect = indirectHotjl62Citations(pt, options)
  const direct = hotjl62Citations(lawCitations)
  return {
    text: pt.text,
    lawCitations,
    citations: indirect.length === 0 ? direct : [...direct, ...indirect].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column),
    references: extractReferences(pt, documentId, options),
    variables: extractVariables(pt, node.type === 'paragraph', options),
  }
}

function addContent(section: Section, block: BlockContent): void {
  append(section.citations, block.citations)
  append(section.lawCitations, block.lawCitations)
  append(section.references, block.references)
  append(section.variables, block.variables)
}

export interface ParsedHeading {
  kind: SectionKind
  number: string | null
  numberText: string | null
  numberStyle?: NumberStyle
  title: string
  heading: string
  explicitId: string | null
}

export function parseHeadingText(raw: string, previous?: { numberStyle?: NumberStyle; number: string | null }): ParsedHeading {
  let text = raw.replace(/\s+/g, ' ').trim()
  let explicitId: string | null = null
  const idMatch = EXPLICIT_ID.exec(text)
  if (idMatch) {
    explicitId = idMatch[1]!
    text = text.slice(0, idMatch.index).trim()
  }
  const part = PART.exec(text)
  if (part) return { kind: 'part', number: part[1]!, numberText: `Del ${part[1]}`, title: part[2]!.trim(), heading: text, explicitId }
  const numbered = readHeadingNumber(text, previous ? { number: previous.number, ...(previous.numberStyle ? { style: previous.numberStyle } : {}) } : undefined)
  if (numbered) {
    return { kind: 'numbered', number: numbered.number, numberText: numbered.numberText, numberStyle: numbered.style, title: numbered.title, heading: text, explicitId }
  }
  return { kind: 'unnumbered', number: null, numberText: null, title: text, heading: text, explicitId }
}

/** The id part of an unnumbered heading: "UNNs ansvar:" → "unns-ansvar". */
export const slug = (text: string): string => asciiSlug(text, 60, 'avsnitt')

const nodeRange = (node: { position?: { start: { line: number; column: number }; end: { line: number; column: number } } }): Range => ({
  start: { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 },
  end: { line: node.position?.end.line ?? 0, column: node.position?.end.column ?? 0 },
})

export interface SectionTree {
  title: string
  titleRange: Range | null
  preamble: BlockContent[]
  sections: Section[]
}

/** Builds the section tree of a document from its root children (front matter excluded). */
export function buildSections(children: RootContent[], documentId: string, options: ExtractOptions = {}): SectionTree {
  const result: SectionTree = { title: '', titleRange: null, preamble: [], sections: [] }
  const stack: Section[] = []
  const usedIds = new Map<string, number>()

  const uniqueId = (id: string) => {
    const n = (usedIds.get(id) ?? 0) + 1
    usedIds.set(id, n)
    // A duplicate number gives a duplicate derived id; keep both sections and let the
    // numbering rule report it, rather than failing the whole parse.
    return n === 1 ? id : `${id}~${n}`
  }

  for (const node of children) {
    if (node.type === 'yaml') continue
    if (node.type === 'heading' && node.depth === 1 && result.titleRange === null) {
      result.title = positionedText(node).text.replace(/\s+/g, ' ').trim()
      result.titleRange = nodeRange(node)
      continue
    }
    if (node.type === 'heading') {
      const depth = Math.max(2, (node as Heading).depth)
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop()
      const parent = stack[stack.length - 1]
      const siblings = parent ? parent.children : result.sections
      const h = parseHeadingText(positionedText(node).text, siblings[siblings.length - 1])
      const partSection = h.kind === 'part' ? null : [...stack].reverse().find((s) => s.kind === 'part')
      const base = partSection?.id ?? documentId
      // A lettered item ("a)") is numbered within its parent, so its id is too.
      const derived =
        h.kind === 'part' ? `${documentId}/del-${h.number}`
        : h.kind === 'numbered' ? `${h.numberStyle === 'letter' ? (parent?.id ?? documentId) : base}/${h.number}`
        : `${parent?.id ?? documentId}/${slug(h.title)}`
      const section: Section = {
        id: h.explicitId ?? uniqueId(derived),
        kind: h.kind,
        number: h.number,
        numberText: h.numberText,
        ...(h.numberStyle ? { numberStyle: h.numberStyle } : {}),
        title: h.title,
        heading: h.heading,
        depth,
        part: h.kind === 'part' ? Number(h.number) : partSection ? Number(partSection.number) : null,
        range: nodeRange(node),
        headingRange: nodeRange(node),
        text: '',
        blocks: [],
        citations: [],
        lawCitations: [],
        references: [],
        variables: [],
        children: [],
      }
      // A heading cites and references too ("2.2 … (§ 6-2 …)" rarely, but "Se retningslinje" titles do).
      addContent(section, readBlock(node, documentId, options))
      for (const open of stack) open.range = { start: open.range.start, end: section.range.end }
      if (parent) parent.children.push(section)
      else result.sections.push(section)
      stack.push(section)
      continue
    }
    const block = readBlock(node, documentId, options)
    const current = stack[stack.length - 1]
    if (!current) {
      result.preamble.push(block)
      continue
    }
    current.blocks.push(block.text)
    addContent(current, block)
    // Extend every open section to the end of this block.
    const end = nodeRange(node).end
    for (const s of stack) s.range = { start: s.range.start, end }
  }
  const finish = (sections: Section[]) => {
    for (const s of sections) {
      s.text = s.blocks.join('\n\n')
      finish(s.children)
    }
  }
  finish(result.sections)
  return result
}
