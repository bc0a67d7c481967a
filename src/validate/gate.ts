/** The pass/fail gate over a validation (the CLI's --max-warnings). */
import { summarise } from './index.js'
import type { Diagnostic } from './types.js'

export interface GateOptions {
  /** Most warnings allowed; default no limit. */
  maxWarnings?: number
}

/**
 * Whether a validation passes: no errors, and no more warnings than `maxWarnings`.
 *
 * @throws never
 */
export function passes(diagnostics: readonly Diagnostic[], options: GateOptions = {}): boolean {
  const s = summarise([...diagnostics])
  return s.errors === 0 && s.warnings <= (options.maxWarnings ?? Number.POSITIVE_INFINITY)
}
