/** Making the kommune copies: what the Kommuneutgaver view asks of the core. */
import { type Generation, type OutputFormat, generateInstances, kommuneOn } from '@core'
import { topLevel, type Opened } from './engine.js'
import { versionOfFiles } from './read.js'

export type { Generation, OutputFormat }

export interface GenerateChoice {
  date: string
  kommuner: string[]
  formats: OutputFormat[]
}

/** The copies, as `avtaleverk generate` makes them from the same folder (its version from versjoner.yaml). */
export async function generate(opened: Opened, choice: GenerateChoice): Promise<Generation> {
  if (!opened.registry) throw new Error(opened.registryError ?? 'Mappen har ikke noe kommuneregister (kommuner.yaml)')
  const version = versionOfFiles(topLevel(opened.folder))
  return generateInstances(opened.set, opened.registry, { date: choice.date, kommuner: choice.kommuner, formats: choice.formats, ...(version ? { version } : {}) })
}

/** The kommuner of the folder's registry as they are on `date` (name and number), for choosing. */
export function kommuneChoices(opened: Opened, date: string): Array<{ index: number; name: string; number: string }> {
  const registry = opened.registry
  if (!registry) return []
  const on = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date().toISOString().slice(0, 10)
  return registry.kommuner.map((entry, index) => {
    const k = kommuneOn(registry, entry, on)
    return { index, name: k.name, number: k.number }
  })
}

/** The date a copy is made with by default: the folder's version in versjoner.yaml, else today. */
export function defaultDate(opened: Opened): string {
  try {
    const version = versionOfFiles(topLevel(opened.folder))
    if (version) return version.dato
  } catch {
    // A versjoner.yaml that does not read is reported when the copies are made.
  }
  return new Date().toISOString().slice(0, 10)
}
