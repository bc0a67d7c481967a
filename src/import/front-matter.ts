/**
 * Front matter proposed from the text, never invented. Type, number and title come from the
 * document's heading; status and the høring label only where the text states them («FORSLAG –
 * revidert etter høringsrunde»); a date only where the text gives a real one; the § 6-2 points
 * from the text's own citations (the extractors of src/parse/citations.ts), for a retningslinje
 * citing none from the Del 2 section of the samarbeidsavtale that points to it; the anchor from
 * «forankret i samarbeidsavtalen del 2 punkt 2.1»; replaced tjenesteavtaler from «retningslinje 6
 * (tidligere tjenesteavtale 8)». Everything else is left out and listed as «fyll inn».
 */
import type { Root } from 'mdast'
import { stringify as yamlStringify } from 'yaml'
import type { DocumentType, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { parseMarkdown } from '../parse/markdown.js'
import { buildSections, type SectionTree } from '../parse/sections.js'
import { MONTHS } from '../dates.js'
import type { DocumentHead } from './split.js'
import { STATE_LABEL } from './lines.js'

export interface ProposedField {
  key: string
  value: unknown
  /** Where the value came from, in Norwegian («overskriften», «linje 814: FORSLAG – …»). */
  from: string
}

export interface FrontMatterProposal {
  fields: ProposedField[]
  /** Required or usual keys the text does not give: a person must fill them in. */
  fillIn: string[]
  /** Index of the label block moved into front matter, if any. */
  labelBlock: number | null
}

const REQUIRED = ['id', 'type', 'title', 'version', 'status', 'date'] as const
const STATUS: Record<string, string> = { FORSLAG: 'forslag', UTKAST: 'utkast', HØRINGSUTKAST: 'høring', HØRINGSFORSLAG: 'høring', VEDTATT: 'vedtatt' }

export interface DocumentText {
  doc: DocumentHead
  /** The body Markdown (no front matter), parsed: sections with citations and references. */
  tree: SectionTree
}

/** Sections, citations and references of a body, with the extractors the parser uses. */
export function readBody(markdown: string, id: string): SectionTree & { root: Root } {
  const root: Root = parseMarkdown(markdown)
  return { ...buildSections(root.children, id), root }
}

const sortedPoints = (sections: Section[]) => [...new Set(sections.flatMap((s) => s.citations.flatMap((c) => c.points)))].sort((a, b) => a - b)

function statedDate(text: string): string | null {
  const numeric = /(?:oppdatert|datert|dato|vedtatt)[:\s]{1,4}(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/iu.exec(text)
  if (numeric) return `${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}`
  const written = new RegExp(`(?:oppdatert|datert|dato|vedtatt)[:\\s]{1,4}(\\d{1,2})\\.\\s{0,2}(${MONTHS.join('|')})\\s{1,2}(\\d{4})`, 'iu').exec(text)
  if (written) return `${written[3]}-${String(MONTHS.indexOf(written[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`
  return null
}

/** «retningslinje 6 (tidligere tjenesteavtale 8)», «(sammenslått av tidligere tjenesteavtaler 2, 3 og 5)». */
const REPLACES = /retningslinje[ \t\n]{1,3}(\d{1,2})[^()\n]{0,40}\((?:sammenslått[ \t\n]{1,3}av[ \t\n]{1,3})?tidligere[ \t\n]{1,3}tjenesteavtaler?[ \t\n]{1,3}(\d{1,2}(?:[ \t\n]{0,2}(?:,|og)[ \t\n]{0,2}\d{1,2}){0,10})/giu

export function proposeFrontMatter(texts: DocumentText[]): FrontMatterProposal[] {
  const agreement = texts.find((t) => t.doc.type === 'samarbeidsavtale')
  const del2 = agreement ? (agreement.tree.sections.find((s) => s.kind === 'part' && s.number === '2')?.children ?? []) : []
  // What the whole set says each retningslinje replaces.
  const replaces = new Map<number, { list: string[]; from: string }>()
  for (const t of texts) {
    const body = allSections(t.tree.sections).map((s) => s.text).join('\n')
    for (const m of body.matchAll(REPLACES)) {
      const n = Number(m[1])
      if (replaces.has(n)) continue
      replaces.set(n, { list: (m[2]!.match(/\d{1,2}/g) ?? []).map((x) => `tjenesteavtale-${x}`), from: `${t.doc.id}: «${m[0].replace(/\s+/g, ' ')}»` })
    }
  }

  return texts.map(({ doc, tree }) => {
    const fields: ProposedField[] = []
    const add = (key: string, value: unknown, from: string) => fields.push({ key, value, from })
    add('id', doc.id, 'dokumenttype og nummer')
    add('type', doc.type, `overskriften «${doc.heading}»`)
    if (doc.type === 'retningslinje' && doc.number !== null) add('number', doc.number, `overskriften «${doc.heading}»`)
    add('title', doc.title, `overskriften (linje ${doc.titleLine})`)

    let labelBlock: number | null = null
    for (const b of doc.labels) {
      const m = STATE_LABEL.exec(b.text)
      if (!m) continue
      labelBlock = b.index
      add('status', STATUS[m[1]!], `linje ${b.line}: «${b.text}»`)
      const rest = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim()
      if (rest === 'revidert etter høringsrunde' || rest === 'uendret etter høringsrunde') add('hearing', rest, `linje ${b.line}: «${b.text}»`)
      break
    }
    const date = statedDate(doc.preamble)
    if (date) add('date', date, 'teksten før første avsnitt')

    const sections = allSections(tree.sections)
    const own = [...new Set([...tree.preamble.flatMap((b) => b.citations.flatMap((c) => c.points)), ...sortedPoints(sections)])].sort((a, b) => a - b)
    if (doc.type === 'retningslinje') {
      if (own.length > 0) add('hotjl', own, 'retningslinjens egne henvisninger til § 6-2')
      else {
        const pointing = del2.find((s) => s.references.some((r) => r.target.document === doc.id && !r.target.section))
        const points = pointing ? sortedPoints([pointing]) : []
        if (pointing && points.length > 0) add('hotjl', points, `samarbeidsavtalen del 2 punkt ${pointing.number} (§ 6-2-henvisningen der)`)
      }
      const anchor = sections.flatMap((s) => s.references).find((r) => r.target.document === 'samarbeidsavtale' && r.target.part && r.target.section)
      if (anchor) add('anchor', `samarbeidsavtale/del-${anchor.target.part}/${anchor.target.section}`, `«${anchor.text.replace(/\s+/g, ' ')}»`)
      const r = doc.number !== null ? replaces.get(doc.number) : undefined
      if (r) add('replaces', r.list, r.from)
    } else if (doc.type === 'samarbeidsavtale') {
      // The agreement's own points: those cited outside the Del 2 sections that hand a point to a retningslinje.
      const delegating = new Set(del2.filter((s) => s.references.some((r) => r.target.document.startsWith('retningslinje-'))).flatMap((s) => allSections([s])))
      const points = sortedPoints(sections.filter((s) => !delegating.has(s)))
      if (points.length > 0) add('hotjl', points, 'avtalens egne henvisninger til § 6-2 (utenom del 2-punktene som viser til en retningslinje)')
    } else if (own.length > 0) add('hotjl', own, 'dokumentets egne henvisninger til § 6-2')

    const have = new Set(fields.map((f) => f.key))
    const fillIn: string[] = REQUIRED.filter((k) => !have.has(k))
    if (doc.type === 'retningslinje' && !have.has('number')) fillIn.push('number')
    return { fields, fillIn, labelBlock }
  })
}

/** The YAML front matter text (without the «---» lines): proposed keys, then a «fyll inn» comment. */
export function frontMatterYaml(proposal: FrontMatterProposal, fill: Record<string, unknown> = {}): string {
  const lines: string[] = []
  const write = (key: string, value: unknown) => {
    if (Array.isArray(value)) lines.push(`${key}: [${value.map((v) => (typeof v === 'number' ? String(v) : yamlStringify(v, { lineWidth: 0 }).trim())).join(', ')}]`)
    else lines.push(`${key}: ${yamlStringify(value, { lineWidth: 0 }).trim()}`)
  }
  const order = ['id', 'type', 'number', 'title', 'version', 'status', 'date', 'hotjl', 'anchor', 'hearing', 'replaces']
  const values = new Map<string, unknown>(proposal.fields.map((f) => [f.key, f.value]))
  for (const [k, v] of Object.entries(fill)) if (v !== undefined && !values.has(k)) values.set(k, v)
  const keys = [...order.filter((k) => values.has(k)), ...[...values.keys()].filter((k) => !order.includes(k))]
  for (const k of keys) write(k, values.get(k))
  const missing = proposal.fillIn.filter((k) => !values.has(k))
  if (missing.length > 0) lines.push(`# fyll inn: ${missing.join(', ')}`)
  return lines.join('\n')
}

export type { DocumentType }
