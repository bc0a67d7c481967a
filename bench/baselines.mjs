/**
 * The baselines generate is measured against (bench/generate.bench.mjs):
 *
 * - naive Markdown: per kommune and document, clone the parsed tree, replace the variables in
 *   its text nodes, stringify;
 * - naive Word: the same filled tree walked straight into the docx package (headings,
 *   paragraphs with bold and italic, lists, tables; no house style, title page or header) and
 *   packed — what a first Word writer looks like;
 * - the floor: the output itself, precomputed and cut into chunks at the kommune's values; per
 *   copy only concatenating the chunks, encoding the text and hashing it (sha256, as the
 *   manifest does). For Word, the parts that are the same in every copy are zipped once, and
 *   per copy the parts that differ are concatenated, encoded, zipped (the deflate every copy
 *   needs) and the file hashed. No run of generate can do less and give the same bytes.
 */
import { createHash } from 'node:crypto'
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { unzipSync, zipSync } from 'fflate'
import { formatDate, kommuneOn, stringify } from '../dist/index.js'

const MTIME = new Date(1980, 0, 1, 12, 0, 0)
const VARIABLE = /\{\{\s*([\w.-]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g

/** The trees of a set filled for one kommune by replacing variables in text nodes. */
export function filledTrees(set, reg, entry, date) {
  const k = kommuneOn(reg, entry, date)
  const values = {
    'kommune.navn': k.name,
    'kommune.offisielt_navn': k.officialName,
    'kommune.nummer': k.number,
    'kommune.signatar.tittel': k.signatory.title ?? '',
    'avtale.versjon': '2023-forslag',
  }
  const value = (name, format) => (name === 'avtale.dato' ? formatDate(date, format ?? 'kort') : name.startsWith('blokk.') ? (k.blocks[name.slice(6)]?.source ?? '') : (values[name] ?? ''))
  return set.documents.map((doc) => {
    const tree = structuredClone(doc.tree)
    const stack = [tree]
    while (stack.length > 0) {
      const node = stack.pop()
      if (node.type === 'text') node.value = node.value.replace(VARIABLE, (_, name, format) => value(name, format))
      if (node.children) for (const c of node.children) stack.push(c)
    }
    return tree
  })
}

export function naiveMarkdown(set, reg, date) {
  const out = []
  for (const entry of reg.kommuner) for (const tree of filledTrees(set, reg, entry, date)) out.push(stringify({ tree }))
  return out
}

const plain = (node) => ('value' in node ? node.value : node.children ? node.children.map(plain).join('') : '')
const HEADING = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

function runs(nodes, style = {}) {
  return nodes.flatMap((n) => {
    if (n.type === 'text' || n.type === 'inlineCode') return [new TextRun({ text: n.value, ...style })]
    if (n.type === 'strong') return runs(n.children, { ...style, bold: true })
    if (n.type === 'emphasis') return runs(n.children, { ...style, italics: true })
    if (n.type === 'break') return [new TextRun({ break: 1 })]
    return n.children ? runs(n.children, style) : []
  })
}

function blocks(nodes, level = -1) {
  return nodes.flatMap((n) => {
    switch (n.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADING[n.depth - 1], children: runs(n.children) })]
      case 'paragraph':
        return [new Paragraph({ children: runs(n.children), ...(level >= 0 ? { bullet: { level } } : {}) })]
      case 'list':
        return n.children.flatMap((item) => blocks(item.children, level + 1))
      case 'blockquote':
        return blocks(n.children, level)
      case 'table':
        return [new Table({ rows: n.children.map((row) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children) })] })) })) })]
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return []
      default:
        return [new Paragraph(plain(n))]
    }
  })
}

export async function naiveWord(set, reg, date) {
  const out = []
  for (const entry of reg.kommuner) {
    for (const tree of filledTrees(set, reg, entry, date)) {
      const bytes = await Packer.toBuffer(new Document({ sections: [{ children: blocks(tree.children) }] }))
      out.push(createHash('sha256').update(bytes).digest('hex'))
    }
  }
  return out
}

/** The output cut at each occurrence of the kommune's name and number: static chunks and values. */
function chunksOf(text, kommune) {
  const marks = [kommune.name, kommune.officialName, kommune.number].filter(Boolean).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return text.split(new RegExp(`(${marks.join('|')})`, 'u'))
}

/** Text outputs (Markdown, HTML) as chunks, ready for floorText. */
export function textChunks(generation, reg, date) {
  const decoder = new TextDecoder()
  const byNumber = new Map(reg.kommuner.map((entry) => { const k = kommuneOn(reg, entry, date); return [k.number, k] }))
  return generation.files.map((f) => chunksOf(decoder.decode(f.data), byNumber.get(f.kommunenummer)))
}

export function floorText(chunked) {
  const encoder = new TextEncoder()
  const hashes = []
  for (const chunks of chunked) hashes.push(createHash('sha256').update(encoder.encode(chunks.join(''))).digest('hex'))
  return hashes
}

/**
 * Word outputs for the floor: per file the parts that differ between kommuner as chunks, the
 * others as fixed bytes. (The parts the same in every copy are found by comparing two copies.)
 */
export function wordChunks(generation, reg, date) {
  const decoder = new TextDecoder()
  const byNumber = new Map(reg.kommuner.map((entry) => { const k = kommuneOn(reg, entry, date); return [k.number, k] }))
  const unzipped = generation.files.map((f) => unzipSync(f.data))
  const documents = [...new Set(generation.files.map((f) => f.document))]
  const varying = new Map(
    documents.map((doc) => {
      const [a, b] = generation.files.map((f, i) => [f, i]).filter(([f]) => f.document === doc).slice(0, 2).map(([, i]) => unzipped[i])
      return [doc, new Set(Object.keys(a).filter((name) => !b || Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0))]
    }),
  )
  // A part the same in every copy of a document is deflated once, here, not per copy.
  const zippedOnce = new Map()
  const once = (doc, name, data) => {
    const key = `${doc}/${name}`
    if (!zippedOnce.has(key)) zippedOnce.set(key, zipSync({ [name]: [data, { mtime: MTIME, level: 6 }] }))
    return zippedOnce.get(key)
  }
  return generation.files.map((f, i) => {
    const parts = unzipped[i]
    const differs = varying.get(f.document)
    return Object.keys(parts).map((name) => (differs.has(name) ? { name, chunks: chunksOf(decoder.decode(parts[name]), byNumber.get(f.kommunenummer)) } : { name, data: once(f.document, name, parts[name]) }))
  })
}

export function floorWord(files) {
  const encoder = new TextEncoder()
  const hashes = []
  for (const parts of files) {
    // The parts the same in every copy: deflated bytes ready to copy; the parts that differ:
    // joined, encoded and deflated, as every copy needs; then the file hashed.
    const zippable = {}
    const fixed = []
    let size = 0
    for (const p of parts) {
      if (p.data) {
        fixed.push(p.data)
        size += p.data.length
      } else zippable[p.name] = [encoder.encode(p.chunks.join('')), { mtime: MTIME, level: 6 }]
    }
    const zipped = zipSync(zippable)
    const out = new Uint8Array(zipped.length + size)
    out.set(zipped)
    let at = zipped.length
    for (const d of fixed) {
      out.set(d, at)
      at += d.length
    }
    hashes.push(createHash('sha256').update(out).digest('hex'))
  }
  return hashes
}
