/**
 * Small YAML data files checked against a schema, with errors at the offending key's line.
 * Shared by versjoner.yaml and signaturer.yaml.
 */
import type { ValidateFunction } from 'ajv'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaMessage } from '../parse/front-matter.js'
import { instancePath, yamlLineFinder } from '../parse/yaml-lines.js'


export interface DataFile<T> {
  value: T
  lineAt: (path: Array<string | number>) => number
}

/** Checks one file's text; `file` names it in messages. */
export function parseDataFile<T>(text: string, file: string, validate: ValidateFunction<T>, what: string): DataFile<T> {
  const { value } = parseYaml<unknown>(text, file)
  const lineAt = yamlLineFinder(text)
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => new AvtaleverkError('skjemafeil', `${what}: ${schemaMessage(e)}`, { file, line: lineAt(instancePath(e.instancePath)) }))
    throw combineErrors(errors)
  }
  return { value, lineAt }
}
