/**
 * Signing status: for every kommune of the registry, which version its copy is signed in (by
 * the kommune and by UNN), whether that is the current version, and for those behind, what
 * changed since (from the diff). A signature whose sha256 is not the hash of the file generate
 * makes for that kommune and version is flagged: the copy signed is not the text we have.
 */
import { type ChangeSet, diffSets } from '../diff/changeset.js'
import { AvtaleverkError, combineErrors } from '../errors.js'
import { generateInstances, OUTPUT_FORMATS } from '../generate/generate.js'
import { type KommuneEntry, type KommuneRegistry, kommuneOn, selectKommuner } from '../registry/registry.js'
import type { Signature } from './signatures.js'
import { type SetLoader, type Version, type VersionList, type VersionSets, versionById, versionSets } from './versions.js'

export type SigningState = 'signert' | 'delvis signert' | 'signert eldre versjon' | 'ikke signert'

export interface ChangeSummary {
  documents: Array<{ id: string; status: string }>
  sectionsChanged: number
  wordsAdded: number
  wordsRemoved: number
}

export interface KommuneStatus {
  nummer: string
  navn: string
  state: SigningState
  /** The newest version signed by the kommune, and by UNN, on this kommune's copy. */
  kommune: Signature | null
  unn: Signature | null
  /** For a kommune behind: what changed from the version it signed to the current one. */
  sinceSigned: ChangeSummary | null
}

export interface HashProblem {
  file: string
  line: number
  message: string
}

export interface StatusReport {
  current: { id: string; dato: string }
  versions: Array<{ id: string; dato: string; status: string }>
  kommuner: KommuneStatus[]
  hashProblems: HashProblem[]
  totals: Record<SigningState, number>
}

const STATES: readonly SigningState[] = ['signert', 'delvis signert', 'signert eldre versjon', 'ikke signert']

function summarise(changes: ChangeSet): ChangeSummary {
  return {
    documents: changes.documents.filter((d) => d.status !== 'uendret').map((d) => ({ id: d.id, status: d.status })),
    sectionsChanged: changes.summary.sectionsChanged,
    wordsAdded: changes.summary.wordsAdded,
    wordsRemoved: changes.summary.wordsRemoved,
  }
}

export interface SigningStatusOptions {
  /**
   * The versions' agreement sets by version id. A version not given is loaded from its folder;
   * give them all to work without the file system (in a browser, in a test).
   */
  sets?: VersionSets
  /** Reads a version's set from its folder when `sets` does not have it (avtaleverk/node gives loadAgreementSet). */
  loadSet?: SetLoader
}

/**
 * Who has signed which version: every kommune of the registry against the current version,
 * what changed since for those behind, and signed files whose sha256 is not that of the file
 * generate makes from the version they name.
 *
 * @example
 * ```ts
 * const report = await signingStatus(registry, parseVersions(versjonerYaml), parseSignatures(signaturerYaml), { sets: { '2023': set } })
 * ```
 * @throws {@link AvtaleverkError} `skjemafeil` for a signature naming a version or kommune that does not exist (all of them, as `details`); the errors of loading a version's folder.
 */
export async function signingStatus(registry: KommuneRegistry, versions: VersionList, signatures: Signature[], options: SigningStatusOptions = {}): Promise<StatusReport> {
  const setOf = versionSets(versions, options.sets, options.loadSet)
  const order = new Map(versions.versions.map((v, i) => [v.id, i]))
  const hashProblems: HashProblem[] = []

  // Which registry entry each signature names; unknown kommuner and versions are errors.
  const byEntry = new Map<KommuneEntry, Signature[]>()
  const errors: AvtaleverkError[] = []
  for (const s of signatures) {
    if (!versionById(versions, s.versjon)) errors.push(new AvtaleverkError('skjemafeil', `Signaturlisten: versjon «${s.versjon}» finnes ikke i ${versions.file}`, { file: s.file, line: s.line }))
    let entry: KommuneEntry | undefined
    try {
      entry = selectKommuner(registry, [s.kommune])[0]
    } catch {
      errors.push(new AvtaleverkError('skjemafeil', `Signaturlisten: kommunen «${s.kommune}» finnes ikke i kommuneregisteret`, { file: s.file, line: s.line }))
    }
    if (entry) byEntry.set(entry, [...(byEntry.get(entry) ?? []), s])
  }
  if (errors.length > 0) throw combineErrors(errors)

  // The hash each signed file should have: generate is deterministic, so regenerate and compare.
  const expected = new Map<string, Promise<Map<string, string>>>()
  const hashesFor = (version: Version, entry: KommuneEntry, fil: string) => {
    const number = kommuneOn(registry, entry, version.dato).number
    // Only the signed file's format is made: a Word file costs far more than Markdown.
    const format = OUTPUT_FORMATS.find((f) => fil.endsWith(`.${f}`)) ?? 'docx'
    const key = `${version.id}/${number}/${format}`
    let found = expected.get(key)
    if (!found) {
      found = setOf(version).then(async (set) => new Map((await generateInstances(set, registry, { date: version.dato, kommuner: [number], formats: [format], version: { id: version.id, status: version.status, dato: version.dato } })).manifest.files.map((f) => [f.path, f.sha256])))
      expected.set(key, found)
    }
    return found
  }
  for (const [entry, list] of byEntry) {
    for (const s of list) {
      const hashes = await hashesFor(versionById(versions, s.versjon)!, entry, s.fil)
      const want = hashes.get(s.fil)
      if (want === undefined) hashProblems.push({ file: s.file, line: s.line, message: `«${s.fil}» er ikke en fil avtaleverk lager for ${s.kommune} i versjon ${s.versjon}` })
      else if (want !== s.sha256) hashProblems.push({ file: s.file, line: s.line, message: `Den signerte filen «${s.fil}» (${s.kommune}, versjon ${s.versjon}) har en annen sha256 enn filen avtaleverk lager av den versjonen: teksten som ble signert, er ikke den som ligger i versjonen` })
    }
  }

  const current = versions.current
  const diffs = new Map<string, Promise<ChangeSummary>>()
  const since = (from: Version) => {
    let d = diffs.get(from.id)
    if (!d) {
      d = Promise.all([setOf(from), setOf(current)]).then(([a, b]) => summarise(diffSets(a, b, { oldLabel: from.id, newLabel: current.id })))
      diffs.set(from.id, d)
    }
    return d
  }
  const newest = (list: Signature[], part: Signature['part']) => list.filter((s) => s.part === part).sort((a, b) => order.get(b.versjon)! - order.get(a.versjon)! || b.dato.localeCompare(a.dato))[0] ?? null

  const kommuner: KommuneStatus[] = []
  for (const entry of registry.kommuner) {
    const k = kommuneOn(registry, entry, current.dato)
    const list = byEntry.get(entry) ?? []
    const kommune = newest(list, 'kommune')
    const unn = newest(list, 'UNN')
    const onCurrent = (s: Signature | null) => s?.versjon === current.id
    const state: SigningState =
      onCurrent(kommune) && onCurrent(unn) ? 'signert'
      : onCurrent(kommune) || onCurrent(unn) ? 'delvis signert'
      : kommune || unn ? 'signert eldre versjon'
      : 'ikke signert'
    const signedVersion = kommune ?? unn
    kommuner.push({
      nummer: k.number,
      navn: k.name,
      state,
      kommune,
      unn,
      sinceSigned: state === 'signert eldre versjon' && signedVersion ? await since(versionById(versions, signedVersion.versjon)!) : null,
    })
  }
  const totals = Object.fromEntries(STATES.map((s) => [s, kommuner.filter((k) => k.state === s).length])) as Record<SigningState, number>
  return {
    current: { id: current.id, dato: current.dato },
    versions: versions.versions.map((v) => ({ id: v.id, dato: v.dato, status: v.status })),
    kommuner,
    hashProblems,
    totals,
  }
}
