/**
 * The høringsoppsummering as Markdown (to forward or paste into a saksframlegg), a
 * self-contained HTML page, JSON, and Word.
 */
import type { HeadingLevel, Paragraph as ParagraphType, Table } from 'docx'
import type { HoringReport, InnspillEntry, SectionReport } from '../horing/report.js'
import { VURDERINGER } from '../horing/innspill.js'
import { formatDate, readableVariables } from '../template/variables.js'
import { escapeMarkdownLines } from '../output/escape.js'
import { escapeHtml, htmlPage } from '../output/html.js'
import { append } from '../arrays.js'

/*
 * For people: titles with variables as labels («[kommunenavn]»), dates in long form («1. juni
 * 2024»), versions by name; ids, file paths and line numbers stay in the JSON.
 */
const title = (t: string) => readableVariables(t)
const lang = (iso: string) => formatDate(iso, 'lang')
const versions = (r: HoringReport) => `Utkast: versjon ${r.fraVersjon} · Endelig forslag: versjon ${r.tilVersjon}${r.frist ? ` · Høringsfrist: ${lang(r.frist)}` : ''}`
const unchangedChanged = (r: HoringReport) => r.endretUtenInnspill.map((e) => `${title(e.documentTitle)}: ${e.number ? `${e.number} ` : ''}${e.title} (${e.status})`)

const sectionName = (s: SectionReport) => `${s.number ? `${s.number}${s.number.includes('.') ? '' : '.'} ` : ''}${s.title}`
const moved = (s: SectionReport) => (s.newNumber && s.newNumber !== s.number ? ` (nå ${s.newNumber})` : '')
const change = (s: SectionReport) => (s.status === 'uendret' ? 'uendret' : `${s.status}, +${s.wordsAdded}/−${s.wordsRemoved} ord`)
/** What respondents wrote, as text in a list item: never markup, never a heading of the report. */
const md = (text: string) => escapeMarkdownLines(text, '  ')
const late = (i: InnspillEntry) => (i.forSent ? ' (mottatt etter fristen)' : '')

/** Rows of the respondent table, shared by every format. */
function respondentRows(report: HoringReport): string[][] {
  return report.respondents.map((r) => [r.navn, lang(r.mottatt) + (r.forSent ? ' (for sent)' : ''), String(r.antall), ...VURDERINGER.map((v) => String(r.vurderinger[v]))])
}
const RESPONDENT_HEAD = ['Respondent', 'Mottatt', 'Innspill', ...VURDERINGER]

function mdTable(head: string[], rows: string[][]): string {
  // The Markdown escaper escapes `|` too, so a cell cannot end early.
  const cell = (s: string) => escapeMarkdownLines(s.replace(/\s*\n\s*/g, ' '), '')
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')
}

export function formatHoringMarkdown(report: HoringReport): string {
  const t = report.totals
  const out: string[] = [
    '# Høringsoppsummering',
    '',
    versions(report),
    '',
    `${t.respondenter} respondenter, ${t.innspill} innspill${t.forSent ? ` (${t.forSent} mottatt etter fristen)` : ''}: ${VURDERINGER.map((v) => `${t.perVurdering[v]} ${v}`).join(', ')}.`,
    '',
    '## Respondenter',
    '',
    mdTable(RESPONDENT_HEAD, respondentRows(report)),
  ]
  for (const doc of report.documents) {
    if (doc.innspill.length === 0 && doc.sections.length === 0) continue
    out.push('', `## ${title(doc.title)}`, '', `Status: ${doc.status}${doc.hearingLabel ? ` – ${doc.hearingLabel}` : ''} · ${report.totals.perDokument[doc.id] ?? 0} innspill`)
    for (const i of doc.innspill) out.push('', `- **${md(i.respondent)}**${late(i)} (hele dokumentet): ${md(i.tekst)}\n  *Vurdering: ${i.vurdering}*${i.begrunnelse ? ` – ${md(i.begrunnelse)}` : ''}`)
    for (const s of doc.sections) {
      out.push('', `### ${sectionName(s)}${moved(s)}`, '', `Endring: ${change(s)}${s.innspill.length === 0 ? ' · ingen innspill' : ''}`)
      for (const i of s.innspill) out.push('', `- **${md(i.respondent)}**${late(i)}: ${md(i.tekst)}\n  *Vurdering: ${i.vurdering}*${i.begrunnelse ? ` – ${md(i.begrunnelse)}` : ''}`)
    }
  }
  if (report.endretUtenInnspill.length) {
    append(out, ['', '## Endret uten innspill', ''])
    append(out, unchangedChanged(report).map((e) => `- ${e}`))
  }
  if (report.ukjenteMaal.length) append(out, ['', '## Innspill til avsnitt som ikke finnes', '', ...report.ukjenteMaal.map((r) => `- ${r.tekst}`)])
  if (report.merknader.length) append(out, ['', '## Merknader', '', ...report.merknader.map((r) => `- ${r.tekst}`)])
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
table.respondenter td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.respondenter td.dato { white-space: nowrap; }
table.respondenter th { hyphens: manual; }
`

export function formatHoringHtml(report: HoringReport): string {
  const t = report.totals
  const entry = (i: InnspillEntry) =>
    `<div class="innspill${i.forSent ? ' late' : ''}"><strong>${escapeHtml(i.respondent)}</strong>${i.forSent ? '<span class="badge">etter fristen</span>' : ''}<p>${escapeHtml(i.tekst)}</p><p class="vurdering">Vurdering: ${escapeHtml(i.vurdering)}${i.begrunnelse ? ` – ${escapeHtml(i.begrunnelse)}` : ''}</p></div>`
  const cellClass = (i: number) => (i === 1 ? ' class="dato"' : i >= 2 ? ' class="n"' : '')
  const table = (head: string[], rows: string[][]) =>
    `<table class="respondenter"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cellClass(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  const docs = report.documents
    .filter((d) => d.innspill.length > 0 || d.sections.length > 0)
    .map(
      (d) =>
        `<section class="document" data-id="${escapeHtml(d.id)}"><h2>${escapeHtml(title(d.title))}</h2><p class="status">Status: ${escapeHtml(d.status)}${d.hearingLabel ? ` – ${escapeHtml(d.hearingLabel)}` : ''} · <span class="count">${t.perDokument[d.id] ?? 0}</span> innspill</p>${d.innspill.map(entry).join('')}${d.sections
          .map((s) => `<h3>${escapeHtml(sectionName(s) + moved(s))}</h3><p class="status${s.status === 'uendret' ? '' : ' changed'}">Endring: ${escapeHtml(change(s))}</p>${s.innspill.map(entry).join('')}`)
          .join('')}</section>`,
    )
    .join('\n')
  const list = (title: string, items: string[]) => (items.length ? `<h2>${escapeHtml(title)}</h2><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '')
  const body = `<h1>Høringsoppsummering</h1>
<p class="muted">${escapeHtml(versions(report))}</p>
<p class="summary" data-respondenter="${t.respondenter}" data-innspill="${t.innspill}" data-for-sent="${t.forSent}"><strong>${t.respondenter}</strong> respondenter, <strong>${t.innspill}</strong> innspill${t.forSent ? `, ${t.forSent} etter fristen` : ''}.</p>
<h2>Respondenter</h2>${table(RESPONDENT_HEAD, respondentRows(report))}
${docs}
${list('Endret uten innspill', unchangedChanged(report))}
${list('Innspill til avsnitt som ikke finnes', report.ukjenteMaal.map((r) => r.tekst))}
${list('Merknader', report.merknader.map((r) => r.tekst))}`
  return htmlPage({ title: 'Høringsoppsummering', body, css: CSS })
}

export async function formatHoringDocx(report: HoringReport, options: { date?: string } = {}): Promise<Uint8Array> {
  // docx is loaded only when a Word file is made: it is most of the library's weight.
  const [{ Document, HeadingLevel, Paragraph, TextRun }, { packDocx }, { contentWidths, houseNumbering, houseSection, houseStyles, houseTable, LIST_REFERENCE, textRows }] = await Promise.all([import('docx'), import('../output/docx-pack.js'), import('../output/docx-style.js')])
  const t = report.totals
  const p = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })] })
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level })
  const rows = [RESPONDENT_HEAD, ...respondentRows(report)]
  const table = houseTable(textRows(rows), contentWidths(rows), { numeric: RESPONDENT_HEAD.map((_, i) => i >= 2) })
  const entry = (i: InnspillEntry) => [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: i.respondent + late(i), bold: true }), new TextRun({ text: `: ${i.tekst}` })] }),
    p(`Vurdering: ${i.vurdering}${i.begrunnelse ? ` – ${i.begrunnelse}` : ''}`, { italics: true }),
  ]
  const children: Array<ParagraphType | Table> = [
    new Paragraph({ style: 'Title', children: [new TextRun('Høringsoppsummering')] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(versions(report))] }),
    p(`${t.respondenter} respondenter, ${t.innspill} innspill${t.forSent ? ` (${t.forSent} mottatt etter fristen)` : ''}: ${VURDERINGER.map((v) => `${t.perVurdering[v]} ${v}`).join(', ')}.`),
    h('Respondenter', HeadingLevel.HEADING_1),
    table,
  ]
  for (const d of report.documents) {
    if (d.innspill.length === 0 && d.sections.length === 0) continue
    append(children, [h(title(d.title), HeadingLevel.HEADING_1), p(`Status: ${d.status}${d.hearingLabel ? ` – ${d.hearingLabel}` : ''} · ${t.perDokument[d.id] ?? 0} innspill`)])
    append(children, d.innspill.flatMap(entry))
    for (const s of d.sections) {
      append(children, [h(sectionName(s) + moved(s), HeadingLevel.HEADING_2), p(`Endring: ${change(s)}${s.innspill.length === 0 ? ' · ingen innspill' : ''}`, { italics: true })])
      append(children, s.innspill.flatMap(entry))
    }
  }
  const list = (heading: string, items: string[]) => (items.length ? [h(heading, HeadingLevel.HEADING_1), ...items.map((i) => new Paragraph({ style: 'ListParagraph', numbering: { reference: LIST_REFERENCE.bullet, level: 0 }, children: [new TextRun(i)] }))] : [])
  append(children, list('Endret uten innspill', unchangedChanged(report)))
  append(children, list('Innspill til avsnitt som ikke finnes', report.ukjenteMaal.map((r) => r.tekst)))
  append(children, list('Merknader', report.merknader.map((r) => r.tekst)))
  const heading = `Høringsoppsummering · versjon ${report.fraVersjon} → ${report.tilVersjon}`
  const doc = new Document({
    creator: 'avtaleverk',
    title: 'Høringsoppsummering',
    styles: houseStyles(),
    numbering: houseNumbering(),
    sections: [{ ...houseSection({ headerLeft: [new TextRun({ text: 'Høringsoppsummering', bold: true })], headerRight: `Versjon ${report.fraVersjon} → ${report.tilVersjon}`, footerLeft: heading, mark: null }), children }],
  })
  return packDocx(doc, options.date ? { date: options.date } : {})
}
