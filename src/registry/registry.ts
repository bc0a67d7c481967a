/**
 * The kommune registry (kommuner.yaml, schemas/kommuner.schema.json): the kommuner an agreement
 * set is produced for. It is data a user edits — another helsefellesskap brings its own file —
 * so every problem is reported at the line of the offending key, all at once.
 *
 * Names, numbers, county and regionråd change over time; each may be a list of values with the
 * date each is valid from, and a copy uses the values valid on the agreement's date.
 */
import type { ErrorObject } from 'ajv'
import { isRealDate } from '../dates.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { parseYaml, schemaMessage } from '../parse/front-matter.js'
import { instancePath, yamlLineFinder, type YamlPath } from '../parse/yaml-lines.js'
import { kommunerSchema as registrySchema, kommunerValidator } from '../schema/index.js'
import { prepareBlock, type PreparedBlock } from './blocks.js'
import { sniffImage, type CoatOfArms } from './image.js'
import { kommuneFolder } from './paths.js'

/** A value and the date it is valid from; null: valid from before anything the registry records. */
export interface Dated {
  value: string
  from: string | null
}

export interface Signatory {
  title?: string
  name?: string
}

export interface KommuneEntry {
  name: Dated[]
  /** Defaults to `name` when the registry gives none. */
  officialName: Dated[]
  number: Dated[]
  county: Dated[]
  regionalCouncil: Dated[]
  signatory: Signatory
  coatOfArms: CoatOfArms | null
  blocks: Record<string, PreparedBlock>
  /** Line of the entry, and of each of its keys, in the registry file. */
  line: number
  lines: Record<string, number>
}

export interface KommuneRegistry {
  file: string
  /** The file's text, hashed into the manifest. */
  source: string
  helsefellesskap: string | null
  /** The other party of every agreement (the health trust), for the title page. */
  helseforetak: string | null
  defaultSignatory: Signatory
  defaultBlocks: Record<string, PreparedBlock>
  kommuner: KommuneEntry[]
}

/** A kommune as it is on one date: the values a copy is filled with. */
export interface Kommune {
  name: string
  officialName: string
  number: string
  county: string | null
  regionalCouncil: string | null
  signatory: Signatory
  coatOfArms: CoatOfArms | null
  /** The kommune's own blocks over the registry's standard ones. */
  blocks: Record<string, PreparedBlock>
  /** `5501-tromso` */
  folder: string
  entry: KommuneEntry
}

interface RawDated {
  verdi: string
  gyldig_fra: string
}
type RawValue = string | RawDated[]
interface RawKommune {
  navn: RawValue
  offisielt_navn?: RawValue
  nummer: RawValue
  fylke?: RawValue
  regionrad?: RawValue
  signatar?: { tittel?: string; navn?: string }
  vaapen?: string
  blokker?: Record<string, string>
}
interface RawRegistry {
  helsefellesskap?: string
  helseforetak?: string
  standardsignatar?: { tittel?: string; navn?: string }
  standardblokker?: Record<string, string>
  kommuner: RawKommune[]
}

const validateRegistry = kommunerValidator

const definitions = registrySchema.definitions
/** ajv's schemaPath does not survive $ref, so patterns are known by their text. */
const PATTERN_MESSAGES = new Map<string, string>([
  [definitions.nummer.pattern, 'skal være fire sifre i anførselstegn, for eksempel "5501"'],
  [definitions.dato.pattern, 'dato skrives ÅÅÅÅ-MM-DD'],
  [definitions.kommune.properties.vaapen.pattern, 'må være en PNG- eller JPEG-fil, med sti fra mappen kommuner.yaml ligger i (uten «..»)'],
  [definitions.tekst.pattern, 'kan ikke ha kontrolltegn eller tegn som snur skriveretningen, og ikke mellomrom først eller sist'],
])

function registryMessage(e: ErrorObject): string {
  const key = keyLabel(e.instancePath.split('/').slice(1))
  const known = e.keyword === 'pattern' ? PATTERN_MESSAGES.get((e.params as { pattern: string }).pattern) : undefined
  if (known) return `«${key}» ${known}`
  if (e.keyword === 'propertyNames') {
    return `«${(e.params as { propertyName: string }).propertyName}»: navn på tekstblokker skrives med små bokstaver a–z, tall og bindestrek`
  }
  if (e.keyword === 'type' && Array.isArray((e.params as { type: unknown }).type)) {
    return `«${key}» skal være en tekst, eller en liste med «verdi» og «gyldig_fra»`
  }
  return schemaMessage(e)
}

/** `kommuner/3/nummer/0/verdi` → `nummer.0.verdi` (the kommune is named separately). */
function keyLabel(segments: string[]): string {
  return (segments[0] === 'kommuner' ? segments.slice(2) : segments).join('.')
}

function rawName(raw: RawRegistry, index: number): string | undefined {
  const navn = (raw.kommuner as unknown[] | undefined)?.[index] as { navn?: unknown } | undefined
  const v = navn?.navn
  if (typeof v === 'string') return v
  if (Array.isArray(v)) {
    const last = v[v.length - 1] as { verdi?: unknown } | undefined
    if (typeof last?.verdi === 'string') return last.verdi
  }
  return undefined
}

function schemaProblems(raw: RawRegistry, file: string, lineAt: (p: YamlPath) => number): AvtaleverkError[] {
  if (validateRegistry(raw)) return []
  return (validateRegistry.errors ?? [])
    // An error inside propertyNames comes twice; the propertyNames one names the key.
    .filter((e) => (e as { propertyName?: string }).propertyName === undefined)
    .map((e) => {
      const segments = instancePath(e.instancePath)
      const extra = (e.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (e.params as { propertyName?: string }).propertyName
      const where = lineAt(extra ? [...segments, extra] : segments)
      const who = segments[0] === 'kommuner' && typeof segments[1] === 'number' ? `${kommuneLabel(raw, segments[1])}: ` : ''
      return new AvtaleverkError('skjemafeil', `Kommuneregisteret: ${who}${registryMessage(e)}`, { file, line: where })
    })
}

function kommuneLabel(raw: RawRegistry, index: number): string {
  const name = rawName(raw, index)
  return name ? `kommune ${index + 1} (${name})` : `kommune ${index + 1}`
}


function dated(value: RawValue | undefined): Dated[] {
  if (value === undefined) return []
  if (typeof value === 'string') return [{ value, from: null }]
  return value.map((v) => ({ value: v.verdi, from: v.gyldig_fra }))
}

export interface ParseRegistryOptions {
  /** Path used in messages. */
  file?: string
  /** Coat-of-arms files by the path the registry gives (loadKommuneRegistry reads them). */
  images?: Record<string, Uint8Array>
}

/** Parses and checks a registry's text. Throws one AvtaleverkError listing every problem. */
export function parseKommuneRegistry(text: string, options: ParseRegistryOptions = {}): KommuneRegistry {
  const file = options.file ?? 'kommuner.yaml'
  const { value } = parseYaml<RawRegistry>(text, file, 1, { checkDates: false })
  const lineAt = yamlLineFinder(text)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AvtaleverkError('skjemafeil', 'Kommuneregisteret må være en YAML-tabell med nøkkelen «kommuner»', { file, line: 1 })
  }
  const schemaErrors = schemaProblems(value, file, lineAt)
  if (schemaErrors.length > 0) throw combineErrors(schemaErrors)

  // What the schema cannot say: date order, unique numbers and names, readable images, valid blocks.
  const errors: AvtaleverkError[] = []
  const problem = (p: YamlPath, message: string) => errors.push(new AvtaleverkError('skjemafeil', `Kommuneregisteret: ${message}`, { file, line: lineAt(p) }))
  const blocksOf = (blocks: Record<string, string> | undefined, at: YamlPath) => {
    const out: Record<string, PreparedBlock> = {}
    for (const [name, md] of Object.entries(blocks ?? {})) {
      try {
        out[name] = prepareBlock(name, md, { file, line: lineAt([...at, name]) })
      } catch (e) {
        if (!(e instanceof AvtaleverkError)) throw e
        errors.push(e)
      }
    }
    return out
  }
  const numberOwner = new Map<string, number>()
  const nameOwner = new Map<string, number>()
  const defaultBlocks = blocksOf(value.standardblokker, ['standardblokker'])
  const kommuner = value.kommuner.map((k, i): KommuneEntry => {
    const who = kommuneLabel(value, i)
    for (const key of ['navn', 'offisielt_navn', 'nummer', 'fylke', 'regionrad'] as const) {
      const v = k[key]
      if (!Array.isArray(v)) continue
      v.forEach((d, j) => {
        if (!isRealDate(d.gyldig_fra)) problem(['kommuner', i, key, j, 'gyldig_fra'], `${who}: «${d.gyldig_fra}» er ikke en dato som finnes`)
        else if (j > 0 && d.gyldig_fra <= v[j - 1]!.gyldig_fra) problem(['kommuner', i, key, j, 'gyldig_fra'], `${who}: «${key}» må stå i datorekkefølge, hver «gyldig_fra» senere enn den før`)
      })
    }
    const name = dated(k.navn)
    const number = dated(k.nummer)
    for (const [values, owners, key, what] of [[number, numberOwner, 'nummer', 'kommunenummeret'], [name, nameOwner, 'navn', 'navnet']] as const) {
      for (const d of values) {
        const before = owners.get(fold(d.value))
        if (before !== undefined && before !== i) problem(['kommuner', i, key], `${who}: ${what} «${d.value}» er også brukt av ${kommuneLabel(value, before)}`)
        else owners.set(fold(d.value), i)
      }
    }
    let coatOfArms: CoatOfArms | null = null
    if (k.vaapen) {
      const data = options.images?.[k.vaapen]
      const sniffed = data && sniffImage(data)
      if (!data) problem(['kommuner', i, 'vaapen'], `${who}: finner ikke våpenfilen «${k.vaapen}»`)
      else if (!sniffed) problem(['kommuner', i, 'vaapen'], `${who}: «${k.vaapen}» er ikke et PNG- eller JPEG-bilde`)
      else coatOfArms = { path: k.vaapen, data, ...sniffed }
    }
    const lines: Record<string, number> = {}
    for (const key of Object.keys(k)) lines[key] = lineAt(['kommuner', i, key])
    return {
      name,
      officialName: k.offisielt_navn === undefined ? name : dated(k.offisielt_navn),
      number,
      county: dated(k.fylke),
      regionalCouncil: dated(k.regionrad),
      signatory: signatory(k.signatar),
      coatOfArms,
      blocks: blocksOf(k.blokker, ['kommuner', i, 'blokker']),
      line: lineAt(['kommuner', i]),
      lines,
    }
  })
  if (errors.length > 0) throw combineErrors(errors)
  return {
    file,
    source: text,
    helsefellesskap: value.helsefellesskap ?? null,
    helseforetak: value.helseforetak ?? null,
    defaultSignatory: signatory(value.standardsignatar),
    defaultBlocks,
    kommuner,
  }
}

function signatory(raw: RawRegistry['standardsignatar']): Signatory {
  return { ...(raw?.tittel ? { title: raw.tittel } : {}), ...(raw?.navn ? { name: raw.navn } : {}) }
}


/** The value valid on `date` (ISO): the last one whose `from` is on or before it. */
export function valueOn(values: Dated[], date: string): string | undefined {
  let found: string | undefined
  for (const v of values) if (v.from === null || v.from <= date) found = v.value
  return found
}

/** The kommune as it is on `date`. Throws when it has no name or number valid then. */
export function kommuneOn(registry: KommuneRegistry, entry: KommuneEntry, date: string): Kommune {
  const name = valueOn(entry.name, date)
  const number = valueOn(entry.number, date)
  if (name === undefined || number === undefined) {
    const list = name === undefined ? entry.name : entry.number
    const what = name === undefined ? 'navn' : 'kommunenummer'
    throw new AvtaleverkError(
      'skjemafeil',
      `${entry.name[entry.name.length - 1]!.value} har ikke noe ${what} som gjelder ${date} (det første gjelder fra ${list[0]!.from})`,
      { file: registry.file, line: entry.lines[what === 'navn' ? 'navn' : 'nummer'] ?? entry.line },
    )
  }
  return {
    name,
    officialName: valueOn(entry.officialName, date) ?? name,
    number,
    county: valueOn(entry.county, date) ?? null,
    regionalCouncil: valueOn(entry.regionalCouncil, date) ?? null,
    signatory: { ...registry.defaultSignatory, ...entry.signatory },
    coatOfArms: entry.coatOfArms,
    blocks: { ...registry.defaultBlocks, ...entry.blocks },
    folder: kommuneFolder(number, name),
    entry,
  }
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().trim()

/**
 * The entries `queries` name (a name or official name at any date, or any of a kommune's
 * numbers), in registry order; every entry when `queries` is empty.
 */
export function selectKommuner(registry: KommuneRegistry, queries: string[]): KommuneEntry[] {
  if (queries.length === 0) return registry.kommuner
  const chosen = new Set<KommuneEntry>()
  const unknown: string[] = []
  for (const q of queries) {
    const match = registry.kommuner.find((k) => [...k.name, ...k.officialName, ...k.number].some((d) => fold(d.value) === fold(q)))
    if (match) chosen.add(match)
    else unknown.push(q)
  }
  if (unknown.length > 0) {
    throw new AvtaleverkError('bruksfeil', `Finner ${unknown.length === 1 ? 'ingen kommune' : 'ingen kommuner'} ${unknown.map((q) => `«${q}»`).join(', ')} i kommuneregisteret (bruk navn eller kommunenummer)`, {
      file: registry.file,
    })
  }
  return registry.kommuner.filter((k) => chosen.has(k))
}
