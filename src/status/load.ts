/**
 * The signing status from files: versjoner.yaml, signaturer.yaml beside it, and the kommune
 * registry found beside it or in a version's folder. The path-based door to signingStatus.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import type { KommuneRegistry } from '../registry/registry.js'
import { loadKommuneRegistry } from '../registry/load.js'
import { exists } from '../io/write-file.js'
import { parseSignatures, type Signature } from './signatures.js'
import { signingStatus, type SigningStatusOptions, type StatusReport } from './status.js'
import type { CopyVersion } from '../generate/values.js'
import { loadAgreementSet, readTextFile } from '../parse/load.js'
import { parseVersions, type VersionList } from './versions.js'

/**
 * The kommune registry (kommuner.yaml) beside versjoner.yaml, else in a version's folder,
 * newest version first.
 *
 * @throws {@link AvtaleverkError} `lesefeil` when there is none; pass `{ kommuner }` to name it.
 */
export async function findKommuneRegistry(versions: VersionList): Promise<string> {
  const candidates = [path.dirname(versions.file), ...versions.versions.map((v) => v.folder).reverse()].map((d) => path.join(d, 'kommuner.yaml'))
  for (const file of candidates) if (await exists(file)) return file
  throw new AvtaleverkError('lesefeil', 'Finner ikke kommuneregisteret (kommuner.yaml) ved versjonslisten eller i versjonenes mapper; oppgi det med { kommuner }', { file: versions.file })
}

export interface LoadSigningStatusOptions {
  /** versjoner.yaml; default `agreements/versjoner.yaml`. */
  versjoner?: string
  /** signaturer.yaml; default the one beside versjoner.yaml. */
  signaturer?: string
  /** The kommune registry, as a file or already read; default found by {@link findKommuneRegistry}. */
  kommuner?: string | KommuneRegistry
}

/**
 * {@link signingStatus} from the files: what `avtaleverk status` shows.
 *
 * @example
 * ```ts
 * const report = await loadSigningStatus({ versjoner: 'examples/status/versjoner.yaml' })
 * console.log(formatStatus(report, 'text'))
 * ```
 * @throws {@link AvtaleverkError} for an unreadable or invalid file (at its line), a missing registry, or a signature naming an unknown version or kommune.
 */
export async function loadSigningStatus(options: LoadSigningStatusOptions = {}): Promise<StatusReport> {
  const versjoner = options.versjoner ?? 'agreements/versjoner.yaml'
  const [versions, signatures] = await Promise.all([loadVersions(versjoner), loadSignatures(options.signaturer ?? path.join(path.dirname(versjoner), 'signaturer.yaml'))])
  const registry = typeof options.kommuner === 'object' ? options.kommuner : await loadKommuneRegistry(options.kommuner ?? (await findKommuneRegistry(versions)))
  return signingStatusFromFiles(registry, versions, signatures)
}

/**
 * Reads versjoner.yaml; each version's folder is resolved against the file's folder.
 *
 * @throws {@link AvtaleverkError} `lesefeil` when the file cannot be read; `ugyldig-yaml`, `skjemafeil` or `duplisert-id` (at the key's line) when it is not a valid version list.
 */
export async function loadVersions(file: string): Promise<VersionList> {
  return parseVersions(await readTextFile(file), file)
}

/**
 * Reads signaturer.yaml.
 *
 * @throws {@link AvtaleverkError} `lesefeil` when the file cannot be read; `ugyldig-yaml` or `skjemafeil` (at the key's line) when it is not a valid signature list.
 */
export async function loadSignatures(file: string): Promise<Signature[]> {
  return parseSignatures(await readTextFile(file), file)
}

/**
 * The version a folder is, when a version list (by default the versjoner.yaml beside its files,
 * `mappe: .`) lists it: what a copy made from the folder prints as its version and status. Null
 * without such a file or entry.
 */
export async function versionOfFolder(folder: string, listFile?: string): Promise<CopyVersion | null> {
  const file = listFile ?? path.join(folder, 'versjoner.yaml')
  if (listFile === undefined) {
    try {
      await access(file)
    } catch {
      return null
    }
  }
  const list = await loadVersions(file)
  const found = list.versions.filter((v) => v.folder === path.resolve(folder)).pop()
  return found ? { id: found.id, status: found.status, dato: found.dato } : null
}

/** {@link signingStatus} that reads from its folder each version `options.sets` does not give. */
export function signingStatusFromFiles(registry: KommuneRegistry, versions: VersionList, signatures: Signature[], options: SigningStatusOptions = {}): Promise<StatusReport> {
  return signingStatus(registry, versions, signatures, { loadSet: (folder) => loadAgreementSet(folder), ...options })
}
