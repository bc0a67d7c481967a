/**
 * The import report: per output file what was dropped as furniture, what was joined, which
 * headings were inferred, which front-matter fields need a person, the placeholders found, and
 * a fidelity figure — the share of the source's words the Markdown keeps, in order (the word
 * tokeniser of src/diff/tokenize.ts and jsdiff's array diff, with a time limit).
 */
import { diffArrays } from 'diff'
import { words } from '../diff/tokenize.js'
import type { Root } from 'mdast'
import { findPlaceholders } from '../validate/placeholders.js'
import type { DroppedLine, DumpedUrl } from './furniture.js'

export interface Fidelity {
  sourceWords: number
  keptWords: number
  /** keptWords / sourceWords, 0–1 (1 when the source has no words). */
  ratio: number
  /** The diff ran out of time: the figure counts only the matched prefix and suffix. */
  approximate: boolean
}

export interface InferredHeading {
  line: number
  text: string
  how: 'nummer' | 'kort linje' | 'typografi' | 'word-stil'
  depth: number
}

export interface PlaceholderFinding {
  line: number
  column: number
  text: string
  /** The template variable to use instead, when there is one. */
  suggestion: string | null
  replaced: boolean
}

export interface FileReport {
  file: string
  id: string
  /** Source lines (text, PDF pages as lines) the document came from. */
  sourceLines: { from: number; to: number }
  dropped: DroppedLine[]
  joinedLines: number
  strayBlankLines: number
  dehyphenated: Array<{ word: string; line: number }>
  headings: InferredHeading[]
  frontMatter: { proposed: Array<{ key: string; value: unknown; from: string }>; fillIn: string[] }
  placeholders: PlaceholderFinding[]
  footnotes: number
  links: { placed: number; unplaced: DumpedUrl[] }
  notes: string[]
  fidelity: Fidelity
}

/** Words of Markdown as a reader sees them: no front matter, link targets, footnote labels or variables. */
export function markdownWords(markdown: string): string[] {
  const body = markdown
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\[\^[^\]\s]{1,20}\]:?/g, ' ')
    .replace(/\{\{[^}]{0,100}\}\}/g, ' ')
  return words(body)
}

/** Source words kept in order: the length of the common subsequence jsdiff finds. */
export function fidelity(sourceWords: string[], outputWords: string[], timeoutMs = 5000): Fidelity {
  if (sourceWords.length === 0) return { sourceWords: 0, keptWords: 0, ratio: 1, approximate: false }
  const changes = diffArrays(sourceWords, outputWords, { timeout: timeoutMs } as never) as Array<{ added?: boolean; removed?: boolean; count?: number; value: string[] }> | undefined
  if (!changes) {
    // Out of time: count the common prefix and suffix, a lower bound.
    let a = 0
    while (a < sourceWords.length && a < outputWords.length && sourceWords[a] === outputWords[a]) a++
    let b = 0
    while (b < sourceWords.length - a && b < outputWords.length - a && sourceWords[sourceWords.length - 1 - b] === outputWords[outputWords.length - 1 - b]) b++
    return { sourceWords: sourceWords.length, keptWords: a + b, ratio: (a + b) / sourceWords.length, approximate: true }
  }
  let kept = 0
  for (const c of changes) if (!c.added && !c.removed) kept += c.value.length
  return { sourceWords: sourceWords.length, keptWords: kept, ratio: kept / sourceWords.length, approximate: false }
}

/** The template variable each ad-hoc placeholder style stands for (docs/transcription.md). */
export function suggestVariable(text: string): string | null {
  if (/^X{1,3}[ \t]kommunes?$/u.test(text) || /^\((?:Navn på|navn på|NAVN PÅ)[ \t]kommune/u.test(text)) return '{{kommune.navn}} kommune'
  if (/^\(?[xX]{1,2}\.[xX]{1,2}\./u.test(text) || /^\((?:SETT INN|Sett inn|sett inn)[ \t]DATO\)$/iu.test(text) || text === '(Dato)') return '{{avtale.dato}}'
  if (text === '(Tittel)') return '{{kommune.signatar.tittel}}'
  return null
}

/** Placeholders in a body, with a suggested variable (from src/validate/placeholders.ts). */
export function placeholdersIn(tree: Root): PlaceholderFinding[] {
  return findPlaceholders({ tree }).map((p) => ({
    line: p.range.start.line,
    column: p.range.start.column,
    text: p.text,
    suggestion: p.kind === 'ad-hoc' ? suggestVariable(p.text) : null,
    replaced: false,
  }))
}

const KIND_NAMES: Record<string, string> = {
  sidenummer: 'sidenummer',
  topptekst: 'topptekst',
  bunntekst: 'bunntekst',
  brevhode: 'brevhode',
  innholdsfortegnelse: 'innholdsfortegnelse',
  lenkeliste: 'lenkeliste',
}

const percent = (r: number) => `${(r * 100).toFixed(2).replace('.', ',')} %`

/** The report as Norwegian text, one section per output file. */
export function formatReport(reports: FileReport[]): string {
  const out: string[] = []
  for (const r of reports) {
    out.push(`${r.file} (${r.id}), kildelinje ${r.sourceLines.from}–${r.sourceLines.to}`)
    out.push(`  ordtroskap: ${r.fidelity.keptWords} av ${r.fidelity.sourceWords} ord i rekkefølge (${percent(r.fidelity.ratio)})${r.fidelity.approximate ? ', tilnærmet (tidsgrense)' : ''}`)
    const byKind = new Map<string, number>()
    for (const d of r.dropped) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1)
    if (byKind.size > 0) out.push(`  fjernet: ${[...byKind].map(([k, n]) => `${n} ${KIND_NAMES[k] ?? k}`).join(', ')}`)
    out.push(`  skjøtt: ${r.joinedLines} linjer${r.strayBlankLines ? `, ${r.strayBlankLines} tomme linjer midt i avsnitt` : ''}${r.dehyphenated.length ? `, ${r.dehyphenated.length} orddelinger fjernet` : ''}`)
    const inferred = r.headings.filter((h) => h.how !== 'word-stil')
    if (inferred.length > 0) out.push(`  overskrifter funnet: ${inferred.length} (${inferred.filter((h) => h.how === 'nummer').length} fra nummer, ${inferred.filter((h) => h.how !== 'nummer').length} fra kort linje/typografi)`)
    for (const h of inferred.filter((x) => x.how !== 'nummer')) out.push(`    linje ${h.line}: «${h.text}» (${h.how})`)
    if (r.footnotes) out.push(`  fotnoter: ${r.footnotes}`)
    if (r.links.placed || r.links.unplaced.length) out.push(`  lenker satt inn: ${r.links.placed}; uten plass i teksten (utelatt): ${r.links.unplaced.length}`)
    for (const u of r.links.unplaced) out.push(`    linje ${u.line}: ${u.url}`)
    for (const f of r.frontMatter.proposed) out.push(`  front matter ${f.key}: ${JSON.stringify(f.value)} — fra ${f.from}`)
    if (r.frontMatter.fillIn.length > 0) out.push(`  fyll inn: ${r.frontMatter.fillIn.join(', ')}`)
    for (const p of r.placeholders) out.push(`  plassholder linje ${p.line}:${p.column}: «${p.text}»${p.suggestion ? ` → ${p.suggestion}${p.replaced ? ' (erstattet)' : ' ({ variables: true } erstatter den)'}` : ''}`)
    for (const n of r.notes) out.push(`  merk: ${n}`)
    out.push('')
  }
  return out.join('\n')
}
