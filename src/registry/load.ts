/** Reading a kommune registry and its coat-of-arms images from disk (Node); registry.ts parses. */
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import { parseYaml } from '../parse/front-matter.js'
import { ioError, readTextFile } from '../parse/load.js'
import { MAX_IMAGE_BYTES } from './image.js'
import { type KommuneRegistry, parseKommuneRegistry } from './registry.js'

/**
 * Reads a registry file and the coat-of-arms images it names. Images must lie inside the
 * registry's folder (a symbolic link out of it is refused) and be at most 2 MB.
 */
export async function loadKommuneRegistry(file: string): Promise<KommuneRegistry> {
  const text = await readTextFile(file)
  const { value } = parseYaml<{ kommuner?: unknown }>(text, file, 1, { checkDates: false })
  const named = Array.isArray(value?.kommuner) ? (value.kommuner as Array<{ vaapen?: unknown } | null>).map((k) => k?.vaapen) : []
  const images: Record<string, Uint8Array> = {}
  const dir = await realpath(path.dirname(file))
  for (const rel of named) {
    // Anything the schema would refuse is left to it, so that it is reported at its line.
    if (typeof rel !== 'string' || path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) continue
    const image = path.join(path.dirname(file), rel)
    let real: string
    try {
      real = await realpath(image)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw ioError(e, image)
    }
    const rest = path.relative(dir, real)
    if (rest.startsWith('..') || path.isAbsolute(rest)) {
      throw new AvtaleverkError('lesefeil', `Våpenfilen peker ut av mappen til kommuneregisteret (${real}); kopier den inn i mappen`, { file: image })
    }
    const info = await stat(real)
    if (!info.isFile()) throw new AvtaleverkError('lesefeil', 'Våpenfilen er en mappe, ikke en bildefil', { file: image })
    if (info.size > MAX_IMAGE_BYTES) {
      throw new AvtaleverkError('for-stor', `Våpenfilen er større enn ${MAX_IMAGE_BYTES / 1024 / 1024} MB`, { file: image })
    }
    try {
      images[rel] = new Uint8Array(await readFile(real))
    } catch (e) {
      throw ioError(e, image)
    }
  }
  return parseKommuneRegistry(text, { file, images })
}
