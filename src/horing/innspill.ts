/**
 * Høringsinnspill: one YAML file per respondent (schemas/innspill.schema.json), each innspill
 * pointing at a document and section of the draft, with the committee's assessment. Every
 * problem is reported at its file and line; a folder is read whole before failing.
 */
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaMessage } from '../parse/front-matter.js'
import { instancePath, yamlLineFinder } from '../parse/yaml-lines.js'
import type { ValidateFunction } from 'ajv'
import { innspillValidator } from '../schema/index.js'
import { append, uniqueBy } from '../arrays.js'

export type Vurdering = 'tatt til følge' | 'delvis tatt til følge' | 'ikke tatt til følge' | 'ikke vurdert'
export const VURDERINGER: readonly Vurdering[] = ['tatt til følge', 'delvis tatt til følge', 'ikke tatt til følge', 'ikke vurdert']

export interface Innspill {
  dokument: string
  avsnitt: string | null
  tekst: string
  vurdering: Vurdering
  begrunnelse: string | null
  file: string
  line: number
}

export interface Respondent {
  /** Display name: the kommune as the file names it, or the organisation. */
  navn: string
  kommune: string | null
  organisasjon: string | null
  mottatt: string
  file: string
  /** Line of the respondent's kommune or organisation. */
  line: number
  innspill: Innspill[]
}

interface RawFile {
  respondent: { kommune?: string; organisasjon?: string }
  mottatt: string
  innspill: Array<{ dokument: string; avsnitt?: string; tekst: string; vurdering: Vurdering; begrunnelse?: string }>
}

const validateInnspill = innspillValidator as ValidateFunction<RawFile>

export function parseInnspill(text: string, file: string): Respondent {
  const { value } = parseYaml<unknown>(text, file)
  const lineAt = yamlLineFinder(text)
  if (!validateInnspill(value)) {
    const all = validateInnspill.errors ?? []
    // "kommune or organisasjon" fails as oneOf plus its branches' required/not: say it once.
    const eitherOr = all.some((e) => e.keyword === 'oneOf' && e.instancePath === '/respondent')
    const errors = all
      .filter((e) => !(eitherOr && e.instancePath === '/respondent' && e.keyword !== 'oneOf'))
      .map((e) => {
        const message = e.keyword === 'oneOf' ? '«respondent» skal ha enten «kommune» eller «organisasjon»' : schemaMessage(e)
        return new AvtaleverkError('skjemafeil', `Høringsinnspill: ${message}`, { file, line: lineAt(instancePath(e.instancePath)) })
      })
    throw combineErrors(uniqueBy(errors, (e) => `${e.line}\u0000${e.message}`))
  }
  const raw = value
  return {
    navn: raw.respondent.kommune ?? raw.respondent.organisasjon!,
    kommune: raw.respondent.kommune ?? null,
    organisasjon: raw.respondent.organisasjon ?? null,
    mottatt: raw.mottatt,
    file,
    line: lineAt(['respondent', raw.respondent.kommune ? 'kommune' : 'organisasjon']),
    innspill: raw.innspill.map((i, index) => ({
      dokument: i.dokument,
      avsnitt: i.avsnitt ?? null,
      tekst: i.tekst,
      vurdering: i.vurdering,
      begrunnelse: i.begrunnelse ?? null,
      file,
      line: lineAt(['innspill', index]),
    })),
  }
}
