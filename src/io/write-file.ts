/**
 * Writing one output file the safe way: never over a user's file unless asked, and never
 * half-written — the bytes go to a temporary file beside the target, which is then renamed.
 */
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises'
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

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
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
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOSPC' ? 'disken er full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'mangler skrivetilgang' : (e as Error).message
    throw new AvtaleverkError('skrivefeil', `Kunne ikke skrive filen: ${why}`, { file })
  }
}
