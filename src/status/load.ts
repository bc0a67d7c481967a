/**
 * The signing status from files: versjoner.yaml, signaturer.yaml beside it, and the kommune
 * registry found beside it or in a version's folder. The path-based door to signingStatus.
 */
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import { type KommuneRegistry, loadKommuneRegistry } from '../registry/registry.js'
import { exists } from '../io/write-file.js'
import { loadSignatures } from './signatures.js'
import { signingStatus, type StatusReport } from './status.js'
import { loadVersions, type VersionList } from './versions.js'

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
  return signingStatus(registry, versions, signatures)
}
