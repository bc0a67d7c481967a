import path from 'node:path'
import { AvtaleverkError } from '../../errors.js'
import { loadKommuneRegistry } from '../../generate/registry.js'
import { formatStatusHtml, formatStatusJson, formatStatusText } from '../../render/status.js'
import { loadSignatures } from '../../status/signatures.js'
import { signingStatus } from '../../status/status.js'
import { loadVersions, type VersionList } from '../../status/versions.js'
import { exists } from '../../io/write-file.js'
import { terminalText } from '../../render/terminal.js'
import { STATUS_FORMATS } from '../formats.js'
import { EXIT_OK, type Io } from '../io.js'
import { emit } from '../output.js'


export interface StatusOptions {
  versjoner?: string
  signaturer?: string
  kommuner?: string
  format?: string
  out?: string
  force?: boolean
}

/** `avtaleverk versions`: the versions in versjoner.yaml, the current one marked. */
export async function versionsCommand(options: { versjoner?: string }, io: Io): Promise<number> {
  const list = await loadVersions(options.versjoner ?? 'agreements/versjoner.yaml')
  const rows = list.versions.map((v) => `${v === list.current ? '*' : ' '} ${v.id.padEnd(12)} ${v.dato}  ${v.status.padEnd(8)} ${path.relative(io.cwd, v.folder) || '.'}${v.beskrivelse ? `  ${v.beskrivelse}` : ''}`)
  io.stdout(`${rows.map((r) => terminalText(r)).join('\n')}\n(* = gjeldende versjon)\n`)
  return EXIT_OK
}

/** The registry beside versjoner.yaml, else in a version's folder, newest first. */
async function registryBeside(versions: VersionList): Promise<string> {
  const candidates = [path.dirname(versions.file), ...versions.versions.map((v) => v.folder).reverse()].map((d) => path.join(d, 'kommuner.yaml'))
  for (const file of candidates) if (await exists(file)) return file
  throw new AvtaleverkError('lesefeil', 'Finner ikke kommuneregisteret (kommuner.yaml) ved versjonslisten eller i versjonenes mapper; bruk --kommuner', { file: versions.file })
}

/** `avtaleverk status`: who has signed which version. */
export async function statusCommand(options: StatusOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text'
  if (!(STATUS_FORMATS as readonly string[]).includes(format)) throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${STATUS_FORMATS.join(', ')}`)
  const versjoner = options.versjoner ?? 'agreements/versjoner.yaml'
  const dir = path.dirname(versjoner)
  const [versions, signatures] = await Promise.all([loadVersions(versjoner), loadSignatures(options.signaturer ?? path.join(dir, 'signaturer.yaml'))])
  const registry = await loadKommuneRegistry(options.kommuner ?? (await registryBeside(versions)))
  const report = await signingStatus(registry, versions, signatures)
  const rendered = format === 'json' ? formatStatusJson(report) : format === 'html' ? formatStatusHtml(report) : formatStatusText(report)
  await emit(io, rendered, options.out, options.force)
  return EXIT_OK
}
