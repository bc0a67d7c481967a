/** Writing the høring labels updateHearingLabels computed into the new version's files. */
import type { WriteOptions } from '../io/write-file.js'
import { checkTargets, type PlannedWrite, writeFilesAtomically } from '../io/write-files.js'
import type { LabelUpdate } from './labels.js'

const writesOf = (updates: readonly LabelUpdate[]): PlannedWrite[] => updates.filter((u) => u.changed).map((u) => ({ target: u.path, data: u.after }))

/**
 * Checks, before anything is written, that the files whose label changes may be written over:
 * like any other write, only with `{ force: true }`.
 *
 * @throws {@link AvtaleverkError} `finnes-fra-før` without `{ force: true }` when a label would change.
 */
export async function checkHearingLabels(updates: readonly LabelUpdate[], options: WriteOptions = {}): Promise<void> {
  await checkTargets(writesOf(updates), { force: options.force ?? false })
}

/**
 * Writes every update whose text changed (all through temporary files, renamed when all are
 * written) and returns those written; files whose label was already right are not touched.
 *
 * @example
 * ```ts
 * const written = await writeHearingLabels(updateHearingLabels(changes, newSet), { force: true })
 * ```
 * @throws {@link AvtaleverkError} `finnes-fra-før` without `{ force: true }`; `skrivefeil` when a file cannot be written.
 */
export async function writeHearingLabels(updates: readonly LabelUpdate[], options: WriteOptions = {}): Promise<LabelUpdate[]> {
  const changed = updates.filter((u) => u.changed)
  await writeFilesAtomically(writesOf(changed), { ...options, force: options.force ?? false })
  return changed
}
