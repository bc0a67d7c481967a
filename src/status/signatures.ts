/**
 * signaturer.yaml: who signed which version of which generated file, when, and the sha256 of
 * that file as the generate manifest gives it.
 */
import signaturerSchema from '../../schemas/signaturer.schema.json' with { type: 'json' }
import { compileSchema, readDataFile } from './yaml-file.js'

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

export async function loadSignatures(file: string): Promise<Signature[]> {
  const { value, lineAt } = await readDataFile(file, validate, 'Signaturlisten')
  return value.signaturer.map((s, i) => ({ ...s, file, line: lineAt(['signaturer', i]) }))
}
