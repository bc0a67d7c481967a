/**
 * Word (.docx) → mdast: the zip opened with fflate (size-checked), Word's automatic numbers
 * written into the text (docx-numbering.ts), then mammoth's HTML (headings by style, lists,
 * tables, footnotes, links, bold/italic) → hast (hast-util-from-html) → mdast
 * (hast-util-to-mdast), all in the unified family. Footnotes become GFM footnotes. Each
 * Heading 1 (or Title) starts a document.
 */
import type { Element as HastElement, Root as HastRoot, RootContent as HastContent } from 'hast'
import type { FootnoteDefinition, Heading, Nodes, Paragraph, Root, RootContent } from 'mdast'
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import { AvtaleverkError } from '../errors.js'
import { documentKind } from './split.js'
import type { DocumentHead } from './split.js'
import type { ImportedTree } from './pipeline.js'
import { STATE_LABEL } from './lines.js'
import { materialiseNumbering, Numbering, W } from './docx-numbering.js'
import { asciiSlug } from '../slug.js'

/**
 * What avtaleverk's own Word copies add for the reader and a re-import drops: the title page
 * (its text is the front matter's and the heading's) and each link's address printed after its words.
 */
const FURNITURE_PARAGRAPH_STYLES = ['Tittelside tittel', 'Tittelside part', 'Tittelside tekst']
const FURNITURE_RUN_STYLES = ['Lenkeadresse']
const GENERATED_FURNITURE = [...FURNITURE_PARAGRAPH_STYLES.map((s) => `p[style-name='${s}'] => !`), ...FURNITURE_RUN_STYLES.map((s) => `r[style-name='${s}'] => !`)]

/** Refuse zips that unpack to more than this: a «zip bomb» would otherwise fill memory. */
const MAX_UNPACKED = 200 * 1024 * 1024
const FOOTNOTE_REF = '\uE002'

function unzip(bytes: Uint8Array, name: string): Unzipped {
  let total = 0
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize
        if (total > MAX_UNPACKED) throw new AvtaleverkError('for-stor', 'Word-filen pakker seg ut til mer enn 200 MB; den leses ikke', { file: name })
        return true
      },
    })
  } catch (e) {
    if (e instanceof AvtaleverkError) throw e
    throw new AvtaleverkError('importfeil', 'Word-filen er ødelagt (ikke en gyldig zip-fil) og kan ikke leses', { file: name })
  }
}

function hastText(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as HastContent[]).map(hastText).join('')
  return ''
}

/** mammoth's footnote markup → markers in the text and definitions kept aside. */
function takeFootnotes(tree: HastRoot): Map<string, HastElement[]> {
  const notes = new Map<string, HastElement[]>()
  const walk = (parent: HastRoot | HastElement) => {
    const kids = parent.children as HastContent[]
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!
      if (node.type !== 'element') continue
      const id = String(node.properties?.id ?? '')
      // <li id="footnote-1"><p>text <a href="#footnote-ref-1">↑</a></p></li>
      if (node.tagName === 'li' && /^(?:footnote|endnote)-\d+$/.test(id)) {
        const body = (node.children as HastContent[]).filter((c): c is HastElement => c.type === 'element')
        for (const b of body) {
          b.children = b.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && /^#(?:footnote|endnote)-ref-/.test(String(c.properties?.href ?? ''))))
        }
        notes.set(id, body)
        kids.splice(i--, 1)
        continue
      }
      // <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>
      if (node.tagName === 'sup') {
        const a = node.children.find((c): c is HastElement => c.type === 'element' && c.tagName === 'a')
        const href = String(a?.properties?.href ?? '')
        const m = /^#((?:footnote|endnote)-\d+)$/.exec(href)
        if (m) {
          kids[i] = { type: 'text', value: `${FOOTNOTE_REF}${m[1]}${FOOTNOTE_REF}` }
          continue
        }
      }
      walk(node)
    }
    // A footnote list left empty goes.
    for (let i = kids.length - 1; i >= 0; i--) {
      const node = kids[i]!
      if (node.type === 'element' && node.tagName === 'ol' && node.children.every((c) => c.type === 'text' && c.value.trim() === '')) kids.splice(i, 1)
    }
  }
  walk(tree)
  return notes
}

/** Footnote markers in text nodes → footnoteReference nodes (labels per document). */
function linkFootnotes(tree: Root, labels: Map<string, string>): void {
  const stack: Nodes[] = [tree]
  const re = new RegExp(`${FOOTNOTE_REF}((?:footnote|endnote)-\\d+)${FOOTNOTE_REF}`, 'g')
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    const kids: Nodes[] = []
    for (const k of node.children as Nodes[]) {
      if (k.type === 'text' && k.value.includes(FOOTNOTE_REF)) {
        let last = 0
        for (const m of k.value.matchAll(re)) {
          if (m.index > last) kids.push({ type: 'text', value: k.value.slice(last, m.index) })
          const label = labels.get(m[1]!)
          if (label) kids.push({ type: 'footnoteReference', identifier: label, label })
          last = m.index + m[0].length
        }
        if (last < k.value.length) kids.push({ type: 'text', value: k.value.slice(last) })
      } else {
        kids.push(k)
        stack.push(k)
      }
    }
    ;(node as { children: Nodes[] }).children = kids
  }
}

const mdText = (node: Nodes): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(mdText).join('') : '')

const valOf = (el: import('@xmldom/xmldom').Element | null | undefined): string => (el ? el.getAttributeNS(W, 'val') || el.getAttribute('w:val') || '' : '')

/** The style of a paragraph or run: its own w:pPr/w:pStyle or w:rPr/w:rStyle, not one nested deeper. */
function ownStyle(el: import('@xmldom/xmldom').Element, props: string, style: string): string {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as import('@xmldom/xmldom').Element).localName === props) return valOf((c as import('@xmldom/xmldom').Element).getElementsByTagNameNS(W, style).item(0))
  }
  return ''
}

/**
 * Plain text of the document part, paragraph by paragraph (numbers included): the source the
 * report measures against. Paragraphs and runs in the styles the styleMap drops (furniture ids)
 * are not part of it, as they are not part of the import.
 */
function sourceParagraphs(
  doc: import('@xmldom/xmldom').Document,
  headingStyles: Set<string>,
  furniture: { paragraphs: Set<string>; runs: Set<string> },
): Array<{ text: string; title: boolean }> {
  const out: Array<{ text: string; title: boolean }> = []
  const ps = doc.getElementsByTagNameNS(W, 'p')
  for (let i = 0; i < ps.length; i++) {
    const p = ps.item(i)!
    const styleId = ownStyle(p, 'pPr', 'pStyle')
    if (furniture.paragraphs.has(styleId)) continue
    let text = ''
    const ts = p.getElementsByTagNameNS(W, 't')
    for (let j = 0; j < ts.length; j++) {
      const t = ts.item(j)!
      const run = t.parentNode as import('@xmldom/xmldom').Element | null
      if (run && run.localName === 'r' && furniture.runs.has(ownStyle(run, 'rPr', 'rStyle'))) continue
      text += t.textContent ?? ''
    }
    out.push({ text, title: headingStyles.has(styleId) })
  }
  return out
}

/**
 * A CommonJS package loaded by `import()`: under Node (and vitest) its exports are named on the
 * namespace; in the bundled CLI (scripts/build.mjs) the chunk has only a default export holding
 * them. Without this the bin's import of every .docx failed with «DOMParser is not a constructor»,
 * reported as invalid XML.
 */
export function commonJs<T extends object>(ns: T, member: keyof T & string): T {
  const d = (ns as { default?: unknown }).default
  return (ns as Record<string, unknown>)[member] === undefined && d && typeof d === 'object' ? (d as T) : ns
}

export async function docxTrees(bytes: Uint8Array, name: string): Promise<ImportedTree[]> {
  const files = unzip(bytes, name)
  const main = files['word/document.xml']
  if (!main) throw new AvtaleverkError('importfeil', 'Word-filen mangler hoveddokumentet (word/document.xml); er den ødelagt?', { file: name })
  const [xmldom, mammothNs, { fromHtml }, { toMdast }] = await Promise.all([
    import('@xmldom/xmldom'),
    import('mammoth'),
    import('hast-util-from-html'),
    import('hast-util-to-mdast'),
  ])
  const { DOMParser, XMLSerializer } = commonJs(xmldom, 'DOMParser')
  const mammoth = commonJs(mammothNs, 'convertToHtml')
  const decoder = new TextDecoder()
  const parse = (data: Uint8Array | undefined) => {
    if (!data) return null
    // Only the parse itself is «invalid XML»; a parser that cannot be made is a bug, not the file's fault.
    const parser = new DOMParser({ onError: () => undefined })
    try {
      return parser.parseFromString(decoder.decode(data), 'text/xml')
    } catch {
      throw new AvtaleverkError('importfeil', 'Word-filen har ugyldig XML og kan ikke leses', { file: name })
    }
  }
  const documentXml = parse(main)!
  const stylesXml = parse(files['word/styles.xml'])
  const numbering = new Numbering(parse(files['word/numbering.xml']), stylesXml)
  const numbered = materialiseNumbering(documentXml, numbering)
  // Heading 1 and Title start a document: their style ids (names are what Word shows).
  const headingStyles = new Set<string>()
  const furniture = { paragraphs: new Set<string>(), runs: new Set<string>() }
  const styleEls = stylesXml?.getElementsByTagNameNS(W, 'style')
  for (let i = 0; i < (styleEls?.length ?? 0); i++) {
    const s = styleEls!.item(i)!
    const nameEl = s.getElementsByTagNameNS(W, 'name').item(0)
    const styleName = (nameEl?.getAttributeNS(W, 'val') || nameEl?.getAttribute('w:val') || '').toLowerCase()
    const styleId = s.getAttributeNS(W, 'styleId') || s.getAttribute('w:styleId') || ''
    if (styleName === 'heading 1' || styleName === 'title') headingStyles.add(styleId)
    const type = s.getAttributeNS(W, 'type') || s.getAttribute('w:type') || ''
    if (type === 'paragraph' && FURNITURE_PARAGRAPH_STYLES.some((f) => f.toLowerCase() === styleName)) furniture.paragraphs.add(styleId)
    if (type === 'character' && FURNITURE_RUN_STYLES.some((f) => f.toLowerCase() === styleName)) furniture.runs.add(styleId)
  }
  const source = sourceParagraphs(documentXml, headingStyles, furniture)
  files['word/document.xml'] = new TextEncoder().encode(new XMLSerializer().serializeToString(documentXml))

  let html: string
  const notes: string[] = []
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(zipSync(files, { level: 0 })) }, { styleMap: ['p[style-name=\'Title\'] => h1:fresh', ...GENERATED_FURNITURE] })
    html = result.value
    for (const m of result.messages) if (m.type === 'warning') notes.push(`mammoth: ${m.message}`)
  } catch (e) {
    throw new AvtaleverkError('importfeil', `Word-filen kan ikke leses: ${(e as Error).message}`, { file: name })
  }
  const hast = fromHtml(html, { fragment: true })
  const footnotes = takeFootnotes(hast)
  const mdast = toMdast(hast) as Root
  const footnoteTrees = new Map<string, RootContent[]>()
  for (const [id, body] of footnotes) footnoteTrees.set(id, (toMdast({ type: 'root', children: body }) as Root).children)

  // Split at each level-1 heading; the paragraphs before the first go with it.
  const docs: RootContent[][] = []
  let current: RootContent[] = []
  let seenTitle = false
  for (const node of mdast.children) {
    if (node.type === 'heading' && node.depth === 1 && seenTitle) {
      docs.push(current)
      current = []
    }
    if (node.type === 'heading' && node.depth === 1) seenTitle = true
    current.push(node)
  }
  if (current.length > 0) docs.push(current)

  // Source text per document, split at the same headings.
  const sourceTexts: string[] = []
  let part: string[] = []
  let titles = 0
  for (const p of source) {
    if (p.title && titles++ > 0 && docs.length > 1) {
      sourceTexts.push(part.join('\n'))
      part = []
    }
    part.push(p.text)
  }
  sourceTexts.push(part.join('\n'))
  const sourceFor = (k: number) => (sourceTexts.length === docs.length ? sourceTexts[k]! : k === 0 ? sourceTexts.join('\n') : '')
  if (sourceTexts.length !== docs.length) notes.push('ordtroskap målt mot hele Word-filen i første dokument (overskriftene lot seg ikke parre med kilden)')

  return docs.map((children, k) => {
    const titleNode = children.find((c): c is Heading => c.type === 'heading' && c.depth === 1)
    const heading = (titleNode ? mdText(titleNode) : '').replace(/\s+/g, ' ').trim()
    const kind = documentKind(heading || name)
    // Labels stated in the text («FORSLAG – revidert etter høringsrunde») move into front matter.
    const labels: DocumentHead['labels'] = []
    const body: RootContent[] = []
    for (const node of children) {
      const text = node.type === 'paragraph' ? mdText(node).trim() : ''
      if (labels.length === 0 && text && STATE_LABEL.test(text)) labels.push({ text, line: 0, index: -1 })
      else body.push(node)
    }
    const used = new Set<string>()
    const labelsById = new Map<string, string>()
    const definitions: FootnoteDefinition[] = []
    const refs = JSON.stringify(body).match(new RegExp(`${FOOTNOTE_REF}((?:footnote|endnote)-\\d+)${FOOTNOTE_REF}`, 'g')) ?? []
    for (const ref of refs) {
      const id = ref.slice(1, -1)
      if (labelsById.has(id)) continue
      let label = id.replace(/^(?:footnote|endnote)-/, '')
      for (let n = 2; used.has(label); n++) label = `${id.replace(/^(?:footnote|endnote)-/, '')}-${n}`
      used.add(label)
      labelsById.set(id, label)
      definitions.push({ type: 'footnoteDefinition', identifier: label, label, children: (footnoteTrees.get(id) ?? []) as FootnoteDefinition['children'] })
    }
    const tree: Root = { type: 'root', children: [...body, ...definitions] }
    linkFootnotes(tree, labelsById)
    const id = kind.type === 'samarbeidsavtale' ? 'samarbeidsavtale' : kind.number !== null && kind.type === 'retningslinje' ? `retningslinje-${kind.number}` : `${kind.type}-${asciiSlug(heading.split(/\s+/).slice(1).find((w) => w.length > 3) ?? name, 30, 'dokument')}`
    const preamble = body
      .filter((n): n is Paragraph => n.type === 'paragraph')
      .slice(0, 6)
      .map((n) => mdText(n))
      .join('\n')
    const head: DocumentHead = { id, ...kind, heading, titleLine: 0, labels, preamble, firstLine: 0, lastLine: 0 }
    const headings = body.flatMap((n) => (n.type === 'heading' ? [{ line: 0, text: mdText(n), how: 'word-stil' as const, depth: n.depth }] : []))
    return {
      head,
      tree,
      dropped: [],
      joinedLines: 0,
      strayBlankLines: 0,
      dehyphenated: [],
      headings,
      footnotes: definitions.length,
      links: { placed: 0, unplaced: [] },
      notes: k === 0 ? [...notes, `${numbered} avsnitt med Words automatiske nummerering fikk nummeret som tekst`] : [],
      sourceText: sourceFor(k),
    } as ImportedTree
  })
}
