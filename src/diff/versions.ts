/**
 * The two versions a diff compares: two folders (or files), or one folder at two git
 * revisions (the new side defaulting to the folder as it is now).
 */
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet } from '../model.js'
import { loadAgreementSet } from '../parse/load.js'
import { readSetAtRevision } from './git.js'

export interface VersionPairInput {
  /** The old version's folder or file; with `from`, the folder compared at two revisions. */
  old: string
  /** The new version's folder or file; not with `from`. */
  new?: string
  /** The old version is `old` as it was at this git revision. */
  from?: string
  /** The new version is `old` as it was at this git revision (default: as it is now); needs `from`. */
  to?: string
}

export interface VersionPair {
  old: AgreementSet
  new: AgreementSet
  /** How the versions are named in a ChangeSet: the path, or `REV:path`. */
  oldLabel: string
  newLabel: string
}

/**
 * Loads the two versions to compare, from folders or from git revisions.
 *
 * @example
 * ```ts
 * const pair = await loadVersionPair({ old: 'agreements', from: 'v2023' })
 * const changes = diffSets(pair.old, pair.new, { oldLabel: pair.oldLabel, newLabel: pair.newLabel })
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a combination that names no pair (`new` with `from`, `to` without `from`, neither `new` nor `from`); the errors of loading either set or of git.
 */
export async function loadVersionPair(input: VersionPairInput): Promise<VersionPair> {
  const { old: first, new: second, from, to } = input
  if (from !== undefined) {
    if (second !== undefined) throw new AvtaleverkError('bruksfeil', 'Med { from } oppgis bare én mappe: den som sammenlignes ved to revisjoner')
    const newSet = to !== undefined ? await readSetAtRevision(first, to) : await loadAgreementSet(first)
    return { old: await readSetAtRevision(first, from), new: newSet, oldLabel: `${from}:${first}`, newLabel: to !== undefined ? `${to}:${first}` : first }
  }
  if (to !== undefined) throw new AvtaleverkError('bruksfeil', '{ to } krever { from }')
  if (second === undefined) throw new AvtaleverkError('bruksfeil', 'Oppgi to versjoner: { old, new } (eller én mappe med { from })')
  return { old: await loadAgreementSet(first), new: await loadAgreementSet(second), oldLabel: first, newLabel: second }
}
