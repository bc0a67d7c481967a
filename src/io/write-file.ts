/**
 * Writing one output file the safe way: never over a user's file unless asked, never
 * half-written, never through a symbolic link. The file is a set of one for write-files.ts.
 */
import { access, lstat, stat } from 'node:fs/promises'
import path from 'node:path'
import { writeFilesAtomically } from './write-files.js'

export interface WriteOptions {
  /** Overwrite an existing file. */
  force?: boolean
  /** Stops the write and removes what it had written (the CLI aborts on SIGINT/SIGTERM). */
  signal?: AbortSignal
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

/** What is at `file` without following a symbolic link: a link, even a dangling one, is a file. */
export async function occupied(file: string): Promise<'none' | 'file' | 'folder'> {
  try {
    return (await lstat(file)).isDirectory() ? 'folder' : 'file'
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none'
    throw e
  }
}

/** The nearest folder on the way to `file` that exists but is a file (`--out rapport.txt/x`), or null. */
export async function fileInTheWay(file: string): Promise<string | null> {
  // Walked as given, so the message names the file as the user wrote it.
  let dir = path.dirname(file)
  for (;;) {
    // stat, not lstat: a folder reached through a link is a folder here (where it leads is checked elsewhere).
    const info = await stat(dir).catch(() => null)
    if (info) return info.isDirectory() ? null : dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/** Why a write failed, in Norwegian: the common cases named, the rest by the system's code. */
export function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return 'disken er full'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'mangler skrivetilgang'
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'en fil står der det skal være en mappe'
  if (code === 'EISDIR') return 'det er en mappe, ikke en fil'
  return `systemfeil ${code ?? (e as Error).message}`
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomically([{ target: file, data }], options)
}
