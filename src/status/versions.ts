/**
 * The agreement's versions: versjoner.yaml lists them oldest first, each a folder of agreement
 * files. A folder, not git tags, because a signed version must stay readable wherever the
 * files go (a zip to a kommune, the npm package), with or without the repository's history.
 */
import * as path from '../platform/path.js'
import type { CopyVersion } from '../generate/values.js'
import { isRealDate } from '../dates.js'
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet } from '../model.js'
import type { ValidateFunction } from 'ajv'
import { versjonerValidator } from '../schema/index.js'
import { parseDataFile } from './yaml-file.js'

export interface Version {
  id: string
  dato: string
  status: 'utkast' | 'høring' | 'forslag' | 'vedtatt'
  beskrivelse: string | null
  /** Absolute folder of the version's files. */
  folder: string
  /** The folder as written in versjoner.yaml. */
  mappe: string
  line: number
}

export interface VersionList {
  file: string
  versions: Version[]
  /** The last vedtatt version, or the last one when none is vedtatt. */
  current: Version
}

interface Raw {
  versjoner: Array<{ id: string; dato: string; mappe: string; status: Version['status']; beskrivelse?: string }>
}

const validate = versjonerValidator as ValidateFunction<Raw>

/**
 * A version list from its text (versjoner.yaml), with no file system: `file` names it in
 * messages, and each version's `folder` is its `mappe` resolved against `file`'s folder (pass
 * the sets themselves to {@link signingStatus} to use it without files).
 *
 * @example
 * ```ts
 * const versions = parseVersions('versjoner:\n  - { id: "2023", dato: "2023-06-01", mappe: ".", status: vedtatt }\n', 'versjoner.yaml')
 * ```
 * @throws {@link AvtaleverkError} `ugyldig-yaml`, `skjemafeil` or `duplisert-id` (at the key's line) when the text is not a valid version list.
 */
export function parseVersions(text: string, file = 'versjoner.yaml'): VersionList {
  const { value, lineAt } = parseDataFile(text, file, validate, 'Versjonslisten')
  const seen = new Set<string>()
  const versions = value.versjoner.map((v, i) => {
    if (!isRealDate(v.dato)) throw new AvtaleverkError('skjemafeil', `Versjonslisten: «${v.dato}» er ikke en dato som finnes`, { file, line: lineAt(['versjoner', i, 'dato']) })
    if (seen.has(v.id)) throw new AvtaleverkError('duplisert-id', `Versjonslisten: versjon «${v.id}» står to ganger`, { file, line: lineAt(['versjoner', i, 'id']) })
    seen.add(v.id)
    return { id: v.id, dato: v.dato, status: v.status, beskrivelse: v.beskrivelse ?? null, mappe: v.mappe, folder: path.resolve(path.dirname(file), v.mappe), line: lineAt(['versjoner', i]) }
  })
  const vedtatt = versions.filter((v) => v.status === 'vedtatt')
  return { file, versions, current: vedtatt[vedtatt.length - 1] ?? versions[versions.length - 1]! }
}

export function versionById(list: VersionList, id: string): Version | undefined {
  return list.versions.find((v) => v.id === id)
}

/** Each version's set, by version id, for using versions without the file system. */
export type VersionSets = Readonly<Record<string, AgreementSet>> | ReadonlyMap<string, AgreementSet>

/** Reads a version's set from its folder (the Node layer passes loadAgreementSet). */
export type SetLoader = (folder: string) => Promise<AgreementSet>

/** Each version's set once: from `given` when it has the version, else from its folder by `load`. */
export function versionSets(list: VersionList, given?: VersionSets, load?: SetLoader): (version: Version) => Promise<AgreementSet> {
  const cache = new Map<string, Promise<AgreementSet>>()
  const lookup = (id: string) => (given instanceof Map ? given.get(id) : given && Object.hasOwn(given, id) ? (given as Record<string, AgreementSet>)[id] : undefined)
  return (version) => {
    let set = cache.get(version.id)
    const known = lookup(version.id)
    if (!set && known) {
      set = Promise.resolve(known)
      cache.set(version.id, set)
    }
    if (!set) {
      if (!load) return Promise.reject(new AvtaleverkError('bruksfeil', `Versjon ${version.id}: settet er ikke gitt; gi det i { sets: { '${version.id}': … } } (eller bruk avtaleverk/node, som leser mappen)`, { file: list.file, line: version.line }))
      set = load(version.folder).catch((e: unknown) => {
        if (e instanceof AvtaleverkError) throw new AvtaleverkError(e.code, `Versjon ${version.id}: ${e.message}`, e, e.details)
        throw e
      })
      cache.set(version.id, set)
    }
    return set
  }
}
