/** The signing status as a terminal table, JSON, and a self-contained HTML page. */
import * as path from '../platform/path.js'
import type { KommuneStatus, StatusReport } from '../status/status.js'
import type { VersionList } from '../status/versions.js'
import { escapeHtml, htmlPage } from '../output/html.js'
import { append, maxOf } from '../arrays.js'
import { terminalText } from '../output/terminal.js'

const signed = (s: KommuneStatus['kommune']) => (s ? `${s.versjon} (${s.dato})` : '–')
const behind = (k: KommuneStatus) =>
  k.sinceSigned
    ? `siden ${(k.kommune ?? k.unn)!.versjon}: ${k.sinceSigned.documents.map((d) => `${d.id} ${d.status}`).join(', ') || 'ingen dokumenter endret'}; ${k.sinceSigned.sectionsChanged} punkter, +${k.sinceSigned.wordsAdded}/−${k.sinceSigned.wordsRemoved} ord`
    : ''

export function formatStatusText(report: StatusReport): string {
  const rows = report.kommuner.map((k) => [`${k.nummer} ${k.navn}`, k.state, signed(k.kommune), signed(k.unn), behind(k)].map((c) => terminalText(c)))
  const head = ['Kommune', 'Status', 'Kommunen signerte', 'UNN signerte', 'Endret siden']
  const widths = head.map((h, i) => maxOf(rows.map((r) => r[i]!.length), h.length))
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()
  const t = report.totals
  const out = [
    `Gjeldende versjon: ${report.current.id} (${report.current.dato})`,
    '',
    line(head),
    ...rows.map(line),
    '',
    `${t.signert} signert, ${t['delvis signert']} delvis signert, ${t['signert eldre versjon']} på eldre versjon, ${t['ikke signert']} ikke signert.`,
  ]
  if (report.hashProblems.length > 0) append(out, ['', 'Signerte filer som ikke stemmer med teksten:', ...report.hashProblems.map((p) => `${p.file}:${p.line}: ${p.message}`)])
  return `${out.map((l) => terminalText(l)).join('\n')}\n`
}

export function formatStatusJson(report: StatusReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const CSS = `
body { max-width: 72rem; }
td.state, td:first-child { white-space: nowrap; }
td.state { font-weight: 600; }
tr.signert td.state { color: #1e6b2b; }
tr.delvis-signert td.state, tr.signert-eldre-versjon td.state { color: #b35c00; }
tr.ikke-signert td.state { color: #8a1c1c; }
.problems li { color: #8a1c1c; }
`

export function formatStatusHtml(report: StatusReport): string {
  const t = report.totals
  const rows = report.kommuner
    .map((k) => `<tr class="${k.state.replace(/ /g, '-')}"><td>${escapeHtml(`${k.nummer} ${k.navn}`)}</td><td class="state">${escapeHtml(k.state)}</td><td>${escapeHtml(signed(k.kommune))}</td><td>${escapeHtml(signed(k.unn))}</td><td>${escapeHtml(behind(k))}</td></tr>`)
    .join('\n')
  const problems = report.hashProblems.length
    ? `<h2>Signerte filer som ikke stemmer med teksten</h2><ul class="problems">${report.hashProblems.map((p) => `<li>${escapeHtml(`${p.file}:${p.line}: ${p.message}`)}</li>`).join('')}</ul>`
    : ''
  const body = `<h1>Signeringsstatus</h1>
<p class="summary" data-signert="${t.signert}" data-delvis="${t['delvis signert']}" data-eldre="${t['signert eldre versjon']}" data-ikke="${t['ikke signert']}">Gjeldende versjon <strong>${escapeHtml(report.current.id)}</strong> (${escapeHtml(report.current.dato)}): <strong>${t.signert}</strong> signert, ${t['delvis signert']} delvis, ${t['signert eldre versjon']} på eldre versjon, ${t['ikke signert']} ikke signert.</p>
<table><thead><tr><th>Kommune</th><th>Status</th><th>Kommunen signerte</th><th>UNN signerte</th><th>Endret siden signering</th></tr></thead><tbody>
${rows}
</tbody></table>
${problems}`
  return htmlPage({ title: 'Signeringsstatus', body, css: CSS })
}

export interface VersionsTextOptions {
  /** Folder the versions' folders are shown relative to; default: shown as absolute paths. */
  cwd?: string
}

/**
 * The version list as the terminal table `avtaleverk versions` prints: one row per version, the
 * current one marked with `*`.
 *
 * @throws never
 */
export function formatVersionsText(list: VersionList, options: VersionsTextOptions = {}): string {
  const rows = list.versions.map((v) => `${v === list.current ? '*' : ' '} ${v.id.padEnd(12)} ${v.dato}  ${v.status.padEnd(8)} ${options.cwd !== undefined ? path.relative(options.cwd, v.folder) || '.' : v.folder}${v.beskrivelse ? `  ${v.beskrivelse}` : ''}`)
  return `${rows.join('\n')}\n(* = gjeldende versjon)\n`
}
