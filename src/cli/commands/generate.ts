import { describeGeneration, generateToFolder, loadGenerationInput, OUTPUT_FORMATS, type OutputFormat, terminalText, versionOfFolder } from '../../node.js'
import { whileWriting } from '../interrupt.js'
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

/**
 * `avtaleverk generate [mappe] --dato … --out …`: every kommune's copy of every document.
 * The registry is `<mappe>/kommuner.yaml` unless `--kommuner` names another.
 */
export async function generateCommand(target: string | undefined, options: GenerateCommandOptions, io: Io): Promise<number> {
  const { set, registry } = await loadGenerationInput(target ?? 'agreements', options.kommuner !== undefined ? { kommuner: options.kommuner } : {})
  // generateInstances refuses a format it does not know, with the list of those it does.
  const formats = (options.format ?? OUTPUT_FORMATS.join(',')).split(',').map((f) => f.trim()).filter(Boolean) as OutputFormat[]
  const version = await versionOfFolder(set.root || (target ?? 'agreements'), options.versjoner)
  const { generation, written } = await whileWriting((signal) =>
    generateToFolder(set, registry, { date: options.dato, kommuner: options.kommune ?? [], formats, ...(version ? { version } : {}) }, options.out, { force: options.force ?? false, signal }),
  )
  io.stdout(describeGeneration(generation, { out: terminalText(options.out), documents: set.documents.length, manifestFile: terminalText(written[written.length - 1]!) }))
  return EXIT_OK
}
