/**
 * The § 6-2 coverage matrix (points × documents) as a terminal table and as a self-contained
 * HTML page. "K" = claimed in front matter, "S" = cited in the text, "I" = dealt with in
 * substance (the second paragraph).
 */
import { HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH } from '../law/hotjl-6-2.js'
import { type CoverageCell, type CoverageMatrix, isCovered, type PointKey, SECOND_PARAGRAPH } from '../validate/coverage.js'
import { readableVariables } from '../template/variables.js'
import { escapeHtml, htmlPage } from '../output/html.js'
import { formatDate } from '../template/variables.js'
import { maxOf } from '../arrays.js'
import { terminalText } from '../output/terminal.js'

const pointLabel = (p: PointKey) => (p === SECOND_PARAGRAPH ? '2. ledd' : `nr. ${p}`)
const pointText = (p: PointKey) => (p === SECOND_PARAGRAPH ? HOTJL_6_2_SECOND_PARAGRAPH.short : HOTJL_6_2_POINTS.find((x) => x.number === p)!.short)
const pointLaw = (p: PointKey) => (p === SECOND_PARAGRAPH ? HOTJL_6_2_SECOND_PARAGRAPH.text : HOTJL_6_2_POINTS.find((x) => x.number === p)!.text)

function docLabel(id: string): string {
  if (id === 'samarbeidsavtale') return 'SA'
  const m = /^retningslinje-(\d+)$/.exec(id)
  if (m) return `R${m[1]}`
  return id.slice(0, 4).toUpperCase()
}

function cellCode(c: CoverageCell | undefined): string {
  if (!c) return ''
  return [c.claimed ? 'K' : '', c.byNumber ? 'N' : '', c.citedIn.length > 0 ? 'S' : '', c.addressedIn.length > 0 ? 'I' : ''].join('')
}

/** Which version of § 6-2 the set is judged by, what an older set must now add, and whether the set is whole. */
export function lawNote(matrix: CoverageMatrix): string {
  const partial = matrix.partial?.length ? `Avtalesettet er ikke helt (${matrix.partial.join('; ')}): dekningen gjelder bare dokumentene som er lest inn.` : ''
  const law = matrix.law
  if (!law || law.to === null) return partial
  const last = matrix.points.filter((p) => p !== SECOND_PARAGRAPH).length
  const added = (matrix.addedSince ?? []).map((p) => `nr. ${p} (${pointText(p)}: ${isCovered(matrix, p) ? 'dekket' : 'ikke dekket'})`)
  return `Avtalesettet er datert ${law.date} og er vurdert etter § 6-2 slik den lød ${formatDate(law.from, 'lang')}–${formatDate(law.to, 'lang')} (nr. 1–${last} og andre ledd).${added.length ? ` Loven krever nå også ${added.join(' og ')}.` : ''}${partial ? `\n${partial}` : ''}`
}

/** How many of the law's requirements the set covers, and which it misses. */
export interface CoverageSummary {
  covered: number
  total: number
  missing: PointKey[]
}

/** The matrix as `coverage -f json` writes it (schemas/coverage.schema.json). */
export type CoverageJson = CoverageMatrix & { summary: CoverageSummary }

export function coverageSummary(matrix: CoverageMatrix): CoverageSummary {
  const missing = matrix.points.filter((p) => !isCovered(matrix, p))
  return { covered: matrix.points.length - missing.length, total: matrix.points.length, missing }
}

export function formatCoverageText(matrix: CoverageMatrix): string {
  const cols = matrix.documents.map((d) => terminalText(docLabel(d.id)))
  const width = maxOf(cols.map((c) => c.length), 3)
  const head = `${'hotjl § 6-2'.padEnd(12)} ${cols.map((c) => c.padEnd(width)).join(' ')}  dekket`
  const rows = matrix.points.map((p) => {
    const cells = matrix.documents.map((d) => (cellCode(matrix.cells[String(p)]?.[d.id]) || '·').padEnd(width))
    return `${pointLabel(p).padEnd(12)} ${cells.join(' ')}  ${isCovered(matrix, p) ? 'ja ' : 'NEI'}  ${pointText(p)}`
  })
  const s = coverageSummary(matrix)
  const byNumber = Object.values(matrix.cells).some((row) => Object.values(row).some((c) => c.byNumber))
  const legend = `K = oppgitt i front matter, ${byNumber ? 'N = dekket av dokumentets nummer, ' : ''}S = sitert i teksten, I = behandlet i innholdet\n${matrix.documents.map((d) => terminalText(`${docLabel(d.id)} = ${d.path}`)).join('\n')}`
  const note = lawNote(matrix)
  return `${head}\n${rows.join('\n')}\n\n${s.covered} av ${s.total} krav dekket${s.missing.length ? `; mangler: ${s.missing.map(pointLabel).join(', ')}` : ''}.\n${note ? `${note}\n` : ''}${legend}\n`
}

export function formatCoverageJson(matrix: CoverageMatrix): string {
  const json: CoverageJson = { ...matrix, summary: coverageSummary(matrix) }
  return `${JSON.stringify(json, null, 2)}\n`
}

const CSS = `
body { max-width: 72rem; }
.matrix td.cell { text-align: center; font-weight: 600; width: 3.2rem; }
.matrix td.K, .matrix td.KS, .matrix td.S, .matrix td.I, .matrix td.SI, .matrix td.KI, .matrix td.KSI { background: #dff5e1; }
.matrix tr.missing th, .matrix tr.missing td.status { background: #fbe3e4; color: #8a1c1c; }
.matrix th.point { white-space: nowrap; }
.matrix .law { font-weight: 400; color: var(--muted); font-size: .85rem; }
.summary { font-size: 1.15rem; margin: 1rem 0 1.5rem; }
.summary strong.ok { color: #1e6b2b; } .summary strong.bad { color: #8a1c1c; }
@media print {
  /* Fourteen columns and the point's text on A4: small, tight, nothing beyond the right margin. */
  @page { size: A4 landscape; }
  .matrix { font-size: 8.5pt; table-layout: auto; }
  .matrix th, .matrix td { padding: .15rem .25rem; }
  .matrix td.cell { width: auto; }
  .matrix th.point { white-space: normal; min-width: 9rem; }
}
`

export function formatCoverageHtml(matrix: CoverageMatrix, title = 'Dekning av helse- og omsorgstjenesteloven § 6-2'): string {
  const s = coverageSummary(matrix)
  const head = matrix.documents.map((d) => `<th title="${escapeHtml(readableVariables(d.title))}">${escapeHtml(docLabel(d.id))}</th>`).join('')
  const rows = matrix.points
    .map((p) => {
      const covered = isCovered(matrix, p)
      const cells = matrix.documents
        .map((d) => {
          const c = matrix.cells[String(p)]?.[d.id]
          const code = cellCode(c)
          const where = c ? [...c.citedIn, ...c.addressedIn].join(', ') : ''
          return `<td class="cell ${code}" title="${escapeHtml(where)}">${escapeHtml(code)}</td>`
        })
        .join('')
      return `<tr class="${covered ? 'covered' : 'missing'}" data-point="${escapeHtml(String(p))}"><th class="point" scope="row">${escapeHtml(pointLabel(p))}<div class="law">${escapeHtml(pointText(p))}</div></th>${cells}<td class="status">${covered ? 'ja' : 'NEI'}</td></tr>`
    })
    .join('\n')
  const legend = matrix.documents.map((d) => `<li><strong>${escapeHtml(docLabel(d.id))}</strong> ${escapeHtml(readableVariables(d.title))}</li>`).join('')
  const missing = s.missing.map((p) => `<li><strong>${escapeHtml(pointLabel(p))}</strong>: «${escapeHtml(pointLaw(p))}»</li>`).join('')
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="summary" data-covered="${s.covered}" data-total="${s.total}"><strong class="${s.missing.length ? 'bad' : 'ok'}">${s.covered} av ${s.total}</strong> krav dekket (punkt 1–${s.total - 1} i første ledd og andre ledd).</p>${lawNote(matrix) ? `<p class="law-version">${escapeHtml(lawNote(matrix))}</p>` : ''}
${missing ? `<h2>Ikke dekket</h2><ul class="missing">${missing}</ul>` : ''}
<table class="matrix"><thead><tr><th>§ 6-2</th>${head}<th>Dekket</th></tr></thead><tbody>
${rows}
</tbody></table>
<p class="muted">K = oppgitt i front matter · S = sitert i teksten · I = behandlet i innholdet. Hold pekeren over en celle for å se avsnittene.</p>
<ul>${legend}</ul>`
  return htmlPage({ title, body, css: CSS })
}
