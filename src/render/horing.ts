/**
 * The høringsoppsummering as Markdown (to forward or paste into a saksframlegg), a
 * self-contained HTML page, JSON, and Word.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { HoringReport, InnspillEntry, SectionReport } from '../horing/report.js'
import { VURDERINGER } from '../horing/innspill.js'
import { packDocx } from './docx-pack.js'
import { escapeHtml, htmlPage } from './html.js'
import { append } from '../arrays.js'

const sectionName = (s: SectionReport) => `${s.number ? `${s.number}${s.number.includes('.') ? '' : '.'} ` : ''}${s.title}`
const moved = (s: SectionReport) => (s.newNumber && s.newNumber !== s.number ? ` (nå ${s.newNumber})` : '')
const change = (s: SectionReport) => (s.status === 'uendret' ? 'uendret' : `${s.status}, +${s.wordsAdded}/−${s.wordsRemoved} ord`)
const late = (i: InnspillEntry) => (i.forSent ? ' (mottatt etter fristen)' : '')

/** Rows of the respondent table, shared by every format. */
function respondentRows(report: HoringReport): string[][] {
  return report.respondents.map((r) => [r.navn, r.mottatt + (r.forSent ? ' (for sent)' : ''), String(r.antall), ...VURDERINGER.map((v) => String(r.vurderinger[v]))])
}
const RESPONDENT_HEAD = ['Respondent', 'Mottatt', 'Innspill', ...VURDERINGER]

function mdTable(head: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')
}

export function formatHoringMarkdown(report: HoringReport): string {
  const t = report.totals
  const out: string[] = [
    '# Høringsoppsummering',
    '',
    `Utkast: ${report.fra} · Endelig forslag: ${report.til}${report.frist ? ` · Høringsfrist: ${report.frist}` : ''}`,
    '',
    `${t.respondenter} respondenter, ${t.innspill} innspill${t.forSent ? ` (${t.forSent} mottatt etter fristen)` : ''}: ${VURDERINGER.map((v) => `${t.perVurdering[v]} ${v}`).join(', ')}.`,
    '',
    '## Respondenter',
    '',
    mdTable(RESPONDENT_HEAD, respondentRows(report)),
  ]
  for (const doc of report.documents) {
    if (doc.innspill.length === 0 && doc.sections.length === 0) continue
    out.push('', `## ${doc.title}`, '', `Status: ${doc.status}${doc.hearingLabel ? ` – ${doc.hearingLabel}` : ''} · ${report.totals.perDokument[doc.id] ?? 0} innspill`)
    for (const i of doc.innspill) out.push('', `- **${i.respondent}**${late(i)} (hele dokumentet): ${i.tekst}\n  *Vurdering: ${i.vurdering}*${i.begrunnelse ? ` – ${i.begrunnelse}` : ''}`)
    for (const s of doc.sections) {
      out.push('', `### ${sectionName(s)}${moved(s)}`, '', `Endring: ${change(s)}${s.innspill.length === 0 ? ' · ingen innspill' : ''}`)
      for (const i of s.innspill) out.push('', `- **${i.respondent}**${late(i)}: ${i.tekst}\n  *Vurdering: ${i.vurdering}*${i.begrunnelse ? ` – ${i.begrunnelse}` : ''}`)
    }
  }
  if (report.endretUtenInnspill.length) {
    append(out, ['', '## Endret uten innspill', '', ...report.endretUtenInnspill.map((e) => `- ${e.document}: ${e.number ? `${e.number} ` : ''}${e.title} (${e.status})`)])
  }
  if (report.ukjenteMaal.length) append(out, ['', '## Innspill til avsnitt som ikke finnes', '', ...report.ukjenteMaal.map((r) => `- ${r.file}:${r.line}: ${r.message}`)])
  if (report.merknader.length) append(out, ['', '## Merknader', '', ...report.merknader.map((r) => `- ${r.file}:${r.line}: ${r.message}`)])
  return `${out.join('\n')}\n`
}

export function formatHoringJson(report: HoringReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const CSS = `
.innspill { border-left: 3px solid var(--line); margin: .6rem 0; padding: .2rem .8rem; }
.innspill.late { border-color: #c77700; }
.vurdering { color: var(--muted); font-style: italic; }
.status { font-size: .9rem; color: var(--muted); }
.status.changed { color: #0b5394; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: #fde7c7; margin-left: .4rem; }
`

export function formatHoringHtml(report: HoringReport): string {
  const t = report.totals
  const entry = (i: InnspillEntry) =>
    `<div class="innspill${i.forSent ? ' late' : ''}"><strong>${escapeHtml(i.respondent)}</strong>${i.forSent ? '<span class="badge">etter fristen</span>' : ''}<p>${escapeHtml(i.tekst)}</p><p class="vurdering">Vurdering: ${escapeHtml(i.vurdering)}${i.begrunnelse ? ` – ${escapeHtml(i.begrunnelse)}` : ''}</p></div>`
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  const docs = report.documents
    .filter((d) => d.innspill.length > 0 || d.sections.length > 0)
    .map(
      (d) =>
        `<section class="document" data-id="${escapeHtml(d.id)}"><h2>${escapeHtml(d.title)}</h2><p class="status">Status: ${escapeHtml(d.status)}${d.hearingLabel ? ` – ${escapeHtml(d.hearingLabel)}` : ''} · <span class="count">${t.perDokument[d.id] ?? 0}</span> innspill</p>${d.innspill.map(entry).join('')}${d.sections
          .map((s) => `<h3>${escapeHtml(sectionName(s) + moved(s))}</h3><p class="status${s.status === 'uendret' ? '' : ' changed'}">Endring: ${escapeHtml(change(s))}</p>${s.innspill.map(entry).join('')}`)
          .join('')}</section>`,
    )
    .join('\n')
  const list = (title: string, items: string[]) => (items.length ? `<h2>${escapeHtml(title)}</h2><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '')
  const body = `<h1>Høringsoppsummering</h1>
<p class="muted">Utkast: ${escapeHtml(report.fra)} · Endelig forslag: ${escapeHtml(report.til)}${report.frist ? ` · Høringsfrist: ${escapeHtml(report.frist)}` : ''}</p>
<p class="summary" data-respondenter="${t.respondenter}" data-innspill="${t.innspill}" data-for-sent="${t.forSent}"><strong>${t.respondenter}</strong> respondenter, <strong>${t.innspill}</strong> innspill${t.forSent ? `, ${t.forSent} etter fristen` : ''}.</p>
<h2>Respondenter</h2>${table(RESPONDENT_HEAD, respondentRows(report))}
${docs}
${list('Endret uten innspill', report.endretUtenInnspill.map((e) => `${e.document}: ${e.number ? `${e.number} ` : ''}${e.title} (${e.status})`))}
${list('Innspill til avsnitt som ikke finnes', report.ukjenteMaal.map((r) => `${r.file}:${r.line}: ${r.message}`))}
${list('Merknader', report.merknader.map((r) => `${r.file}:${r.line}: ${r.message}`))}`
  return htmlPage({ title: 'Høringsoppsummering', body, css: CSS })
}

export async function formatHoringDocx(report: HoringReport, options: { date?: string } = {}): Promise<Uint8Array> {
  const t = report.totals
  const p = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })] })
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level })
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: RESPONDENT_HEAD.map((x) => cell(x, true)) }), ...respondentRows(report).map((r) => new TableRow({ children: r.map((x) => cell(x)) }))],
  })
  const entry = (i: InnspillEntry) => [
    new Paragraph({ children: [new TextRun({ text: i.respondent + (i.forSent ? ' (mottatt etter fristen)' : ''), bold: true }), new TextRun({ text: `: ${i.tekst}` })] }),
    p(`Vurdering: ${i.vurdering}${i.begrunnelse ? ` – ${i.begrunnelse}` : ''}`, { italics: true }),
  ]
  const children: Array<Paragraph | Table> = [
    h('Høringsoppsummering', HeadingLevel.TITLE),
    p(`Utkast: ${report.fra} · Endelig forslag: ${report.til}${report.frist ? ` · Høringsfrist: ${report.frist}` : ''}`),
    p(`${t.respondenter} respondenter, ${t.innspill} innspill${t.forSent ? ` (${t.forSent} mottatt etter fristen)` : ''}.`),
    h('Respondenter', HeadingLevel.HEADING_1),
    table,
  ]
  for (const d of report.documents) {
    if (d.innspill.length === 0 && d.sections.length === 0) continue
    append(children, [h(d.title, HeadingLevel.HEADING_1), p(`Status: ${d.status}${d.hearingLabel ? ` – ${d.hearingLabel}` : ''}`), ...d.innspill.flatMap(entry)])
    for (const s of d.sections) append(children, [h(sectionName(s) + moved(s), HeadingLevel.HEADING_2), p(`Endring: ${change(s)}`, { italics: true }), ...s.innspill.flatMap(entry)])
  }
  if (report.endretUtenInnspill.length) {
    append(children, [h('Endret uten innspill', HeadingLevel.HEADING_1), ...report.endretUtenInnspill.map((e) => p(`${e.document}: ${e.number ? `${e.number} ` : ''}${e.title} (${e.status})`))])
  }
  if (report.ukjenteMaal.length) append(children, [h('Innspill til avsnitt som ikke finnes', HeadingLevel.HEADING_1), ...report.ukjenteMaal.map((r) => p(`${r.file}:${r.line}: ${r.message}`))])
  if (report.merknader.length) append(children, [h('Merknader', HeadingLevel.HEADING_1), ...report.merknader.map((r) => p(`${r.file}:${r.line}: ${r.message}`))])
  const doc = new Document({
    creator: 'avtaleverk',
    title: 'Høringsoppsummering',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: [...children, new Paragraph({ alignment: AlignmentType.LEFT, children: [] })] }],
  })
  return packDocx(doc, options.date ? { date: options.date } : {})
}
