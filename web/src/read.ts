/**
 * A folder in memory read as the library reads one on disk (readAgreementSet, findConfig,
 * versionOfFolder): the same documents, the same skipped notes, the same profile, the same
 * version. Only core functions on text; no file system.
 */
import {
  AvtaleverkError,
  type AgreementDocument,
  type AgreementSet,
  type CopyVersion,
  type ResolvedProfile,
  type UnloadedDocument,
  agreementSet,
  builtinProfile,
  checkConfig,
  isAgreementFileName,
  mergeProfiles,
  parseDocument,
  parseVersions,
} from '@core'
import { parseDocument as parseYamlDocument } from 'yaml'

export interface FileInMemory {
  /** Relative to the folder, no `/`: the folder's own files. */
  path: string
  data: Uint8Array
}

export interface ReadFromFiles {
  set: AgreementSet
  errors: AvtaleverkError[]
  skipped: AvtaleverkError[]
  unloaded: UnloadedDocument[]
}

const CONFIG_FILE = 'avtaleverk.config.yaml'

/** Text as the library reads a file: UTF-8 (a BOM allowed), CR LF and lone CR as LF. */
function decode(file: FileInMemory): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.data)
  } catch {
    throw new AvtaleverkError('lesefeil', 'Filen er ikke UTF-8 (lagre den som UTF-8)', { file: file.path, line: 1 })
  }
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/g, '\n')
}

const skippedNotice = (file: string, why: string) => new AvtaleverkError('ikke-avtale', `Hoppet over: ${why}`, { file, line: 1 })

/** The set of the folder's agreement documents, with every file's problem kept beside it. */
export function readSetFromFiles(files: readonly FileInMemory[]): ReadFromFiles {
  const errors: AvtaleverkError[] = []
  const skipped: AvtaleverkError[] = []
  const unloaded: UnloadedDocument[] = []
  const documents: AgreementDocument[] = []
  const markdown = files.filter((f) => f.path.toLowerCase().endsWith('.md')).sort((a, b) => a.path.localeCompare(b.path, 'en'))
  for (const file of markdown) {
    if (!isAgreementFileName(file.path)) {
      skipped.push(skippedNotice(file.path, `${file.path} er dokumentasjon, ikke et avtaledokument`))
      continue
    }
    try {
      documents.push(parseDocument(decode(file), { path: file.path }))
    } catch (e) {
      const error = e instanceof AvtaleverkError ? e : new AvtaleverkError('lesefeil', `Uventet feil ved lesing av filen (${(e as Error).name})`, { file: file.path })
      if (error.code === 'mangler-front-matter' || error.code === 'ikke-avtale') {
        skipped.push(skippedNotice(file.path, error.code === 'ikke-avtale' ? 'front matter uten «id» og «type», ikke et avtaledokument' : 'ingen front matter, ikke et avtaledokument'))
        continue
      }
      errors.push(error, ...error.details)
      unloaded.push({ file: file.path })
    }
  }
  if (documents.length === 0 && errors.length === 0) throw new AvtaleverkError('ingen-dokumenter', 'Fant ingen avtaledokumenter (Markdown med front matter) i mappen')
  const seen = new Map<string, AgreementDocument>()
  for (const doc of documents) {
    const before = seen.get(doc.frontMatter.id)
    if (before) errors.push(new AvtaleverkError('duplisert-id', `Dokument-id «${doc.frontMatter.id}» er også brukt i ${before.path}`, { file: doc.path, line: doc.frontMatterLines.id ?? 1 }))
    else seen.set(doc.frontMatter.id, doc)
  }
  return { set: agreementSet([...seen.values()], ''), errors, skipped, unloaded }
}

/**
 * The profile the folder's avtaleverk.config.yaml gives (its `extends` a built-in profile, or
 * `recommended` when it names none); `recommended` without a config, as validate uses then.
 */
export function profileFromFiles(files: readonly FileInMemory[]): ResolvedProfile {
  const file = files.find((f) => f.path === CONFIG_FILE)
  // Without a config, validate's default: the built-in recommended profile.
  if (!file) return builtinProfile('recommended')
  const yaml = parseYamlDocument(decode(file))
  if (yaml.errors.length > 0) throw new AvtaleverkError('ugyldig-yaml', `Ugyldig YAML: ${yaml.errors[0]!.message}`, { file: CONFIG_FILE, line: yaml.errors[0]!.linePos?.[0].line ?? 1 })
  const value = yaml.toJS() as unknown
  const keyLines = keyLinesOf(yaml, decode(file))
  const config = checkConfig(value, CONFIG_FILE, keyLines)
  const refs = config.extends === undefined ? ['recommended'] : typeof config.extends === 'string' ? [config.extends] : config.extends
  let base: ResolvedProfile = {}
  for (const ref of refs) {
    if (/[\\/]|\.(ya?ml|json)$/i.test(ref)) throw new AvtaleverkError('skjemafeil', `Konfigurasjon: «extends: ${ref}» er en fil; i nettleseren kan bare de innebygde profilene brukes`, { file: CONFIG_FILE, line: keyLines.extends ?? 1 })
    base = mergeProfiles(base, builtinProfile(ref))
  }
  return mergeProfiles(base, config)
}

/** The version versjoner.yaml beside the files gives the folder itself (`mappe: .`), as versionOfFolder. */
export function versionOfFiles(files: readonly FileInMemory[]): CopyVersion | null {
  const file = files.find((f) => f.path === 'versjoner.yaml')
  if (!file) return null
  const list = parseVersions(decode(file), 'versjoner.yaml')
  const found = list.versions.filter((v) => v.mappe.replace(/\/+$/, '') === '.' || v.mappe === './').pop()
  return found ? { id: found.id, status: found.status, dato: found.dato } : null
}

/** The line of each top-level key, for messages at the key. */
function keyLinesOf(yaml: ReturnType<typeof parseYamlDocument>, text: string): Record<string, number> {
  const lines: Record<string, number> = {}
  const contents = yaml.contents as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | null
  for (const item of contents?.items ?? []) {
    const offset = item.key?.range?.[0]
    if (typeof item.key?.value === 'string' && offset !== undefined) lines[item.key.value] = text.slice(0, offset).split('\n').length
  }
  return lines
}
