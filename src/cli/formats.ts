/**
 * The output formats of each command, for option help (the names come from the library's
 * FORMATS tables). Kept apart from the commands
 * so that the CLI can list them without loading a command's dependencies (docx, the differ …):
 * commands are loaded on demand, which keeps the cold start short.
 */
export {
  DIAGNOSTICS_FORMAT_NAMES as VALIDATE_FORMATS,
  COVERAGE_FORMAT_NAMES as COVERAGE_FORMATS,
  DIFF_FORMAT_NAMES as DIFF_FORMATS,
  HORING_FORMAT_NAMES as HORING_FORMATS,
  STATUS_FORMAT_NAMES as STATUS_FORMATS,
  OUTPUT_FORMATS as GENERATE_FORMATS,
} from '../node.js'

/** Repeatable `--kommune`, each also taking a comma-separated list. */
export const collectKommuner = (value: string, previous: string[] = []): string[] => {
  const names = value.split(',').map((v) => v.trim()).filter(Boolean)
  // An empty --kommune (a script's empty variable) must not silently mean "all 24": keep it, so it is reported as unknown.
  return [...previous, ...(names.length > 0 ? names : [value])]
}
