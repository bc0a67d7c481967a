/**
 * Writing a generation: all files or none. Every target is checked before anything is
 * written (an existing file stops the run unless `force`); then every file is written to a
 * temporary file beside its target, and only when all are written are they renamed into
 * place, manifest.json last. No path can lead outside the output folder: each is resolved
 * and checked, and so is every folder on the way, symbolic links included.
 */
import { lstat, mkdir, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import { writeFailure } from '../io/write-file.js'
import type { Generation } from './generate.js'

export interface WriteGenerationOptions {
  /** Overwrite files that exist. */
  force?: boolean
}

export const MANIFEST = 'manifest.json'

const inside = (dir: string, target: string) => {
  const rest = path.relative(dir, target)
  return rest !== '' && !rest.startsWith('..') && !path.isAbsolute(rest)
}

/** 'file' for anything that is not a folder (a symbolic link counts as a file: rename replaces it). */
async function kindOf(file: string): Promise<'none' | 'file' | 'folder'> {
  try {
    return (await lstat(file)).isDirectory() ? 'folder' : 'file'
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return 'none'
    throw e
  }
}

function writeError(e: unknown, file: string): AvtaleverkError {
  return new AvtaleverkError('skrivefeil', `Kunne ikke skrive: ${writeFailure(e)}; ingen filer er skrevet`, { file })
}

/** Writes every file of a generation under `outDir`; returns the paths written (under `outDir` as given), manifest last. */
export async function writeGeneration(generation: Generation, outDir: string, options: WriteGenerationOptions = {}): Promise<string[]> {
  const out = path.resolve(outDir)
  const entries: Array<[string, Uint8Array]> = [...generation.files.map((f): [string, Uint8Array] => [f.path, f.data]), [MANIFEST, generation.manifestData]]
  const targets = entries.map(([rel, data]) => {
    const target = path.resolve(out, rel)
    if (!inside(out, target) || path.relative(out, target).split(path.sep).join('/') !== rel) {
      throw new AvtaleverkError('skrivefeil', `Filnavnet «${rel}» ville havnet utenfor utmappen; ingen filer er skrevet`, { file: outDir })
    }
    return { target, data, shown: path.join(outDir, rel) }
  })

  const taken: string[] = []
  for (const { target, shown } of targets) {
    const kind = await kindOf(target)
    if (kind === 'folder') throw new AvtaleverkError('finnes-fra-før', 'Det finnes en mappe med samme navn som en fil som skal skrives; ingen filer er skrevet', { file: shown })
    if (kind === 'file') taken.push(shown)
  }
  if (taken.length > 0 && !options.force) {
    const more = taken.length > 1 ? ` (og ${taken.length - 1} til)` : ''
    throw new AvtaleverkError('finnes-fra-før', `Filen finnes fra før${more}; bruk --force for å skrive over. Ingen filer er skrevet`, { file: taken[0]! })
  }

  const created: string[] = []
  const temps: string[] = []
  try {
    const first = await mkdir(out, { recursive: true })
    if (first) created.push(first)
    const realOut = await realpath(out)
    for (const { target, data } of targets) {
      const dir = path.dirname(target)
      const made = await mkdir(dir, { recursive: true })
      if (made) created.push(made)
      // A folder that is a symbolic link out of the output folder would carry the write with it.
      const realDir = await realpath(dir)
      if (realDir !== realOut && !inside(realOut, realDir)) {
        throw new AvtaleverkError('skrivefeil', `Mappen peker ut av utmappen (${realDir}); ingen filer er skrevet`, { file: dir })
      }
      const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`)
      temps.push(temp)
      await writeFile(temp, data)
    }
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })))
    for (const dir of created.reverse()) await rmdir(dir).catch(() => undefined)
    throw e instanceof AvtaleverkError ? e : writeError(e, outDir)
  }
  for (let i = 0; i < targets.length; i++) {
    try {
      await rename(temps[i]!, targets[i]!.target)
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => rm(t, { force: true })))
      throw new AvtaleverkError('skrivefeil', `Kunne ikke flytte filen på plass: ${(e as Error).message}; ${i} av ${targets.length} filer er skrevet`, { file: targets[i]!.shown })
    }
  }
  return targets.map((t) => t.shown)
}
