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
import { checkTargets, writeFilesAsTheyCome, writeFilesAtomically, type PlannedWrite } from '../io/write-files.js'
import type { AgreementSet } from '../model.js'
import { generateStream, type GenerateOptions, type Generation, type GenerationSummary } from './generate.js'
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

/** A relative path as a write under `outDir`; a path that would leave it is refused. */
function plannedWrite(outDir: string, rel: string, data: Uint8Array): PlannedWrite {
  const out = path.resolve(outDir)
  const target = path.resolve(out, rel)
  if (!inside(out, target) || path.relative(out, target).split(path.sep).join('/') !== rel) {
    throw new AvtaleverkError('skrivefeil', `Filnavnet «${rel}» ville havnet utenfor utmappen; ingen filer er skrevet`, { file: outDir })
  }
  return { target, data, shown: path.join(outDir, rel) }
}

/** Each relative path as a write under `outDir`, no two the same when case is ignored. */
function plannedWrites(outDir: string, entries: ReadonlyArray<readonly [string, Uint8Array]>): PlannedWrite[] {
  checkDistinctPaths(entries.map(([rel]) => rel), { file: outDir })
  return entries.map(([rel, data]) => plannedWrite(outDir, rel, data))
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
 * generateStream written into a folder as it goes, with the output folder checked first: the
 * folder is locked, the planned files are checked against what is there, and only then is
 * anything compiled and rendered. Each file is written to a temporary name as soon as it is
 * made (a few at a time), so memory does not grow with the number of kommuner; when all are
 * written they are renamed into place, manifest.json last, and a failure or an abort at any
 * point removes what was written. Returns the manifest (the generation's `files` is empty: the
 * files went to disk, and the manifest lists them) and the paths written, manifest last.
 */
export async function generateToFolder(
  set: AgreementSet,
  registry: KommuneRegistry,
  options: GenerateOptions,
  outDir: string,
  writeOptions: WriteGenerationOptions = {},
): Promise<{ generation: Generation; written: string[] }> {
  const empty = new Uint8Array()
  // Checked, then let go: a national run plans tens of thousands of paths.
  let planned: PlannedWrite[] | null = plannedWrites(outDir, [...planGeneration(set, registry, options).paths.map((p) => [p, empty] as const), [MANIFEST, empty] as const])
  return locked(outDir, async () => {
    await checkFolders(outDir, planned!)
    await checkTargets(planned!, { force: writeOptions.force ?? false })
    planned = null
    const signal = writeOptions.signal ? { signal: writeOptions.signal } : {}
    let summary: GenerationSummary | null = null
    async function* writes(): AsyncGenerator<PlannedWrite> {
      const stream = generateStream(set, registry, { ...options, ...signal })
      for (;;) {
        const next = await stream.next()
        if (next.done) {
          summary = next.value
          break
        }
        yield plannedWrite(outDir, next.value.path, next.value.data)
      }
      yield plannedWrite(outDir, MANIFEST, summary.manifestData)
    }
    await writeFilesAsTheyCome(writes(), { root: outDir, ...signal })
    const done = summary as GenerationSummary | null
    if (!done) throw new Error('generateStream ended without its manifest')
    return { generation: { files: [], ...done }, written: [...done.manifest.files.map((f) => path.join(outDir, f.path)), path.join(outDir, MANIFEST)] }
  })
}
