/**
 * signaturer.yaml: who signed which version of which generated file, when, and the sha256 of
 * that file as the generate manifest gives it.
 */
import type { ValidateFunction } from 'ajv'
import { signaturerValidator } from '../schema/index.js'
import { parseDataFile } from './yaml-file.js'

export interface Signature {
  kommune: string
  part: 'kommune' | 'UNN'
  versjon: string
  fil: string
  sha256: string
  dato: string
  signatar: string
  file: string
  line: number
}

interface Raw {
  signaturer: Array<Omit<Signature, 'file' | 'line'>>
}

const validate = signaturerValidator as ValidateFunction<Raw>

/**
 * A signature list from its text (signaturer.yaml), with no file system: `file` names it in messages.
 *
 * @example
 * ```ts
 * const signatures = parseSignatures('signaturer: []\n', 'signaturer.yaml')
 * ```
 * @throws {@link AvtaleverkError} `ugyldig-yaml` or `skjemafeil` (at the key's line) when the text is not a valid signature list.
 */
export function parseSignatures(text: string, file = 'signaturer.yaml'): Signature[] {
  const { value, lineAt } = parseDataFile(text, file, validate, 'Signaturlisten')
  return value.signaturer.map((s, i) => ({ ...s, file, line: lineAt(['signaturer', i]) }))
}
