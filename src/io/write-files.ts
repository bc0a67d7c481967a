/**
 * Writing several files as one: all of them or none. Every target is checked before anything is
 * written; each file goes to a temporary file beside its target, created exclusively (`wx`, which
 * also refuses a symbolic link planted at that name) under a random name; only when all are
 * written are they renamed into place, a file being replaced first moved aside. A failure or an
 * abort at any point — a full disk, SIGINT — puts back what was there: the new files and folders
 * removed, the moved-aside ones returned. A rename replaces a symbolic link at the target rather
 * than writing through it, so a planted link cannot carry a write out of the folder.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { abortError, AvtaleverkError } from '../errors.js'
import { fileInTheWay, occupied, writeFailure, type WriteOptions } from './write-file.js'

export interface PlannedWrite {
  target: string
  data: string | Uint8Array
  /** The name in messages (default: `target`). */
  shown?: string
}

export interface WriteFilesOptions extends WriteOptions {
  /** Every folder written into must lie inside this one, symbolic links resolved. */
  root?: string
}

/** A name beside `target` nobody can guess: `.00-avtale.md.3f9c…e1.tmp`. */
export function tempPath(target: string, kind: 'tmp' | 'bak' = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString('hex')}.${kind}`)
}

export { abortError }

const inside = (dir: string, target: string) => {
  const rest = path.relative(dir, target)
  return rest === '' || (!rest.startsWith('..') && !path.isAbsolute(rest))
}

/** Everything that would stop the write, found before any byte is written. */
export async function checkTargets(writes: readonly PlannedWrite[], options: WriteFilesOptions = {}): Promise<void> {
  const many = writes.length > 1
  const none = many ? '; ingen filer er skrevet' : ''
  const taken: string[] = []
  for (const { target, shown = target } of writes) {
    const blocker = await fileInTheWay(target)
    if (blocker) throw new AvtaleverkError('skrivefeil', `«${blocker}» er en fil, ikke en mappe, så ${many ? 'filene' : 'filen'} kan ikke skrives der${none}`, { file: shown })
    const kind = await occupied(target)
    if (kind === 'folder') {
      throw new AvtaleverkError('finnes-fra-før', many ? 'Det finnes en mappe med samme navn som en fil som skal skrives; ingen filer er skrevet' : 'Dette er en mappe; oppgi et filnavn, for eksempel rapport.html', { file: shown })
    }
    if (kind === 'file') taken.push(shown)
  }
  if (taken.length > 0 && !options.force) {
    const more = taken.length > 1 ? ` (og ${taken.length - 1} til)` : ''
    throw new AvtaleverkError('finnes-fra-før', many ? `Filen finnes fra før${more}; bruk { force: true } for å skrive over. Ingen filer er skrevet` : 'Filen finnes fra før; bruk { force: true } for å skrive over den', { file: taken[0]! })
  }
}

interface Entry {
  target: string
  shown: string
  temp: string
  /** Where the file that was at the target waits while the new one is put in place. */
  backup: string | null
  placed: boolean
}

/** Checks (checkTargets), then writes all files or none. */
export async function writeFilesAtomically(writes: readonly PlannedWrite[], options: WriteFilesOptions = {}): Promise<void> {
  await checkTargets(writes, options)
  await writeFilesAsTheyCome(writes, { ...options, many: writes.length > 1 })
}

export interface StreamingWriteOptions extends WriteFilesOptions {
  /** Files being written at once (default 8): the next file is made while these are written. */
  concurrency?: number
  /** Messages speak of files, not a file (default true). */
  many?: boolean
}

/**
 * Writes files as they come from `source`, each to its temporary name, at most `concurrency`
 * at a time, so only those are held in memory; when the source ends, renames them all into
 * place in the order they came (put manifest.json last to have it renamed last). All or none:
 * a failure or an abort — in the source or in a write — removes what was written and puts
 * back what was there. The targets must have been checked first (checkTargets).
 */
export async function writeFilesAsTheyCome(source: Iterable<PlannedWrite> | AsyncIterable<PlannedWrite>, options: StreamingWriteOptions = {}): Promise<void> {
  const many = options.many ?? true
  const limit = Math.max(1, options.concurrency ?? 8)
  const realRoot = options.root ? await realpath(options.root) : null
  const created: string[] = []
  const entries: Entry[] = []
  // Each folder made and checked once, however many files go into it.
  const folders = new Map<string, Promise<void>>()
  const pending = new Set<Promise<void>>()
  let failure: { error: unknown } | null = null
  // A failing write or rename is told in Norwegian; an error from the source is passed on as it is.
  const writeError = (e: unknown, where: string | undefined) =>
    e instanceof AvtaleverkError ? e : new AvtaleverkError('skrivefeil', many ? `Kunne ikke skrive: ${writeFailure(e)}; ingen filer er skrevet` : `Kunne ikke skrive filen: ${writeFailure(e)}`, { file: many ? (options.root ?? where) : where })
  const checkAbort = () => {
    if (options.signal?.aborted) throw abortError()
    if (failure) throw failure.error
  }
  const folder = (dir: string) => {
    let ready = folders.get(dir)
    if (!ready) {
      ready = (async () => {
        const made = await mkdir(dir, { recursive: true })
        if (made) for (let d = dir; inside(made, d) && d !== path.dirname(d); d = path.dirname(d)) created.push(d)
        // A folder that is a symbolic link out of the root would carry the write with it.
        if (realRoot) {
          const realDir = await realpath(dir)
          if (!inside(realRoot, realDir)) throw new AvtaleverkError('skrivefeil', `Mappen peker ut av utmappen (${realDir}); ingen filer er skrevet`, { file: dir })
        }
      })()
      folders.set(dir, ready)
    }
    return ready
  }
  try {
    for await (const { target, data, shown = target } of source) {
      checkAbort()
      const entry: Entry = { target, shown, temp: tempPath(target), backup: null, placed: false }
      entries.push(entry)
      const write = folder(path.dirname(target)).then(() => writeFile(entry.temp, data, { flag: 'wx' }))
      const tracked: Promise<void> = write.then(
        () => void pending.delete(tracked),
        (e: unknown) => {
          pending.delete(tracked)
          failure ??= { error: writeError(e, shown) }
        },
      )
      pending.add(tracked)
      if (pending.size >= limit) await Promise.race(pending)
    }
    await Promise.all(pending)
    checkAbort()
    for (const entry of entries) {
      checkAbort()
      try {
        if ((await occupied(entry.target)) !== 'none') {
          entry.backup = tempPath(entry.target, 'bak')
          await rename(entry.target, entry.backup)
        }
        await rename(entry.temp, entry.target)
      } catch (e) {
        throw writeError(e, entry.shown)
      }
      entry.placed = true
    }
  } catch (e) {
    // Writes still under way finish first, so that nothing lands after the clean-up.
    await Promise.all(pending)
    await rollBack(entries, created)
    throw e
  }
  // Done: the files that were replaced can go.
  await Promise.all(entries.map((e) => (e.backup ? rm(e.backup, { force: true }).catch(() => undefined) : undefined)))
}

/** Puts everything back as it was, as far as the file system lets it; never throws. */
async function rollBack(entries: Entry[], created: string[]): Promise<void> {
  const quietly = (p: Promise<unknown>) => p.catch(() => undefined)
  for (const entry of [...entries].reverse()) {
    if (entry.placed) await quietly(rm(entry.target, { force: true }))
    else await quietly(rm(entry.temp, { force: true }))
    if (entry.backup && (await lstat(entry.backup).catch(() => null))) await quietly(rename(entry.backup, entry.target))
  }
  for (const dir of [...new Set(created)].sort((a, b) => b.length - a.length)) await quietly(rmdir(dir))
}
