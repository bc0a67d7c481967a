/**
 * Writing one output file the safe way: never over a user's file unless asked, and never
 * half-written — the bytes go to a temporary file beside the target, which is then renamed.
 */
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'

export interface WriteOptions {
  /** Overwrite an existing file. */
  force?: boolean
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
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
  if ((await stat(file).catch(() => null))?.isDirectory()) {
    throw new AvtaleverkError('skrivefeil', 'Dette er en mappe; oppgi et filnavn, for eksempel rapport.html', { file })
  }
  if (!options.force && (await exists(file))) {
    throw new AvtaleverkError('finnes-fra-før', 'Filen finnes fra før; bruk --force for å skrive over den', { file })
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (e) {
    await rm(temp, { force: true })
    throw new AvtaleverkError('skrivefeil', `Kunne ikke skrive filen: ${writeFailure(e)}`, { file })
  }
}
