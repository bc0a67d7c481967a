/**
 * Reading agreement files from disk: a single file or the `.md` files of one folder (not its
 * subfolders, so a folder of versions beside the set is not mixed in). A folder may list its
 * documents in `avtalesett.yaml`; else every `.md` file is read, and Markdown that is not an
 * agreement (README.md, SOURCES.md, FORMS.md, notes without agreement front matter) is skipped
 * with a notice. Problems in several files are reported together, each with its file and line.
 */
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, combineErrors, tooLargeError } from '../errors.js'
import type { AgreementDocument, AgreementSet, UnloadedDocument } from '../model.js'
import { decodeText, normaliseLineEnds } from './decode.js'
import { DEFAULT_MAX_BYTES, parseDocument, type ParseOptions } from './document.js'
import { parseYaml, schemaErrors } from './front-matter.js'
import { typeOfWord } from './kinds.js'
import { avtalesettValidator } from '../schema/index.js'
import { append } from '../arrays.js'
import { agreementSet, isAgreementFileName, SET_INDEX_FILE, withoutDuplicateIds } from './set.js'

export { agreementSet, isAgreementFileName, SET_INDEX_FILE, withoutDuplicateIds }

/** A notice that a Markdown file in the folder was not read as an agreement document. */
function skippedNotice(file: string, why: string): AvtaleverkError {
  return new AvtaleverkError('ikke-avtale', `Hoppet over: ${why}`, { file, line: 1 })
}


/** The document list of `avtalesett.yaml`, or null when the folder has none. */
async function readSetIndex(dir: string): Promise<string[] | null> {
  const file = path.join(dir, SET_INDEX_FILE)
  const exists = await stat(file).then((s) => s.isFile(), () => false)
  if (!exists) return null
  const { value, keyLines } = parseYaml(await readTextFile(file), file)
  if (!avtalesettValidator(value)) {
    throw combineErrors(schemaErrors(avtalesettValidator.errors, file, keyLines, 1).map((e) => new AvtaleverkError('skjemafeil', e.message.replace(/^Front matter: /, `${SET_INDEX_FILE}: `), e)))
  }
  return (value as { dokumenter: string[] }).dokumenter
}

export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let info
  try {
    info = await stat(file)
  } catch (e) {
    throw ioError(e, file)
  }
  if (info.isDirectory()) throw new AvtaleverkError('lesefeil', 'Er en mappe, ikke en fil', { file })
  // A named pipe or a device would block the read forever, or never end.
  if (!info.isFile()) throw new AvtaleverkError('lesefeil', 'Er ikke en vanlig fil (men for eksempel en navngitt pipe eller en enhet); hoppet over', { file })
  if (info.size > maxBytes) throw tooLargeError(file, info.size, maxBytes)
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (e) {
    throw ioError(e, file)
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw tooLargeError(file, bytes.length, maxBytes)
  return normaliseLineEnds(decodeText(bytes, file))
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

/** A failure that is not an AvtaleverkError (a bug), kept as this file's error. */
export function unexpectedError(e: unknown, file: string): AvtaleverkError {
  return new AvtaleverkError('lesefeil', `Uventet feil ved lesing av filen (${e instanceof Error ? e.name : typeof e}); meld den gjerne som en feil i avtaleverk`, { file })
}

export async function loadDocument(file: string, options: ParseOptions = {}): Promise<AgreementDocument> {
  const text = await readTextFile(file, options.maxBytes)
  return parseDocument(text, { ...options, path: options.path ?? file })
}

/**
 * The agreement Markdown files of a folder: those `avtalesett.yaml` lists, in its order, or else
 * every `.md` file sorted by name. A symlink leading out of the folder is refused (an error for
 * that file, the others are still listed); a dangling one is listed and fails when read, at its
 * own path. `skipped` has a notice for each Markdown file left out.
 */
export async function listAgreementFiles(dir: string): Promise<{ files: string[]; errors: AvtaleverkError[]; skipped: AvtaleverkError[] }> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    throw ioError(e, dir)
  }
  const realDir = await realpath(dir)
  const index = await readSetIndex(dir)
  const files: string[] = []
  const errors: AvtaleverkError[] = []
  const skipped: AvtaleverkError[] = []
  const listed = new Set(index ?? [])
  for (const entry of entries) {
    const lower = entry.name.toLowerCase()
    if (!lower.endsWith('.md')) continue
    const file = path.join(dir, entry.name)
    if (index ? !listed.has(entry.name) : !isAgreementFileName(entry.name)) {
      skipped.push(skippedNotice(file, index ? `${entry.name} står ikke i ${SET_INDEX_FILE}` : `${entry.name} er dokumentasjon, ikke et avtaledokument`))
      continue
    }
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
  if (index) {
    const present = new Set(files.map((f) => path.basename(f)))
    for (const name of index) {
      if (!present.has(name) && !errors.some((e) => e.file === path.join(dir, name))) {
        errors.push(new AvtaleverkError('lesefeil', `Står i ${SET_INDEX_FILE}, men finnes ikke i mappen`, { file: path.join(dir, name) }))
      }
    }
    const order = new Map(index.map((name, i) => [name, i]))
    return { files: files.sort((a, b) => order.get(path.basename(a))! - order.get(path.basename(b))!), errors, skipped }
  }
  return { files: files.sort((a, b) => a.localeCompare(b, 'en')), errors, skipped }
}

export interface ReadResult {
  set: AgreementSet
  /** Problems with files that could not be read or parsed; their documents are left out of `set`. */
  errors: AvtaleverkError[]
  /** Markdown files in the folder that are not agreement documents, each a notice (code `ikke-avtale`). */
  skipped: AvtaleverkError[]
  /** The document files that failed to load, with what their front matter says of them (read leniently). */
  unloaded: UnloadedDocument[]
}

/** How much of a file that failed to load is read again for its id, type, number and title. */
const LENIENT_BYTES = 64 * 1024

/** The value of `key: value` on one front matter line, without quotes and a trailing comment. */
function lenientValue(lines: string[], key: string): string | undefined {
  const line = lines.find((l) => l.startsWith(`${key}:`))
  if (line === undefined) return undefined
  const value = line.slice(key.length + 1).replace(/[ \t]+#.*$/u, '').trim().replace(/^(["'])(.*)\1$/u, '$2').trim()
  return value === '' ? undefined : value
}

/**
 * What a document that failed to load says of itself: its front matter's id, type, number and
 * title, line by line, whatever else in it is wrong (a bad status, an impossible date, broken
 * YAML elsewhere, bad UTF-8). Never throws or blocks: a file that cannot be read at all, or is no
 * regular file, gives its path.
 */
export async function unloadedDocument(file: string): Promise<UnloadedDocument> {
  const out: UnloadedDocument = { file }
  let text: string
  try {
    // Only a regular file is read again: a named pipe or a device would block or never end.
    if (!(await stat(file)).isFile()) return out
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(LENIENT_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, LENIENT_BYTES, 0)
      text = buffer.subarray(0, bytesRead).toString('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return out
  }
  const lines = normaliseLineEnds(text.replace(/^\uFEFF/u, '')).split('\n')
  if (lines[0]?.trim() !== '---') return out
  const end = lines.indexOf('---', 1)
  const block = lines.slice(1, end === -1 ? Math.min(lines.length, 200) : end)
  const id = lenientValue(block, 'id')
  const type = lenientValue(block, 'type')
  const number = lenientValue(block, 'number')
  const title = lenientValue(block, 'title')
  if (id) out.id = id
  const kind = type ? typeOfWord(type) : undefined
  if (kind) out.type = kind
  if (number && /^\d{1,4}$/u.test(number)) out.number = Number(number)
  if (title) out.title = title
  return out
}

/**
 * Reads a set from a folder (or a single file), keeping every document that parses and
 * collecting the problems of the others: what `validate` needs to report everything at once.
 *
 * @example
 * ```ts
 * const { set, errors, skipped, unloaded } = await readAgreementSet('agreements')
 * const diagnostics = validate(set, { loadErrors: errors, skipped, unloaded })
 * ```
 * @throws {@link AvtaleverkError} when the target cannot be read at all (does not exist, holds no
 * Markdown file, a symlink out of the folder); a file that fails to parse is in `errors` instead.
 */
export async function readAgreementSet(target: string, options: ParseOptions = {}): Promise<ReadResult> {
  let info
  try {
    info = await stat(target)
  } catch (e) {
    throw ioError(e, target)
  }
  const folder = info.isDirectory()
  const { files, errors, skipped } = folder ? await listAgreementFiles(target) : { files: [target], errors: [], skipped: [] }
  if (files.length === 0 && errors.length === 0) throw new AvtaleverkError('ingen-dokumenter', 'Fant ingen Markdown-filer (.md) med avtaletekst', { file: target })
  const documents: AgreementDocument[] = []
  const unloaded: UnloadedDocument[] = []
  for (const file of files) {
    try {
      documents.push(await loadDocument(file, options))
    } catch (e) {
      // Even an unexpected failure is this file's problem: the other files are still read.
      const error = e instanceof AvtaleverkError ? e : unexpectedError(e, file)
      // In a folder, Markdown without agreement front matter is a note beside the set, not a broken document.
      if (folder && (error.code === 'mangler-front-matter' || error.code === 'ikke-avtale')) {
        skipped.push(skippedNotice(file, error.code === 'ikke-avtale' ? 'front matter uten «id» og «type», ikke et avtaledokument' : 'ingen front matter, ikke et avtaledokument'))
        continue
      }
      append(errors, [error, ...error.details])
      unloaded.push(await unloadedDocument(file))
    }
  }
  if (documents.length === 0 && errors.length === 0) throw new AvtaleverkError('ingen-dokumenter', 'Fant ingen avtaledokumenter (Markdown med front matter) i mappen', { file: target })
  const unique = withoutDuplicateIds(documents, errors)
  return { set: { root: folder ? target : path.dirname(target), documents: unique }, errors, skipped, unloaded }
}

/**
 * Loads a set from a folder (or a single file). Throws one AvtaleverkError whose `details` hold
 * the problems of every other file, so a user fixes all of them in one go.
 *
 * @example
 * ```ts
 * const set = await loadAgreementSet('agreements')
 * for (const doc of set.documents) console.log(doc.frontMatter.id, doc.sections.length)
 * ```
 * @throws {@link AvtaleverkError} for a target that cannot be read, or any file of it that does
 * not parse (the first leading, the others in `details`).
 */
export async function loadAgreementSet(target: string, options: ParseOptions = {}): Promise<AgreementSet> {
  const { set, errors } = await readAgreementSet(target, options)
  if (errors.length > 0) {
    throw combineErrors(errors)
  }
  return set
}
