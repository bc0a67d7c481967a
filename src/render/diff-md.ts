/**
 * A ChangeSet as GitHub/GitLab-flavoured Markdown: a summary table, then each changed section
 * in full with `<del>` and `<ins>` around the changed words. Both hosts render those two tags
 * (struck through and underlined) and keep Markdown escapes inside them, so the redline reads
 * the same in a pull request, an issue or a wiki page.
 */
import type { ChangeSet, DocumentChange } from '../diff/changeset.js'
import { type Hunk, isChanged } from '../diff/hunks.js'
import { changeSetWithText } from '../diff/with-text.js'
import type { AgreementSet } from '../model.js'
import { changedDocuments, changedSections, describeSection, DOCUMENT_STATUS_TEXT, documentTitle, fallbackNote, paragraphChanged, redlineParagraphs, sectionHeading, summaryLine } from './diff-common.js'
import { append } from '../arrays.js'

export interface DiffMarkdownOptions {
  /** The old set, for a ChangeSet without its unchanged text (one read from JSON); see changeSetWithText. */
  old?: AgreementSet
}

/**
 * The ChangeSet as a Markdown redline (`<del>`/`<ins>`).
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a ChangeSet without its text when the old set is neither given nor known (see changeSetWithText).
 */
export function renderDiffMarkdown(changes: ChangeSet, options: DiffMarkdownOptions = {}): string {
  const cs = changeSetWithText(changes, options.old)
  const out: string[] = [`# Endringer: ${escape(cs.old.label)} → ${escape(cs.new.label)}`, '', summaryLine(cs), '']
  const note = fallbackNote(cs)
  if (note) out.push(`> ${note}`, '')
  out.push('| Dokument | Status | Punkter endret | Ord + | Ord − |', '|---|---|--:|--:|--:|')
  for (const d of cs.documents) out.push(`| ${escape(d.id)} | ${DOCUMENT_STATUS_TEXT[d.status]} | ${changedSections(d).length} | ${d.wordsAdded} | ${d.wordsRemoved} |`)
  for (const d of changedDocuments(cs)) append(out, ['', ...documentSection(d)])
  return `${out.join('\n')}\n`
}

function documentSection(d: DocumentChange<Hunk>): string[] {
  const out = [`## ${escape(documentTitle(d))}`, '', `*${escape(d.id)}: ${DOCUMENT_STATUS_TEXT[d.status]}*`]
  if (d.titleHunks) out.push('', `Tittel: ${inline(d.titleHunks)}`)
  if (isChanged(d.preamble.hunks)) append(out, ['', ...block(d.preamble.hunks)])
  for (const s of changedSections(d)) {
    const heading = s.titleHunks ? `${escape(s.new?.numberText ?? '')} ${inline(s.titleHunks)}`.trim() : escape(sectionHeading(s))
    const described = describeSection(s)
    out.push('', `### ${heading}`)
    if (described !== 'endret') out.push('', `*${escape(described)}*`)
    if (isChanged(s.hunks)) append(out, ['', ...block(s.hunks)])
  }
  return out
}

/**
 * The changed paragraphs of a redline, separated by blank lines; a run of unchanged ones is one
 * "…" (the HTML report has the full text). A paragraph must not start like a list item.
 */
function block(hunks: readonly Hunk[]): string[] {
  const out: string[] = []
  for (const p of redlineParagraphs(hunks).filter((x) => x.segments.length > 0)) {
    const text = paragraphChanged(p) ? inline(p.segments).replace(/^([-+]|\d+[.)])(?=\s)/u, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`) : '…'
    if (text !== '…' || out[out.length - 1] !== '…') out.push(text)
  }
  return out.flatMap((line, i) => (i > 0 ? ['', line] : [line]))
}

function inline(hunks: readonly Hunk[]): string {
  return hunks
    .map((h) => {
      // A line break inside a paragraph; one inside <del>/<ins> must not end the tag's paragraph.
      const text = escape(h.text).replace(/\n/gu, '<br>')
      // Whitespace alone cannot be seen struck through: an added space is just a space.
      if (h.kind === 'lik' || (h.kind === 'ny' && /^\s*$/u.test(h.text))) return text
      if (/^\s*$/u.test(h.text)) return ''
      const tag = h.kind === 'ny' ? 'ins' : 'del'
      return `<${tag}>${text}</${tag}>`
    })
    .join('')
}

/**
 * Agreement text as literal Markdown: HTML-significant characters as entities, and the ASCII
 * marks that could start emphasis, links, code, tables or headings backslash-escaped.
 */
function escape(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[\\`*_[\]#|~]/gu, (c) => `\\${c}`)
}
