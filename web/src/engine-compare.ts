/** Comparing two versions: what the Sammenlign view asks of the core. */
import { type ChangeSet, type Hunk, changeSetWithText, diffSets, formatChangeSetJson, formatDiff } from '@core'
import type { Opened } from './engine.js'

export type { ChangeSet, Hunk }

/** The section-aware comparison `avtaleverk diff GAMMEL NY` makes, and the same with the unchanged text for display. */
export function compare(oldOne: Opened, newOne: Opened): { changes: ChangeSet; shown: ChangeSet<Hunk> } {
  const changes = diffSets(oldOne.set, newOne.set, { oldLabel: oldOne.folder.name, newLabel: newOne.folder.name })
  return { changes, shown: changeSetWithText(changes, oldOne.set) }
}

/** The Word redline with tracked changes, as `avtaleverk diff GAMMEL NY --format docx` writes it. */
export async function redlineDocx(changes: ChangeSet, oldOne: Opened, newOne: Opened): Promise<Uint8Array> {
  return (await formatDiff(changes, 'docx', { old: oldOne.set, new: newOne.set })) as Uint8Array
}

/** The HTML report of `avtaleverk diff --format html`, for a download. */
export async function diffReportHtml(changes: ChangeSet, oldOne: Opened): Promise<string> {
  return (await formatDiff(changes, 'html', { old: oldOne.set })) as string
}

/** The ChangeSet JSON of `avtaleverk diff --format json`. */
export const changeSetJson = (changes: ChangeSet): string => formatChangeSetJson(changes)

