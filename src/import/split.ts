/**
 * One file, several documents: a set printed or exported as one file (the samarbeidsavtale,
 * then retningslinje 1–9, then a veileder) is split where a document's title stands. The
 * lines just above a title that belong to it — the «VEDLEGG TIL …» line, «Sist oppdatert: …»,
 * a høring label — go with it. Each document gets a stable id from its type and number.
 */
import type { DocumentType } from '../model.js'
import { asciiSlug } from '../slug.js'
import type { Block } from './structure.js'

/** What the front matter is proposed from: the document's heading, labels and opening lines. */
export interface DocumentHead {
  id: string
  type: DocumentType
  typeWord: string | null
  number: number | null
  title: string
  heading: string
  titleLine: number
  /** Høring labels («FORSLAG – …») with their block index and line. */
  labels: Array<{ text: string; line: number; index: number }>
  /** The text of the first paragraphs, where a date may be stated. */
  preamble: string
  firstLine: number
  lastLine: number
}

export interface SplitDocument extends DocumentHead {
  id: string
  type: DocumentType
  blocks: Block[]
}

const ENDS_SENTENCE = /[.!?]["»”)]?$/u
const STOPWORDS = new Set(['for', 'om', 'av', 'til', 'i', 'og', 'med', 'ved', 'mellom', 'nr'])

export function documentKind(heading: string): { type: DocumentType; typeWord: string | null; number: number | null; title: string } {
  const number = /\b(?:nr\.?|nummer)[ \t]{0,3}(\d{1,2})\b/iu.exec(heading)?.[1] ?? /^\p{L}+[ \t]{1,3}(\d{1,2})(?!\d)/u.exec(heading)?.[1] ?? null
  const title = heading.replace(/^\p{L}+[ \t]{1,3}(?:(?:nr\.?|nummer)[ \t]{0,3})?\d{1,2}[ \t]{0,3}[:.–-]?[ \t]{0,3}/iu, '').trim() || heading
  const first = heading.split(/\s/)[0]!.toLowerCase()
  if (/^(overordnet|overordna)?samarbeidsavtale/u.test(first) || /^samarbeidsavtale/iu.test(heading)) return { type: 'samarbeidsavtale', typeWord: null, number: number ? Number(number) : null, title: heading }
  if (/^(veileder|rettleiar)/u.test(first)) return { type: 'veileder', typeWord: null, number: number ? Number(number) : null, title: heading }
  const typeWord = /^retningslin/u.test(first) ? null : first
  return { type: 'retningslinje', typeWord, number: number ? Number(number) : null, title }
}

function idFor(kind: ReturnType<typeof documentKind>): string {
  if (kind.type === 'samarbeidsavtale') return 'samarbeidsavtale'
  if (kind.type === 'retningslinje' && kind.number !== null) return `${kind.typeWord ? asciiSlug(kind.typeWord, 20, 'retningslinje') : 'retningslinje'}-${kind.number}`
  const words = kind.title
    .split(/[^\p{L}\p{N}]+/u)
    .slice(1)
    .filter((w) => w && !STOPWORDS.has(w.toLowerCase()))
  return `${kind.type}-${asciiSlug(words[0] ?? kind.title, 30, 'dokument')}`
}

/** Is this block one of the short lines above a title that belong to the next document? */
const leadsTitle = (b: Block) =>
  b.kind === 'label' || ((b.kind === 'paragraph' || (b.kind === 'heading' && b.numbers === null)) && b.joined === 0 && b.text.length <= 90 && !ENDS_SENTENCE.test(b.text))

export function splitDocuments(blocks: Block[]): SplitDocument[] {
  // A first document without a title keyword: its first short paragraph is its title.
  const firstContent = blocks.findIndex((b) => b.kind !== 'label')
  const first = blocks[firstContent]
  // …unless a title keyword comes before the first section (a page header or a letterhead came first).
  const firstSection = blocks.findIndex((b) => b.kind === 'heading' || b.kind === 'part')
  const titled = blocks.slice(0, firstSection < 0 ? blocks.length : firstSection).some((b) => b.kind === 'title')
  if (!titled && first && first.kind === 'paragraph' && first.text.length <= 200 && !ENDS_SENTENCE.test(first.text)) {
    blocks = blocks.slice()
    blocks[firstContent] = { kind: 'title', text: first.text, line: first.line, joined: first.joined }
  }
  const starts: number[] = []
  let previousStart = 0
  blocks.forEach((b, i) => {
    if (b.kind !== 'title') return
    let s = i
    while (s - 1 > previousStart && i - (s - 1) <= 4 && leadsTitle(blocks[s - 1]!)) s--
    if (starts.length === 0) s = 0
    starts.push(s)
    previousStart = i
  })
  if (starts.length === 0) starts.push(0)
  const docs: SplitDocument[] = []
  const used = new Map<string, number>()
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : blocks.length
    const own = blocks.slice(s, end)
    // Above the title there are no sections: a short line taken for a heading there is a paragraph.
    const titleAt = own.findIndex((b) => b.kind === 'title')
    for (let i = 0; i < titleAt; i++) {
      const b = own[i]!
      if (b.kind === 'heading') own[i] = { kind: 'paragraph', text: b.text, line: b.line, joined: b.joined }
    }
    const title = own.find((b) => b.kind === 'title') as Extract<Block, { kind: 'title' }> | undefined
    const heading = (title?.text ?? '').replace(/\s+/g, ' ').trim()
    const kind = documentKind(heading)
    let id = idFor(kind)
    const n = (used.get(id) ?? 0) + 1
    used.set(id, n)
    if (n > 1) id = `${id}-${n}`
    const lines = own.map((b) => b.line)
    const firstLine = lines.reduce((a, b) => Math.min(a, b), Infinity)
    const lastLine = lines.reduce((a, b) => Math.max(a, b), 0)
    const labels = own.flatMap((b, index) => (b.kind === 'label' ? [{ text: b.text, line: b.line, index }] : []))
    const preamble = own
      .filter((b) => b.kind === 'paragraph' || b.kind === 'label')
      .slice(0, 6)
      .map((b) => (b as { text: string }).text)
      .join('\n')
    docs.push({ id, ...kind, heading, titleLine: title?.line ?? firstLine, labels, preamble, blocks: own, firstLine, lastLine })
  })
  return docs
}
