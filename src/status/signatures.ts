/**
 * signaturer.yaml: who signed which version of which generated file, when, and the sha256 of
 * that file as the generate manifest gives it.
 */
import signaturerSchema from '../../schemas/signaturer.schema.json' with { type: 'json' }
import { compileSchema, parseDataFile } from './yaml-file.js'

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

const validate = compileSchema<Raw>(signaturerSchema)

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
