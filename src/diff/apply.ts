/**
 * applyChangeSet: the old set plus a ChangeSet gives the new version's text back. It checks the
 * ChangeSet against the old set as it goes (applyHunks throws on any mismatch), so it is both
 * the proof that a ChangeSet is complete and a way to tell whether it belongs to a set at all.
 */
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { type ChangeSet, type DocumentChange, isMergedAway, type SectionChange } from './changeset.js'
import { applyHunkRuns, applyHunks, type Hunk, PARAGRAPH_BREAK } from './hunks.js'
import { changeSetWithText, sectionGroups } from './with-text.js'

export interface AppliedSection {
  id: string
  title: string
  text: string
}

export interface AppliedDocument {
  id: string
  title: string
  preamble: string
  sections: AppliedSection[]
}

/**
 * The new version's documents (title, preamble, section texts) rebuilt from `old` and
 * `changeSet` (with or without its unchanged text: what is left out is read from `old`).
 *
 * @example
 * ```ts
 * const rebuilt = applyChangeSet(oldSet, diffSets(oldSet, newSet))
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` when the ChangeSet does not fit `old` (another set, or an edited ChangeSet).
 */
export function applyChangeSet(old: AgreementSet, changeSet: ChangeSet): AppliedDocument[] {
  const oldById = new Map(old.documents.map((d) => [d.frontMatter.id, d]))
  return changeSetWithText(changeSet, old).documents
    .filter((d) => d.new !== null)
    .map((change) => {
      const doc = oldById.get(change.id)
      if (change.status !== 'ny' && !doc) throw mismatch(`dokumentet «${change.id}» finnes ikke i den gamle versjonen`)
      try {
        const sections = doc ? allSections(doc.sections) : []
        return {
          id: change.id,
          title: change.titleHunks ? applyHunks(doc?.title ?? '', change.titleHunks) : (doc?.title ?? change.new!.title),
          preamble: applyHunks(doc?.preamble.text ?? '', change.preamble.hunks),
          sections: applySections(change, new Map(sections.map((s, i) => [s.id, { section: s, order: i }]))),
        }
      } catch (e) {
        throw e instanceof AvtaleverkError ? e : mismatch(`${change.id}: ${(e as Error).message}`)
      }
    })
}

/**
 * Section entries that share an old or a new section form one group (a section with the pieces
 * split off it, or with the sections merged into it); a group's hunks describe its old sections'
 * texts joined by a paragraph break, as diffSets compared them.
 */
function applySections(change: DocumentChange<Hunk>, oldSections: Map<string, { section: Section; order: number }>): AppliedSection[] {
  const oldSection = (id: string) => {
    const found = oldSections.get(id)
    if (!found) throw new Error(`avsnittet «${id}» finnes ikke i den gamle versjonen`)
    return found
  }
  // Each entry's new text is rebuilt from the old text and its hunks, walking the group's old
  // sections in order; nothing of the new text is taken from the ChangeSet but what it inserts.
  const texts = new Map<SectionChange<Hunk>, string>()
  for (const group of sectionGroups(change.sections)) {
    const olds = [...new Set(group.flatMap((e) => (e.old ? [e.old.id] : [])))].map(oldSection).sort((a, b) => a.order - b.order)
    const rebuilt = applyHunkRuns(olds.map((o) => o.section.text).join(PARAGRAPH_BREAK), group.map((e) => e.hunks))
    group.forEach((e, i) => texts.set(e, rebuilt[i]!))
  }
  return change.sections
    .filter((e) => e.new && !isMergedAway(e))
    .map((e) => ({
      id: e.new!.id,
      title: e.titleHunks ? applyHunks(oldSection(e.old!.id).section.title, e.titleHunks) : e.new!.title,
      text: texts.get(e)!,
    }))
}

function mismatch(message: string): AvtaleverkError {
  return new AvtaleverkError('bruksfeil', `Endringssettet passer ikke til den gamle versjonen: ${message}`)
}
