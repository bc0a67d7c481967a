/**
 * The output formats of each command, for option help and checks. Kept apart from the commands
 * so that the CLI can list them without loading a command's dependencies (docx, the differ …):
 * commands are loaded on demand, which keeps the cold start short.
 */
export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const
export const COVERAGE_FORMATS = ['text', 'json', 'html'] as const
export const DIFF_FORMATS = ['text', 'md', 'html', 'json', 'docx'] as const
export const HORING_FORMATS = ['md', 'html', 'json', 'docx'] as const
export const STATUS_FORMATS = ['text', 'json', 'html'] as const
export { OUTPUT_FORMATS as GENERATE_FORMATS } from '../generate/formats.js'

/** Repeatable `--kommune`, each also taking a comma-separated list. */
export const collectKommuner = (value: string, previous: string[] = []): string[] => {
  const names = value.split(',').map((v) => v.trim()).filter(Boolean)
  // An empty --kommune (a script's empty variable) must not silently mean "all 24": keep it, so it is reported as unknown.
  return [...previous, ...(names.length > 0 ? names : [value])]
}
