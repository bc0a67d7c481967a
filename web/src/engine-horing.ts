/** Høring and signing status: what the Høring og status view asks of the core. */
import { type AgreementSet, type HoringReport, type KommuneRegistry, type Respondent, type StatusReport, buildHoringReport, formatHoring, formatStatus, parseInnspill, parseKommuneRegistry, parseSignatures, parseVersions, signingStatus } from '@core'
import { errorText, imagesOf, type Opened, textOf } from './engine.js'
import type { Folder } from './folders.js'

export type { HoringReport, StatusReport }

export interface HoringInput {
  innspill: Folder
  fra: Opened
  til: Opened
  frist?: string
}

/** Every respondent's file; all problems at once, each at its file and line. */
export function readInnspill(folder: Folder): Respondent[] {
  const names = [...folder.files.keys()].filter((p) => /\.ya?ml$/i.test(p) && !p.includes('/')).sort()
  if (names.length === 0) throw new Error(`${folder.name}: fant ingen høringsinnspill (.yaml-filer)`)
  const respondents: Respondent[] = []
  const problems: string[] = []
  for (const name of names) {
    try {
      respondents.push(parseInnspill(textOf(folder, name)!, name))
    } catch (e) {
      problems.push(errorText(e))
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return respondents
}

/** The høringsoppsummering `avtaleverk høring rapport` makes. */
export function horing(input: HoringInput): HoringReport {
  return buildHoringReport({
    respondents: readInnspill(input.innspill),
    fra: input.fra.set,
    til: input.til.set,
    ...(input.fra.registry ? { registry: input.fra.registry } : {}),
    ...(input.frist ? { frist: input.frist } : {}),
    fraLabel: input.fra.folder.name,
    tilLabel: input.til.folder.name,
  })
}

/** The last part of a version's folder (`../revisjon-2024` → revisjon-2024; `.` → the list's own folder). */
export function versionFolderName(mappe: string, listFolder: string): string {
  const parts = mappe.split('/').filter((p) => p !== '' && p !== '.')
  return parts.length === 0 ? listFolder : parts[parts.length - 1]!
}

/**
 * The signing status `avtaleverk status` gives: versjoner.yaml and signaturer.yaml from one
 * folder, each version's set from the open folder of the same name.
 */
export async function status(listFolder: Folder, listOpened: Opened | undefined, byName: (name: string) => Opened | undefined): Promise<StatusReport> {
  const versionsText = textOf(listFolder, 'versjoner.yaml')
  if (versionsText === undefined) throw new Error(`${listFolder.name}: har ingen versjonsliste (versjoner.yaml)`)
  const versions = parseVersions(versionsText, 'versjoner.yaml')
  const signatures = parseSignatures(textOf(listFolder, 'signaturer.yaml') ?? 'signaturer: []\n', 'signaturer.yaml')
  const sets: Record<string, AgreementSet> = {}
  let registry = listOpened?.registry ?? registryOf(listFolder)
  for (const v of versions.versions) {
    const name = versionFolderName(v.mappe, listFolder.name)
    const opened = name === listFolder.name ? listOpened : byName(name)
    if (!opened) throw new Error(`Versjon ${v.id} ligger i mappen «${v.mappe}»: åpne mappen ${name} først`)
    sets[v.id] = opened.set
    // As the CLI: the registry beside versjoner.yaml, else in a version's folder, newest first.
  }
  for (const v of [...versions.versions].reverse()) {
    if (registry) break
    const name = versionFolderName(v.mappe, listFolder.name)
    registry = (name === listFolder.name ? listOpened : byName(name))?.registry
  }
  if (!registry) throw new Error('Finner ikke kommuneregisteret (kommuner.yaml) ved versjonslisten eller i versjonenes mapper')
  return signingStatus(registry, versions, signatures, { sets })
}

function registryOf(folder: Folder): KommuneRegistry | undefined {
  const text = textOf(folder, 'kommuner.yaml')
  return text === undefined ? undefined : parseKommuneRegistry(text, { file: 'kommuner.yaml', images: imagesOf(folder) })
}

/** The høringsoppsummering in one of the CLI's formats. */
export async function horingFile(report: HoringReport, format: 'md' | 'html' | 'docx' | 'json'): Promise<string | Uint8Array> {
  return formatHoring(report, format)
}

/** The signing status in one of the CLI's formats. */
export const statusFile = (report: StatusReport, format: 'text' | 'html' | 'json'): string => formatStatus(report, format)

