/**
 * What every redline renderer (text, md, html, docx) shares: hunks cut into paragraphs, the
 * Norwegian words for statuses, and one line per section saying what happened to it.
 */
import { type ChangeSet, type DocumentChange, type DocumentStatus, isMergedAway, type SectionChange, type SectionRef } from '../diff/changeset.js'

export { versionsOf } from '../diff/changeset.js'
import type { AnyHunk, Hunk, HunkKind } from '../diff/hunks.js'

export interface RedlineParagraph {
  /** Runs of one kind; a "\n" inside a run is a line break within the paragraph. */
  segments: Hunk[]
  /** How the paragraph break after this paragraph changed; null after the last paragraph. */
  breakAfter: HunkKind | null
}

const PARAGRAPH_BREAK = /\n{2,}/u

/** Hunks → paragraphs: every paragraph break ("\n\n") in any hunk ends a paragraph. */
export function redlineParagraphs(hunks: readonly Hunk[]): RedlineParagraph[] {
  const out: RedlineParagraph[] = [{ segments: [], breakAfter: null }]
  for (const h of hunks) {
    const parts = h.text.split(PARAGRAPH_BREAK)
    parts.forEach((part, i) => {
      if (i > 0) {
        out[out.length - 1]!.breakAfter = h.kind
        out.push({ segments: [], breakAfter: null })
      }
      if (part !== '') out[out.length - 1]!.segments.push({ kind: h.kind, text: part })
    })
  }
  return out.filter((p) => p.segments.length > 0 || p.breakAfter !== null)
}

/** Whether a paragraph has any change, its break included. */
export function paragraphChanged(p: RedlineParagraph): boolean {
  return p.segments.some((s) => s.kind !== 'lik') || (p.breakAfter !== null && p.breakAfter !== 'lik')
}

export const DOCUMENT_STATUS_TEXT: Record<DocumentStatus, string> = {
  uendret: 'uendret',
  revidert: 'revidert',
  ny: 'nytt dokument',
  fjernet: 'fjernet',
}

/** The section as the reader finds it: the new one, or the old one for a removed or merged-away section. */
export function shownSection(s: SectionChange): SectionRef {
  return (isMergedAway(s) || !s.new ? s.old : s.new)!
}

/** The heading, and for an unnumbered one ("Kommunens ansvar") the heading it stands under. */
export function sectionHeading(s: SectionChange): string {
  const ref = shownSection(s)
  const parent = ref.parents[ref.parents.length - 1]
  return ref.numberText === null && parent ? `${parent} › ${ref.heading}` : ref.heading
}

/** "omnummerert (4. → 5.), endret", "delt (fra 3. Tittel)", "slått sammen med 2.1 …". */
export function describeSection(s: SectionChange): string {
  return s.tags
    .map((tag) => {
      switch (tag) {
        case 'omnummerert':
          return `omnummerert (${s.old?.numberText ?? 'uten nummer'} → ${s.new?.numberText ?? 'uten nummer'})`
        case 'flyttet':
          return s.old?.numberText && s.old.numberText !== s.new?.numberText ? `flyttet (var ${s.old.numberText})` : 'flyttet'
        case 'delt':
          return s.linked.length > 0 ? `delt (${s.linked.map((r) => r.heading).join(', ')} skilt ut)` : `delt ut fra ${s.old!.heading}`
        case 'slått sammen':
          return s.linked.length > 0 ? `slått sammen med ${s.linked.map((r) => r.heading).join(', ')}` : `slått sammen inn i ${s.new!.heading}`
        default:
          return tag
      }
    })
    .join(', ')
}

export function changedSections<H extends AnyHunk>(d: DocumentChange<H>): Array<SectionChange<H>> {
  return d.sections.filter((s) => s.status !== 'uendret')
}

/** Documents that have something to show in a redline. */
export function changedDocuments<H extends AnyHunk>(cs: ChangeSet<H>): Array<DocumentChange<H>> {
  return cs.documents.filter((d) => d.status !== 'uendret')
}

export function fallbackNote(cs: ChangeSet): string | null {
  const n = cs.summary.fallbacks
  if (n === 0) return null
  return `Merk: ${n} ${n === 1 ? 'tekst' : 'tekster'} var for ulike eller for store til å sammenlignes ord for ord, og vises som hele avsnitt fjernet og lagt til.`
}

export function summaryLine(cs: ChangeSet): string {
  const d = cs.summary.documents
  const parts = [`${d.revidert} revidert`, `${d.uendret} uendret`]
  if (d.ny > 0) parts.push(`${d.ny} nye`)
  if (d.fjernet > 0) parts.push(`${d.fjernet} fjernet`)
  return `${cs.documents.length} dokumenter: ${parts.join(', ')}. ${cs.summary.sectionsChanged} punkter endret, ${cs.summary.wordsAdded} ord lagt til, ${cs.summary.wordsRemoved} ord fjernet.`
}

/** The document's title in the version the reader has: the new one, or the old one if removed. */
export function documentTitle(d: DocumentChange): string {
  return (d.new ?? d.old)!.title
}

