/**
 * A ChangeSet as one self-contained HTML report: a summary (documents and sections changed,
 * words added and removed), a table of contents of the changed sections, and the redline of
 * each with its old and new number. Readable on screen and printed (underline and strike-through
 * carry the meaning where colour does not).
 */
import { type ChangeSet, type DocumentChange, type FrontMatterChange, isMergedAway, type SectionChange, type SectionRef } from '../diff/changeset.js'
import { type Hunk, isChanged } from '../diff/hunks.js'
import { changeSetWithText } from '../diff/with-text.js'
import type { AgreementSet } from '../model.js'
import { changedDocuments, changedSections, describeSection, DOCUMENT_STATUS_TEXT, documentTitle, fallbackNote, paragraphChanged, redlineParagraphs, sectionHeading, shownSection, versionsOf } from './diff-common.js'
import { formatDate, readableVariables } from '../template/variables.js'
import { escapeHtml, htmlPage } from '../output/html.js'

export interface DiffHtmlOptions {
  /** The page title; default "Endringer i avtaleverket". */
  title?: string
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
}

const CSS = `
ins { text-decoration: underline; text-decoration-color: #2e7d32; }
del { text-decoration: line-through; text-decoration-color: #c62828; }
.summary dl { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5rem; margin: 1rem 0; }
.summary dl div { border: 1px solid var(--line); padding: .5rem .75rem; }
.summary dt { color: var(--muted); font-size: .85rem; }
.summary dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: .05rem .45rem; border-radius: .6rem; background: #eef1f4; vertical-align: middle; }
.badge.revidert, .badge.endret { background: #fff4d6; } .badge.ny { background: var(--ins); } .badge.fjernet { background: var(--del); }
.nums { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: .4rem; }
.nums .old { text-decoration: line-through; }
.change { border-left: 3px solid var(--line); padding-left: .9rem; margin: 1.2rem 0; }
.change .tags { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
.redline p.same { color: var(--muted); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
nav.toc ol { list-style: none; padding-left: 1.1rem; }
nav.toc > ol { padding-left: 0; }
@media print {
  .change { break-inside: auto; }
  .change h3 { break-after: avoid-page; }
  .summary dl { grid-template-columns: repeat(4, 1fr); }
  .summary dl div { break-inside: avoid-page; }
  header.doc-meta code { white-space: normal; }
}
`

/**
 * The ChangeSet as one self-contained HTML report.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a ChangeSet without its text when the old set is neither given nor known (see changeSetWithText).
 */
export function renderDiffHtml(changes: ChangeSet, options: DiffHtmlOptions = {}): string {
  const cs = changeSetWithText(changes, options.old)
  const title = options.title ?? 'Endringer i avtaleverket'
  const docs = changedDocuments(cs)
  const ids = anchors(cs)
  const body = [
    `<header class="doc-meta">Sammenligning av versjon ${escapeHtml(versionsOf(cs, 'old') || '–')} (gammel) og versjon ${escapeHtml(versionsOf(cs, 'new') || '–')} (ny)</header>`,
    `<h1>${escapeHtml(title)}</h1>`,
    summary(cs),
    fallbackNote(cs) ? `<p class="note">${escapeHtml(fallbackNote(cs)!)}</p>` : '',
    docs.length > 0 ? contents(docs, ids) : '<p>Ingen endringer i teksten.</p>',
    ...docs.map((d) => documentSection(d, ids)),
  ]
  return htmlPage({ title, body: body.filter(Boolean).join('\n'), css: CSS })
}

/** One anchor per changed section, stable for the same ChangeSet. */
function anchors(cs: ChangeSet): Map<SectionChange, string> {
  const out = new Map<SectionChange, string>()
  cs.documents.forEach((d, i) => changedSections(d).forEach((s, j) => out.set(s, `endring-${i + 1}-${j + 1}`)))
  return out
}

function summary(cs: ChangeSet): string {
  const s = cs.summary
  const changedDocs = s.documents.revidert + s.documents.ny + s.documents.fjernet
  const cell = (label: string, key: string, value: string) => `<div><dt>${label}</dt><dd data-count="${key}">${value}</dd></div>`
  const rows = cs.documents
    .map((d) => `<tr><td>${escapeHtml(readableVariables(documentTitle(d)))}</td><td><span class="badge ${d.status}">${DOCUMENT_STATUS_TEXT[d.status]}</span></td><td class="n">${changedSections(d).length}</td><td class="n">${d.wordsAdded}</td><td class="n">${d.wordsRemoved}</td></tr>`)
    .join('\n')
  return `<section class="summary" aria-label="Sammendrag">
<dl>
${cell('Dokumenter endret', 'documents-changed', `${changedDocs} av ${cs.documents.length}`)}
${cell('Punkter endret', 'sections-changed', String(s.sectionsChanged))}
${cell('Ord lagt til', 'words-added', String(s.wordsAdded))}
${cell('Ord fjernet', 'words-removed', String(s.wordsRemoved))}
</dl>
<table>
<thead><tr><th>Dokument</th><th>Status</th><th>Punkter endret</th><th>Ord +</th><th>Ord −</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`
}

function contents(docs: Array<DocumentChange<Hunk>>, ids: Map<SectionChange, string>): string {
  const items = docs.map((d) => {
    const sections = changedSections(d)
      .map((s) => `<li><a href="#${ids.get(s)}">${escapeHtml(readableVariables(sectionHeading(s)))}</a> <span class="muted">— ${escapeHtml(describeSection(s))}</span></li>`)
      .join('\n')
    return `<li><a href="#dokument-${escapeHtml(d.id)}">${escapeHtml(readableVariables(documentTitle(d)))}</a>${sections ? `\n<ol>\n${sections}\n</ol>` : ''}</li>`
  })
  return `<nav class="toc"><h2>Endrede punkter</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`
}

function documentSection(d: DocumentChange<Hunk>, ids: Map<SectionChange, string>): string {
  const parts = [
    `<section class="doc" id="dokument-${escapeHtml(d.id)}">`,
    `<h2>${d.titleHunks ? inline(d.titleHunks) : escapeHtml(readableVariables(documentTitle(d)))} <span class="badge ${d.status}">${DOCUMENT_STATUS_TEXT[d.status]}</span></h2>`,
  ]
  if (d.frontMatter.length > 0) parts.push(`<p class="muted">Dokumentopplysninger endret: ${d.frontMatter.map(frontMatterText).map(escapeHtml).join('; ')}</p>`)
  if (isChanged(d.preamble.hunks)) parts.push(`<div class="redline">${paragraphs(d.preamble.hunks)}</div>`)
  for (const s of changedSections(d)) parts.push(sectionArticle(s, ids.get(s)!))
  parts.push('</section>')
  return parts.join('\n')
}

/** Front matter keys in the reader's words. */
const FRONT_MATTER_WORDS: Record<string, string> = { version: 'versjon', status: 'status', date: 'dato', title: 'tittel', hearing: 'høringsmerke', hotjl: '§ 6-2-punkter', number: 'nummer', type: 'type' }

function frontMatterText(c: FrontMatterChange): string {
  const show = (v: unknown) => (v === null || v === undefined ? '(ingen)' : typeof v === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, 'lang') : readableVariables(v)) : Array.isArray(v) ? v.join(', ') : JSON.stringify(v))
  return `${FRONT_MATTER_WORDS[c.key] ?? c.key}: ${show(c.old)} → ${show(c.new)}`
}

function sectionArticle(s: SectionChange<Hunk>, id: string): string {
  const oldNumber = s.old?.numberText ?? null
  const newNumber = isMergedAway(s) ? null : (s.new?.numberText ?? null)
  const nums =
    oldNumber !== null && newNumber !== null && oldNumber !== newNumber
      ? `<span class="nums"><span class="old" title="gammelt nummer">${escapeHtml(oldNumber)}</span> → <span class="new" title="nytt nummer">${escapeHtml(newNumber)}</span></span>`
      : `<span class="nums">${escapeHtml(newNumber ?? oldNumber ?? underHeading(shownSection(s)))}</span>`
  const title = s.titleHunks ? inline(s.titleHunks) : escapeHtml(readableVariables(shownSection(s).title))
  const described = describeSection(s)
  // A renumbered or retitled section with the same text: its text would only be noise here.
  const text = isChanged(s.hunks) ? `<div class="redline">${paragraphs(s.hunks)}</div>` : '<p class="muted">Teksten er uendret.</p>'
  return `<article class="change" id="${id}">
<h3>${nums}${title} <span class="badge ${s.status === 'ny' || s.status === 'fjernet' ? s.status : 'endret'}">${escapeHtml(s.status)}</span></h3>
${described !== s.status ? `<p class="tags">${escapeHtml(described)}</p>\n` : ''}${isMergedAway(s) ? '' : text}
</article>`
}

/** For an unnumbered section ("Kommunens ansvar:"), the heading it stands under. */
function underHeading(ref: SectionRef): string {
  const parent = ref.parents[ref.parents.length - 1]
  return parent ? `${parent} ›` : ''
}

function paragraphs(hunks: readonly Hunk[]): string {
  return redlineParagraphs(hunks)
    .filter((p) => p.segments.length > 0)
    .map((p) => `<p${paragraphChanged(p) ? '' : ' class="same"'}>${inline(p.segments)}</p>`)
    .join('\n')
}

function inline(hunks: readonly Hunk[]): string {
  return hunks
    .map((h) => {
      const text = escapeHtml(readableVariables(h.text)).replace(/\n/gu, '<br>')
      return h.kind === 'lik' ? text : h.kind === 'ny' ? `<ins>${text}</ins>` : `<del>${text}</del>`
    })
    .join('')
}
