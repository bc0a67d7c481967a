/**
 * What `avtaleverk generate` adds around generateInstances: the set and its registry from a
 * folder (kommuner.yaml beside the agreements unless another is named), and the one-paragraph
 * account of what was made.
 */
import path from 'node:path'
import type { AgreementSet } from '../model.js'
import { loadAgreementSet } from '../parse/load.js'
import type { Generation } from './generate.js'
import type { KommuneRegistry } from '../registry/registry.js'
import { loadKommuneRegistry } from '../registry/load.js'

export interface GenerationInput {
  set: AgreementSet
  registry: KommuneRegistry
}

/**
 * The agreement set of `dir` and its kommune registry: `kommuner` when given, else
 * `kommuner.yaml` in the set's folder.
 *
 * @example
 * ```ts
 * const { set, registry } = await loadGenerationInput('agreements')
 * const generation = await generateInstances(set, registry, { date: '2023-06-01' })
 * ```
 * @throws {@link AvtaleverkError} the errors of loading the set or the registry (at the file and line).
 */
export async function loadGenerationInput(dir: string, options: { kommuner?: string } = {}): Promise<GenerationInput> {
  const set = await loadAgreementSet(dir)
  const registry = await loadKommuneRegistry(options.kommuner ?? path.join(set.root || dir, 'kommuner.yaml'))
  return { set, registry }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * What a generation made, in Norwegian: kommuner × documents × formats = files, the date, where
 * it went and where the manifest is.
 *
 * @throws never
 */
export function describeGeneration(generation: Generation, where: { out: string; documents: number; manifestFile: string }): string {
  const m = generation.manifest
  return (
    `Lagde ${count(m.kommuner.length, 'kommune', 'kommuner')} × ${count(where.documents, 'dokument', 'dokumenter')} × ${count(m.formats.length, 'format', 'formater')} (${m.formats.join(', ')}) = ${count(m.files.length, 'fil', 'filer')}, datert ${m.date}, i ${where.out}\n` +
    `${where.manifestFile} har sha256 for hver fil og for malene og kommuneregisteret.\n`
  )
}
