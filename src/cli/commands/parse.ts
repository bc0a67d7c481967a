import { loadAgreementSet, outlineText, setToJson } from '../../node.js'
import { EXIT_OK, type Io } from '../io.js'

export interface ParseCommandOptions {
  json?: boolean
}

/** `avtaleverk parse <fil|mappe> [--json]`: the outline, or the model as JSON. */
export async function parseCommand(target: string, options: ParseCommandOptions, io: Io): Promise<number> {
  const set = await loadAgreementSet(target)
  io.stdout(options.json ? `${JSON.stringify(setToJson(set), null, 2)}\n` : outlineText(set))
  return EXIT_OK
}
