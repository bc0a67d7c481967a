/**
 * The skeleton table (src/validate/skeleton.ts) as text, JSON and a self-contained HTML page:
 * one row per retningslinje, one column per standard section, each cell the section's number
 * and what it holds.
 */
import type { SectionContent, SkeletonCell, SkeletonTable } from '../validate/skeleton.js'
import { maxOf } from '../arrays.js'
import { escapeHtml, htmlPage } from '../output/html.js'
import { terminalText } from '../output/terminal.js'

/** One letter a cell: E own text, P a pointer with the point, H a pointer without it («Se samarbeidsavtalen»), T empty. */
const CODE: Record<SectionContent, string> = { 'egen tekst': 'E', 'henvisning med punkt': 'P', 'henvisning uten punkt': 'H', tom: 'T' }

const cellText = (c: SkeletonCell | null) => (c ? `${c.number ?? '–'} ${CODE[c.content]}` : '·')

export function formatSkeletonText(table: SkeletonTable): string {
  const first = maxOf(table.documents.map((d) => terminalText(d.title).length), 8)
  const widths = table.standard.map((s) => maxOf(table.documents.map((d) => cellText(d.cells[s] ?? null).length), s.length))
  const head = `${''.padEnd(first)}  ${table.standard.map((s, i) => s.padEnd(widths[i]!)).join('  ')}`
  const rows = table.documents.map((d) => `${terminalText(d.title).padEnd(first)}  ${table.standard.map((s, i) => cellText(d.cells[s] ?? null).padEnd(widths[i]!)).join('  ')}`)
  const legend = 'Hver celle: punktnummeret og hva punktet inneholder. E = egen tekst, P = bare en henvisning til samarbeidsavtalen med punkt, H = bare «Se samarbeidsavtalen» uten punkt, T = tomt, · = punktet finnes ikke.'
  return `${head.trimEnd()}\n${rows.map((r) => r.trimEnd()).join('\n')}\n\n${legend}\n`
}

export function formatSkeletonJson(table: SkeletonTable): string {
  return `${JSON.stringify(table, null, 2)}\n`
}

const CSS = `
body { max-width: 72rem; }
.skeleton td { white-space: nowrap; }
.skeleton td.H { background: #fff4d6; }
.skeleton td.T, .skeleton td.missing { background: #fbe3e4; }
@media print { @page { size: A4 landscape; } .skeleton { font-size: 9pt; } }
`

export function formatSkeletonHtml(table: SkeletonTable, title = 'Standardpunktene i retningslinjene'): string {
  const head = table.standard.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('')
  const rows = table.documents
    .map((d) => {
      const cells = table.standard
        .map((s) => {
          const c = d.cells[s] ?? null
          if (!c) return '<td class="missing">finnes ikke</td>'
          return `<td class="${CODE[c.content]}" title="${escapeHtml(`${c.title} (linje ${c.line})`)}">${escapeHtml(`${c.number ?? ''} ${c.content}`.trim())}</td>`
        })
        .join('')
      return `<tr><th scope="row">${escapeHtml(d.title)}</th>${cells}</tr>`
    })
    .join('\n')
  const body = `<h1>${escapeHtml(title)}</h1>
<table class="skeleton"><thead><tr><th></th>${head}</tr></thead><tbody>
${rows}
</tbody></table>
<p class="muted">«henvisning uten punkt»: punktet sier bare «Se samarbeidsavtalen» og ikke hvor i den.</p>`
  return htmlPage({ title, body, css: CSS })
}
