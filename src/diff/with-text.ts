/**
 * Putting the unchanged text back into a ChangeSet that left it out: each `lik` hunk's length
 * is read from the old set's texts, in the order diffSets compared them (a section with the
 * pieces split off it, or with the sections merged into it, is one text: its old sections'
 * texts joined by a paragraph break). Changed text is checked against the old text on the way,
 * so a ChangeSet given the wrong old set fails here rather than rendering nonsense.
 */
import { AvtaleverkError } from '../errors.js'
import type { AgreementDocument, AgreementSet, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { type ChangeSet, type ChangeSetWithText, changeSetSource, type DocumentChange, type SectionChange } from './changeset.js'
import { type AnyHunk, type Hunk, isKept, PARAGRAPH_BREAK, textCheck } from './hunks.js'

/**
 * The ChangeSet with every hunk's text. A ChangeSet that has its texts is returned as it is;
 * one made by diffSets in this process finds its old set by itself; one read from JSON needs
 * the old set it was made from.
 *
 * @example
 * ```ts
 * const changes = JSON.parse(json) as ChangeSet
 * const full = changeSetWithText(changes, await loadAgreementSet('agreements'))
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` when the text is left out and no old set is given or known, or when the ChangeSet does not fit the old set.
 */
export function changeSetWithText(changeSet: ChangeSet, old?: AgreementSet): ChangeSetWithText {
  if (changeSet.options.includeText || !hasKept(changeSet)) return changeSet as ChangeSetWithText
  const source = old ?? changeSetSource(changeSet)
  if (!source) {
    throw new AvtaleverkError('bruksfeil', 'Endringssettet har ikke med den uendrede teksten: gi den gamle versjonen ({ old: gammeltSett }), eller lag det med diffSets(a, b, { includeText: true })')
  }
  const byId = new Map(source.documents.map((d) => [d.frontMatter.id, d]))
  return {
    ...changeSet,
    options: { ...changeSet.options, includeText: true },
    documents: changeSet.documents.map((d) => {
      try {
        return documentWithText(d, byId.get(d.id))
      } catch (e) {
        throw e instanceof AvtaleverkError ? e : mismatch(`${d.id}: ${(e as Error).message}`)
      }
    }),
  }
}

function hasKept(cs: ChangeSet): boolean {
  return cs.documents.some((d) => d.preamble.hunks.some(isKept) || d.sections.some((s) => s.hunks.some(isKept)))
}

function documentWithText(change: DocumentChange, doc: AgreementDocument | undefined): DocumentChange<Hunk> {
  if (!doc && change.old) throw mismatch(`dokumentet «${change.id}» finnes ikke i den gamle versjonen`)
  const olds = new Map(doc ? allSections(doc.sections).map((s, i) => [s.id, { section: s, order: i }] as const) : [])
  const filled = new Map<SectionChange, Hunk[]>()
  for (const group of sectionGroups(change.sections)) {
    const ids = [...new Set(group.flatMap((e) => (e.old ? [e.old.id] : [])))]
    const texts = ids
      .map((id) => {
        const found = olds.get(id)
        if (!found) throw new Error(`avsnittet «${id}» finnes ikke i den gamle versjonen`)
        return found
      })
      .sort((a, b) => a.order - b.order)
      .map((o: { section: Section }) => o.section.text)
    const cursor = { text: texts.join(PARAGRAPH_BREAK), at: 0 }
    for (const e of group) filled.set(e, fill(e.hunks, cursor))
    if (cursor.at !== cursor.text.length) throw new Error(`endringene dekker ${cursor.at} av ${cursor.text.length} tegn i ${ids.join(', ')}`)
  }
  const preamble = { text: doc?.preamble.text ?? '', at: 0 }
  return {
    ...change,
    preamble: { ...change.preamble, hunks: fill(change.preamble.hunks, preamble) },
    sections: change.sections.map((s) => ({ ...s, hunks: filled.get(s)! })),
  }
}

/** The hunks with each left-out text read from the old text at the cursor; changed text checked against it. */
function fill(hunks: readonly AnyHunk[], cursor: { text: string; at: number }): Hunk[] {
  return hunks.map((h) => {
    if (h.kind === 'ny') return h as Hunk
    const length = isKept(h) ? h.length : h.text.length
    const text = cursor.text.slice(cursor.at, cursor.at + length)
    if (text.length !== length || (isKept(h) ? textCheck(text) !== h.check : h.text !== text)) {
      throw new Error(`avvik ved tegn ${cursor.at}: «${cursor.text.slice(cursor.at, cursor.at + 30)}»`)
    }
    cursor.at += length
    return isKept(h) ? { kind: 'lik', text } : h
  })
}

/**
 * Section entries that share an old or a new section form one group (a section with the pieces
 * split off it, or with the sections merged into it); a group's hunks, in entry order, describe
 * its old sections' texts joined by a paragraph break, as diffSets compared them.
 */
export function sectionGroups<S extends SectionChange>(entries: readonly S[]): S[][] {
  const parent = entries.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const firstWith = new Map<string, number>()
  entries.forEach((e, i) => {
    for (const key of [e.old && `old:${e.old.id}`, e.new && `new:${e.new.id}`]) {
      if (!key) continue
      const j = firstWith.get(key)
      if (j === undefined) firstWith.set(key, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, S[]>()
  entries.forEach((e, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(e)
    else groups.set(root, [e])
  })
  return [...groups.values()]
}

function mismatch(message: string): AvtaleverkError {
  return new AvtaleverkError('bruksfeil', `Endringssettet passer ikke til den gamle versjonen: ${message}`)
}
