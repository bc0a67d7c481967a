import path from 'node:path'
import { OUTPUT_FORMATS, type OutputFormat } from '../../generate/generate.js'
import { loadKommuneRegistry } from '../../generate/registry.js'
import { generateToFolder } from '../../generate/write.js'
import { loadAgreementSet } from '../../parse/load.js'
import { terminalText } from '../../render/terminal.js'
import { whileWriting } from '../interrupt.js'
import { versionOfFolder } from '../../status/versions.js'
import { EXIT_OK, type Io } from '../io.js'

export interface GenerateCommandOptions {
  dato: string
  kommune?: string[]
  format?: string
  out: string
  force?: boolean
  kommuner?: string
  versjoner?: string
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * `avtaleverk generate [mappe] --dato … --out …`: every kommune's copy of every document.
 * The registry is `<mappe>/kommuner.yaml` unless `--kommuner` names another.
 */
export async function generateCommand(target: string | undefined, options: GenerateCommandOptions, io: Io): Promise<number> {
  const dir = target ?? 'agreements'
  const set = await loadAgreementSet(dir)
  const registry = await loadKommuneRegistry(options.kommuner ?? path.join(set.root || dir, 'kommuner.yaml'))
  // generateInstances refuses a format it does not know, with the list of those it does.
  const formats = (options.format ?? OUTPUT_FORMATS.join(',')).split(',').map((f) => f.trim()).filter(Boolean) as OutputFormat[]
  const version = await versionOfFolder(set.root || dir, options.versjoner)
  const { generation, written } = await whileWriting((signal) =>
    generateToFolder(set, registry, { date: options.dato, kommuner: options.kommune ?? [], formats, ...(version ? { version } : {}) }, options.out, { force: options.force ?? false, signal }),
  )
  const m = generation.manifest
  io.stdout(
    `Lagde ${count(m.kommuner.length, 'kommune', 'kommuner')} × ${count(set.documents.length, 'dokument', 'dokumenter')} × ${count(m.formats.length, 'format', 'formater')} (${m.formats.join(', ')}) = ${count(m.files.length, 'fil', 'filer')}, datert ${options.dato}, i ${terminalText(options.out)}\n` +
      `${terminalText(written[written.length - 1]!)} har sha256 for hver fil og for malene og kommuneregisteret.\n`,
  )
  return EXIT_OK
}
