/**
 * Reading agreement files from disk: a single file or every `.md` file of one folder (not its
 * subfolders, so a folder of versions beside the set is not mixed in). Problems in several
 * files are reported together, each with its file and line.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, combineErrors, tooLargeError } from '../errors.js'
import type { AgreementDocument, AgreementSet } from '../model.js'
import { DEFAULT_MAX_BYTES, parseDocument, type ParseOptions } from './document.js'

/** Markdown files that are documentation, not agreement documents. */
const NOT_DOCUMENTS = new Set(['readme.md', 'changelog.md', 'license.md'])

/** Whether a file name in a set's folder is an agreement document (on disk or in a git tree). */
export function isAgreementFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.endsWith('.md') && !NOT_DOCUMENTS.has(lower)
}

export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let info
  try {
    info = await stat(file)
  } catch (e) {
    throw ioError(e, file)
  }
  if (info.isDirectory()) throw new AvtaleverkError('lesefeil', 'Er en mappe, ikke en fil', { file })
  if (info.size > maxBytes) throw tooLargeError(file, info.size, maxBytes)
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw ioError(e, file)
  }
}

export function ioError(e: unknown, file: string): AvtaleverkError {
  const code = (e as NodeJS.ErrnoException).code
  const message =
    code === 'ENOENT' ? 'Finner ikke filen eller mappen'
    : code === 'EACCES' || code === 'EPERM' ? 'Mangler tilgang til å lese filen'
    : code === 'EISDIR' ? 'Er en mappe, ikke en fil'
    : `Kunne ikke lese: ${(e as Error).message}`
  return new AvtaleverkError('lesefeil', message, { file })
}

export async function loadDocument(file: string, options: ParseOptions = {}): Promise<AgreementDocument> {
  const text = await readTextFile(file, options.maxBytes)
  return parseDocument(text, { ...options, path: options.path ?? file })
}

/**
 * The agreement Markdown files of a folder, sorted by name. A symlink leading out of the folder
 * is refused (an error for that file, the others are still listed); a dangling one is listed
 * and fails when read, at its own path.
 */
export async function listAgreementFiles(dir: string): Promise<{ files: string[]; errors: AvtaleverkError[] }> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    throw ioError(e, dir)
  }
  const realDir = await realpath(dir)
  const files: string[] = []
  const errors: AvtaleverkError[] = []
  for (const entry of entries) {
    if (!isAgreementFileName(entry.name)) continue
    const file = path.join(dir, entry.name)
    if (entry.isSymbolicLink()) {
      const target = await realpath(file).catch(() => null)
      const relative = target === null ? '' : path.relative(realDir, target)
      if (target !== null && (relative.startsWith('..') || path.isAbsolute(relative))) {
        errors.push(new AvtaleverkError('lesefeil', `Symbolsk lenke peker ut av mappen (${target}); kopier filen inn i mappen i stedet`, { file }))
        continue
      }
    }
    files.push(file)
  }
  return { files: files.sort((a, b) => a.localeCompare(b, 'en')), errors }
}

export interface ReadResult {
  set: AgreementSet
  /** Problems with files that could not be read or parsed; their documents are left out of `set`. */
  errors: AvtaleverkError[]
}

/**
 * Reads a set from a folder (or a single file), keeping every document that parses and
 * collecting the problems of the others: what `validate` needs to report everything at once.
 */
export async function readAgreementSet(target: string, options: ParseOptions = {}): Promise<ReadResult> {
  let info
  try {
    info = await stat(target)
  } catch (e) {
    throw ioError(e, target)
  }
  const { files, errors } = info.isDirectory() ? await listAgreementFiles(target) : { files: [target], errors: [] }
  if (files.length === 0 && errors.length === 0) throw new AvtaleverkError('ingen-dokumenter', 'Fant ingen Markdown-filer (.md) med avtaletekst', { file: target })
  const documents: AgreementDocument[] = []
  for (const file of files) {
    try {
      documents.push(await loadDocument(file, options))
    } catch (e) {
      if (!(e instanceof AvtaleverkError)) throw e
      errors.push(e, ...e.details)
    }
  }
  const unique = withoutDuplicateIds(documents, errors)
  return { set: { root: info.isDirectory() ? target : path.dirname(target), documents: unique }, errors }
}

/** The documents with ids not seen before; each repeated id becomes an error in `errors`. */
export function withoutDuplicateIds(documents: AgreementDocument[], errors: AvtaleverkError[]): AgreementDocument[] {
  const byId = new Map<string, AgreementDocument>()
  for (const doc of documents) {
    const before = byId.get(doc.frontMatter.id)
    if (before) {
      errors.push(new AvtaleverkError('duplisert-id', `Dokument-id «${doc.frontMatter.id}» er også brukt i ${before.path}`, { file: doc.path, line: doc.frontMatterLines.id ?? 1 }))
    } else byId.set(doc.frontMatter.id, doc)
  }
  return [...byId.values()]
}

/**
 * Loads a set from a folder (or a single file). Throws one AvtaleverkError whose `details` hold
 * the problems of every other file, so a user fixes all of them in one go.
 */
export async function loadAgreementSet(target: string, options: ParseOptions = {}): Promise<AgreementSet> {
  const { set, errors } = await readAgreementSet(target, options)
  if (errors.length > 0) {
    throw combineErrors(errors)
  }
  return set
}

/** A set from documents already in memory (tests, editors, generated instances). */
export function agreementSet(documents: AgreementDocument[], root = ''): AgreementSet {
  return { root, documents }
}
