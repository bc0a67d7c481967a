/**
 * Writing a generation into an output folder: all files or none (src/io/write-files.ts), one
 * run at a time (src/io/lock.ts), nothing outside the folder. generateToFolder checks the folder
 * before rendering anything: a file that exists, a name that collides, a folder that is a file
 * or a link out of it stops the run in milliseconds, not after every Word file is made.
 */
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError } from '../errors.js'
import { lockFolder } from '../io/lock.js'
import { checkTargets, writeFilesAtomically, type PlannedWrite } from '../io/write-files.js'
import type { AgreementSet } from '../model.js'
import { generateInstances, type GenerateOptions, type Generation } from './generate.js'
import { checkDistinctPaths, MANIFEST, planGeneration } from './plan.js'
import type { KommuneRegistry } from '../registry/registry.js'

export { MANIFEST }

export interface WriteGenerationOptions {
  /** Overwrite files that exist. */
  force?: boolean
  /** Stops the run and removes what it had written (the CLI aborts on SIGINT/SIGTERM). */
  signal?: AbortSignal
}

const inside = (dir: string, target: string) => {
  const rest = path.relative(dir, target)
  return rest !== '' && !rest.startsWith('..') && !path.isAbsolute(rest)
}

/** Each relative path as a write under `outDir`; a path that would leave it is refused. */
function plannedWrites(outDir: string, entries: ReadonlyArray<readonly [string, Uint8Array]>): PlannedWrite[] {
  const out = path.resolve(outDir)
  checkDistinctPaths(entries.map(([rel]) => rel), { file: outDir })
  return entries.map(([rel, data]) => {
    const target = path.resolve(out, rel)
    if (!inside(out, target) || path.relative(out, target).split(path.sep).join('/') !== rel) {
      throw new AvtaleverkError('skrivefeil', `Filnavnet «${rel}» ville havnet utenfor utmappen; ingen filer er skrevet`, { file: outDir })
    }
    return { target, data, shown: path.join(outDir, rel) }
  })
}

/** Kommune folders that exist already must not be links out of the output folder. */
async function checkFolders(outDir: string, writes: PlannedWrite[]): Promise<void> {
  const realOut = await realpath(outDir)
  for (const dir of new Set(writes.map((w) => path.dirname(w.target)))) {
    const real = await realpath(dir).catch(() => null)
    if (real !== null && real !== realOut && !inside(realOut, real)) {
      throw new AvtaleverkError('skrivefeil', `Mappen peker ut av utmappen (${real}); ingen filer er skrevet`, { file: dir })
    }
  }
}

async function locked<T>(outDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = await lockFolder(outDir)
  try {
    return await fn()
  } finally {
    await lock.release()
  }
}

async function write(writes: PlannedWrite[], outDir: string, options: WriteGenerationOptions): Promise<string[]> {
  await writeFilesAtomically(writes, { force: options.force ?? false, root: outDir, ...(options.signal ? { signal: options.signal } : {}) })
  return writes.map((w) => w.shown!)
}

/** Writes every file of a generation under `outDir`; returns the paths written (under `outDir` as given), manifest last. */
export async function writeGeneration(generation: Generation, outDir: string, options: WriteGenerationOptions = {}): Promise<string[]> {
  const writes = plannedWrites(outDir, [...generation.files.map((f) => [f.path, f.data] as const), [MANIFEST, generation.manifestData] as const])
  return locked(outDir, async () => {
    await checkFolders(outDir, writes)
    return write(writes, outDir, options)
  })
}

/**
 * generateInstances + writeGeneration, with the output folder checked first: the folder is
 * locked, the planned files are checked against what is there, and only then is anything
 * compiled and rendered. Returns the generation and the paths written, manifest last.
 */
export async function generateToFolder(
  set: AgreementSet,
  registry: KommuneRegistry,
  options: GenerateOptions,
  outDir: string,
  writeOptions: WriteGenerationOptions = {},
): Promise<{ generation: Generation; written: string[] }> {
  const plan = planGeneration(set, registry, options)
  const empty = new Uint8Array()
  const planned = plannedWrites(outDir, [...plan.paths.map((p) => [p, empty] as const), [MANIFEST, empty] as const])
  return locked(outDir, async () => {
    await checkFolders(outDir, planned)
    await checkTargets(planned, { force: writeOptions.force ?? false })
    const generation = await generateInstances(set, registry, { ...options, ...(writeOptions.signal ? { signal: writeOptions.signal } : {}) })
    const writes = plannedWrites(outDir, [...generation.files.map((f) => [f.path, f.data] as const), [MANIFEST, generation.manifestData] as const])
    return { generation, written: await write(writes, outDir, writeOptions) }
  })
}
