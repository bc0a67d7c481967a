/** Diagnostics as JSON, following schemas/diagnostics.schema.json. */
import type { Diagnostic } from '../../validate/types.js'
import { summarise } from '../../validate/index.js'

export const DIAGNOSTICS_FORMAT_VERSION = 1

export function formatJson(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify({ version: DIAGNOSTICS_FORMAT_VERSION, summary: summarise(diagnostics), diagnostics }, null, 2)}\n`
}
