/**
 * The value of each template variable for one kommune on one date. The names are those of
 * src/template/variables.ts; a test checks that every listed variable has a resolver here.
 */
import { AvtaleverkError } from '../errors.js'
import { BLOCK_PREFIX, formatDate, variableSpec } from '../template/variables.js'
import type { PreparedBlock } from '../registry/blocks.js'
import type { CompiledDocument } from './compile.js'
import type { DocumentStatus } from '../model.js'
import type { Kommune, KommuneRegistry } from '../registry/registry.js'

/** The version a copy is made of, as versjoner.yaml lists it. */
export interface CopyVersion {
  id: string
  status: DocumentStatus | undefined
  /** ISO date of the version (the day it was adopted, for a vedtatt one). */
  dato: string
}

export interface FillContext {
  kommune: Kommune
  registry: KommuneRegistry
  /** The agreement's date (ISO), `--dato`. */
  date: string
  /** From versjoner.yaml; without it each document's front matter says version and status. */
  version?: CopyVersion
}

/** The agreement's date as printed, worked out once per date and format (every copy prints the same). */
const printed = new Map<string, string>()
function datePrinted(date: string, format: string): string {
  const key = `${date}|${format}`
  let text = printed.get(key)
  if (text === undefined) {
    text = formatDate(date, format)
    if (printed.size > 256) printed.clear()
    printed.set(key, text)
  }
  return text
}

type Resolver = (context: FillContext, document: CompiledDocument, format: string | null) => string | null | undefined

export const RESOLVERS: Readonly<Record<string, Resolver>> = {
  'kommune.navn': (c) => c.kommune.name,
  'kommune.offisielt_navn': (c) => c.kommune.officialName,
  'kommune.nummer': (c) => c.kommune.number,
  'kommune.fylke': (c) => c.kommune.county,
  'kommune.regionrad': (c) => c.kommune.regionalCouncil,
  'kommune.signatar.tittel': (c) => c.kommune.signatory.title,
  'kommune.signatar.navn': (c) => c.kommune.signatory.name,
  'avtale.dato': (c, _d, format) => datePrinted(c.date, format ?? 'kort'),
  'avtale.versjon': (_c, d) => d.document.frontMatter.version,
}

/** One document's slot values for one kommune: text for variables, prepared nodes for blocks. */
export interface SlotValues {
  text: string[]
  blocks: Array<PreparedBlock | undefined>
}

/**
 * Resolves every slot of a document. A value the kommune lacks is an error at the variable's
 * file:line naming the kommune and where to add it; errors are collected, not thrown.
 */
export function slotValues(document: CompiledDocument, context: FillContext, errors: AvtaleverkError[]): SlotValues {
  const text: string[] = []
  const blocks: Array<PreparedBlock | undefined> = []
  const reported = new Set<string>()
  const { kommune, registry } = context
  const missing = (name: string, where: { file: string; line: number; column: number }, hint: string) => {
    if (reported.has(name)) return
    reported.add(name)
    errors.push(new AvtaleverkError('malfeil', `${kommune.name}: mangler verdi for {{${name}}}; ${hint}`, where))
  }
  document.slots.forEach((slot, i) => {
    if (slot.block) {
      const block = kommune.blocks[slot.name.slice(BLOCK_PREFIX.length)]
      if (!block) missing(slot.name, slot, `legg inn tekstblokken under «blokker» for kommunen (${registry.file}:${kommune.entry.line}) eller under «standardblokker»`)
      blocks[i] = block
      text[i] = ''
      return
    }
    const value = RESOLVERS[slot.name]!(context, document, slot.format)
    if (value === null || value === undefined || value === '') {
      if (!variableSpec(slot.name)?.optional) missing(slot.name, slot, `legg den inn for kommunen i ${registry.file} (linje ${kommune.entry.line})`)
      text[i] = ''
    } else text[i] = value
  })
  return { text, blocks }
}
