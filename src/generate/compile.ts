/**
 * Compiles one agreement document into templates that are filled per kommune by string
 * concatenation, not by re-walking and re-rendering the tree 24 times:
 *
 * - every variable in the tree becomes a sentinel (sentinel.ts), checked against the variable
 *   list first: an unknown variable or format is an error at its file:line;
 * - empty signature fields get a line to write on;
 * - Markdown: the tree is stringified once and cut at its top-level blocks; blocks holding a
 *   variable keep the plain text they must read as, so each filled copy can be re-parsed and
 *   checked block by block; the other blocks are checked here, once;
 * - HTML: the tree (signatures side by side) is rendered once and cut at the sentinels;
 * - Word: the same tree, with sentinels, is walked per kommune (render-docx.ts).
 */
import type { Nodes, Paragraph, Root, RootContent, Text } from 'mdast'
import type { Options as ToHastOptions } from 'mdast-util-to-hast'
import { AvtaleverkError, combineErrors } from '../errors.js'
import type { AgreementDocument } from '../model.js'
import { parseMarkdown } from '../parse/markdown.js'
import { stringifyMarkdown } from '../parse/markdown-stringify.js'
import { positionedText, rangeAt } from '../parse/text.js'
import { VARIABLE_PATTERN } from '../parse/variables.js'
import { BLOCK_PREFIX, isKnownVariable, TEMPLATE_VARIABLES, variableSpec } from '../template/variables.js'
import { markdownToHtml } from '../output/markdown-html.js'
import { copyBase } from './plan.js'
import { findPlaceholders } from '../validate/placeholders.js'
import { hasSentinelCharacter, sentinel, splitAtSentinels, type StringTemplate } from './sentinel.js'
import { fillEmptyFields, groupSignatures, signatureToHast, type GenerateContent } from './signature.js'
import { append } from '../arrays.js'

export interface Slot {
  name: string
  format: string | null
  /** `{{blokk.…}}` standing alone in a paragraph: replaced by the block's nodes. */
  block: boolean
  file: string
  line: number
  column: number
}

/** Where a Markdown gap is: a value at the start of a line is escaped more, a block indented. */
export interface GapContext {
  atLineStart: boolean
  /** Prefix for a block's second and later lines (list indentation, quote markers). */
  indent: string
}

export interface MarkdownRegion {
  template: StringTemplate
  contexts: GapContext[]
  /** For a region with variables: the plain text it must read as once filled (whitespace ignored). */
  expectedText: StringTemplate | null
}

export interface CompiledDocument {
  document: AgreementDocument
  /** File name without `.md`: the name of every copy (`00-samarbeidsavtale`). */
  base: string
  slots: Slot[]
  /** Front matter keys whose text holds variables. */
  frontMatter: Record<string, StringTemplate>
  /** The `#` title as plain text (the front matter's title when there is none). */
  title: StringTemplate
  markdown: MarkdownRegion[]
  /** Null until asked for (rendering the body to HTML is a third of the compile time). */
  html: StringTemplate | null
  /** Body with sentinels and signature blocks, for Word. */
  tree: GenerateContent[]
}

const templateError = (message: string, place: { file: string; line: number; column?: number }) => new AvtaleverkError('malfeil', message, place)

const KNOWN = () => [...TEMPLATE_VARIABLES.map((v) => v.name), `${BLOCK_PREFIX}<navn>`].join(', ')

/** Whether a variable is on the list, with a known format and in a place it can be filled; records why not. */
function checkVariable(name: string, format: string | null, block: boolean, place: Slot, errors: AvtaleverkError[]): boolean {
  if (!isKnownVariable(name)) {
    errors.push(templateError(`Ukjent malvariabel {{${name}}}; kjente variabler: ${KNOWN()}`, place))
    return false
  }
  const isBlock = name.startsWith(BLOCK_PREFIX)
  if (isBlock && !block) {
    errors.push(templateError(`Tekstblokken {{${name}}} må stå alene i et eget avsnitt`, place))
    return false
  }
  if (format !== null) {
    const formats = isBlock ? undefined : variableSpec(name)?.formats
    if (!formats?.includes(format)) {
      errors.push(templateError(formats ? `Ukjent format «${format}» for {{${name}}}; bruk ${formats.join(', ')}` : `{{${name}}} har ingen formater («| ${format}»)`, place))
      return false
    }
  }
  return true
}


export interface CompileOptions {
  /** Compile the HTML body too. */
  html?: boolean
}

/**
 * Compiled documents, kept as long as the parsed document is: generating again from the same
 * set (another date, other kommuner, a long-running service) compiles nothing. A document with
 * template errors is not kept, so its errors are reported on every call.
 */
const compiledCache = new WeakMap<AgreementDocument, CompiledDocument>()

/** Compiles every document of a set (once per parsed document); throws one error listing every template problem. */
export function compileDocuments(documents: AgreementDocument[], options: CompileOptions = {}): CompiledDocument[] {
  const errors: AvtaleverkError[] = []
  const compiled = documents.map((d) => {
    let c = compiledCache.get(d)
    if (!c) {
      const before = errors.length
      c = compileDocument(d, errors)
      if (errors.length === before) compiledCache.set(d, c)
    }
    // The HTML body only when asked for, and then once.
    if (options.html && !c.html) c.html = htmlTemplate(c.tree, c.slots)
    return c
  })
  if (errors.length > 0) throw combineErrors(errors)
  return compiled
}

function compileDocument(document: AgreementDocument, errors: AvtaleverkError[]): CompiledDocument {
  const file = document.path
  if (hasSentinelCharacter(document.source)) {
    errors.push(templateError('Teksten har tegnene U+E000 eller U+E001, som avtaleverk bruker internt; fjern dem', { file, line: 1 }))
  }
  const slots: Slot[] = []
  const slot = (name: string, format: string | null, block: boolean, line: number, column: number): number | null => {
    const s: Slot = { name, format, block, file, line, column }
    if (!checkVariable(name, format, block, s, errors)) return null
    slots.push(s)
    return slots.length - 1
  }

  // Front matter: plain text, so values go in raw (render-md.ts writes each value quoted).
  const frontMatter: Record<string, StringTemplate> = {}
  for (const [key, value] of Object.entries(document.frontMatter)) {
    if (typeof value !== 'string' || !value.includes('{{')) continue
    const line = document.frontMatterLines[key] ?? 1
    const marked = value.replace(VARIABLE_PATTERN, (whole, name: string, format: string | undefined) => {
      const index = slot(name, format ?? null, false, line, 1)
      return index === null ? whole : sentinel(index)
    })
    frontMatter[key] = splitAtSentinels(marked)
  }

  const tree: Root = { type: 'root', children: structuredClone(document.tree.children.filter((n) => n.type !== 'yaml')) }
  const paragraphs: Paragraph[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'paragraph') paragraphs.push(node)
    if (node.type === 'paragraph' && markBlockVariable(node, slot)) continue
    if (node.type === 'text') {
      markInlineVariables(node, slot)
      continue
    }
    const hidden = ['value', 'url', 'alt', 'title'].map((key) => (node as unknown as Record<string, unknown>)[key]).join(' ')
    if (HAS_VARIABLE.test(hidden)) {
      errors.push(templateError('Malvariabler kan bare stå i vanlig tekst, ikke i kode, lenkeadresser, bildetekster eller HTML', { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }))
    }
    // Pushed last child first, so that slots (and errors) come in document order.
    if ('children' in node) append(stack, (node.children as Nodes[]).slice().reverse())
  }
  const fieldOnly = fillEmptyFields(paragraphs)

  const markdown = markdownRegions(tree, document, errors)
  const rendered = groupSignatures(tree.children, fieldOnly)
  const titleNode = tree.children.find((n) => n.type === 'heading' && n.depth === 1)

  return {
    document,
    base: copyBase(file),
    slots,
    frontMatter,
    title: titleNode ? splitAtSentinels(positionedText(titleNode).text) : (frontMatter.title ?? { parts: [document.frontMatter.title], slots: [] }),
    markdown,
    html: null,
    tree: rendered,
  }
}

const HAS_VARIABLE = new RegExp(VARIABLE_PATTERN.source, 'u')
const WHOLE_VARIABLE = new RegExp(`^${VARIABLE_PATTERN.source}$`, 'u')

type SlotMaker = (name: string, format: string | null, block: boolean, line: number, column: number) => number | null

/** A paragraph that is one block variable and nothing else becomes one sentinel. */
function markBlockVariable(paragraph: Paragraph, slot: SlotMaker): boolean {
  const pt = positionedText(paragraph)
  const text = pt.text.trim()
  const m = WHOLE_VARIABLE.exec(text)
  if (!m || !m[1]!.startsWith(BLOCK_PREFIX)) return false
  const start = rangeAt(pt, pt.text.indexOf(text), pt.text.indexOf(text)).start
  const index = slot(m[1]!, m[2] ?? null, true, start.line, start.column)
  if (index !== null) paragraph.children = [{ type: 'text', value: sentinel(index) }]
  return true
}

function markInlineVariables(node: Text, slot: SlotMaker): void {
  if (!node.value.includes('{{')) return
  const pt = positionedText(node)
  node.value = node.value.replace(VARIABLE_PATTERN, (whole, name: string, format: string | undefined, offset: number) => {
    const at = rangeAt(pt, offset, offset).start
    const index = slot(name, format ?? null, false, at.line, at.column)
    return index === null ? whole : sentinel(index)
  })
}

const LINE_START = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+[ \t>]*|$))*$/

/**
 * Stringifies the tree once and cuts it into regions: each top-level block that holds a
 * variable, and the static text between them. Static blocks are checked for placeholders
 * here, in the text exactly as every copy will have it.
 */
function markdownRegions(tree: Root, document: AgreementDocument, errors: AvtaleverkError[]): MarkdownRegion[] {
  const text = stringifyMarkdown(tree)
  const blocks = parseMarkdown(text).children
  const sourceBlocks = document.tree.children.filter((n) => n.type !== 'yaml')
  const regions: MarkdownRegion[] = []
  let done = 0
  const staticUpTo = (end: number) => {
    if (end > done) regions.push({ template: { parts: [text.slice(done, end)], slots: [] }, contexts: [], expectedText: null })
    done = end
  }
  blocks.forEach((block, i) => {
    const start = block.position!.start.offset!
    const end = block.position!.end.offset!
    const own = text.slice(start, end)
    if (!hasSentinelCharacter(own)) {
      // Variables left standing were reported where they were found (unknown, or in code).
      for (const p of findPlaceholders({ tree: { type: 'root', children: [block] } }).filter((f) => f.kind !== 'variabel')) {
        const source = sourceBlocks[i] as RootContent | undefined
        errors.push(templateError(`Malen har en plassholder som ikke fylles: «${p.text}»`, { file: document.path, line: source?.position?.start.line ?? p.range.start.line }))
      }
      return
    }
    staticUpTo(start)
    const template = splitAtSentinels(own)
    const contexts = template.slots.map((_, gap) => {
      const before = template.parts.slice(0, gap + 1).join('\u0000')
      const prefix = before.slice(before.lastIndexOf('\n') + 1)
      return {
        atLineStart: !prefix.includes('\u0000') && LINE_START.test(prefix),
        indent: prefix.replace(/[-*+]|\d{1,9}[.)]/g, (m) => ' '.repeat(m.length)).replace(/[^ \t>]/g, ' '),
      }
    })
    // Parsed on its own, as each filled copy of it will be.
    const expected = parseMarkdown(own).children.map((n) => positionedText(n).text).join('')
    regions.push({ template, contexts, expectedText: splitAtSentinels(expected) })
    done = end
  })
  staticUpTo(text.length)
  return regions
}

/** The body rendered once; a block variable's `<p>` is replaced by the block's own HTML. */
function htmlTemplate(children: GenerateContent[], slots: Slot[]): StringTemplate {
  const html = markdownToHtml({ type: 'root', children } as Root, { handlers: { signatureBlock: signatureToHast } as ToHastOptions['handlers'] }).replace(/<p>(\uE000(\d{1,6})\uE001)<\/p>/gu, (whole, marker: string, index: string) => (slots[Number(index)]?.block ? marker : whole))
  return splitAtSentinels(html)
}
