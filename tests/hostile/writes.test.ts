/**
 * Writing output: temporary files under names nobody can plant a link at, no write through a
 * symbolic link, one run per output folder, names that collide on Windows/macOS refused, the
 * folder checked before anything is rendered, everything put back when a run stops half-way,
 * and a path through a file named in Norwegian.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, readlink, lstat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { generateInstances, type Generation } from '../../src/generate/generate.js'
import { generateToFolder, writeGeneration } from '../../src/generate/write.js'
import { LOCK_FILE } from '../../src/io/lock.js'
import { writeFileAtomic } from '../../src/io/write-file.js'
import { parseDocument } from '../../src/parse/document.js'
import { agreementSet } from '../../src/parse/load.js'
import { captureIo, frontMatter } from '../helpers.js'
import { kommuneYaml, registry, removeTempDirs, smallSet, SMALL_BODY, tempDir } from '../generate/helpers.js'

afterAll(removeTempDirs)

const reg = () => registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('Harstad', '5503')])

/** Every entry below a folder (files, links, hidden ones too) with its bytes or link target. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name)
    const rel = path.relative(dir, file)
    if (e.isSymbolicLink()) out[rel] = `-> ${await readlink(file)}`
    else if (e.isFile()) out[rel] = (await readFile(file)).toString('base64')
    else out[`${rel}/`] = ''
  }
  return out
}

/** An AbortSignal stand-in that reads as aborted from its n-th look on: stops a write at a chosen step. */
function abortAt(n: number): AbortSignal {
  let looks = 0
  return { get aborted() { return ++looks >= n } } as unknown as AbortSignal
}

describe('temporary files and symbolic links', () => {
  it('a link planted at the temporary name the old scheme used (.name.<pid>.tmp) carries nothing out', async () => {
    const dir = await tempDir()
    const outside = path.join(dir, 'utenfor.txt')
    await writeFile(outside, 'urørt')
    await mkdir(path.join(dir, 'ut'))
    await symlink(outside, path.join(dir, 'ut', `.rapport.html.${process.pid}.tmp`))
    await writeFileAtomic(path.join(dir, 'ut', 'rapport.html'), 'ny rapport')
    expect(await readFile(outside, 'utf8')).toBe('urørt')
    expect(await readFile(path.join(dir, 'ut', 'rapport.html'), 'utf8')).toBe('ny rapport')
    // The temporary name was not the planted one, and nothing was left behind.
    expect((await readdir(path.join(dir, 'ut'))).sort()).toEqual([`.rapport.html.${process.pid}.tmp`, 'rapport.html'])
  })

  it('a link at the final name counts as a file: refused without force, replaced (not written through) with it', async () => {
    const dir = await tempDir()
    const outside = path.join(dir, 'utenfor.txt')
    await writeFile(outside, 'urørt')
    await mkdir(path.join(dir, 'ut'))
    await symlink(outside, path.join(dir, 'ut', 'rapport.html'))
    await symlink(path.join(dir, 'finnes-ikke'), path.join(dir, 'ut', 'dangling.html'))
    await expect(writeFileAtomic(path.join(dir, 'ut', 'rapport.html'), 'ny')).rejects.toMatchObject({ code: 'finnes-fra-før' })
    await expect(writeFileAtomic(path.join(dir, 'ut', 'dangling.html'), 'ny')).rejects.toMatchObject({ code: 'finnes-fra-før' })
    await writeFileAtomic(path.join(dir, 'ut', 'rapport.html'), 'ny', { force: true })
    expect(await readFile(outside, 'utf8')).toBe('urørt')
    expect((await lstat(path.join(dir, 'ut', 'rapport.html'))).isFile()).toBe(true)
    expect(await readdir(dir)).not.toContain('finnes-ikke')
  })

  it('a generation with force replaces a planted link to a file outside --out without touching that file', async () => {
    const root = await tempDir()
    const out = path.join(root, 'ut')
    const outside = path.join(root, 'utenfor.md')
    await writeFile(outside, 'urørt')
    await mkdir(path.join(out, '5501-tromso'), { recursive: true })
    await symlink(outside, path.join(out, '5501-tromso', '00-avtale.md'))
    const g = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md'] })
    await expect(writeGeneration(g, out)).rejects.toMatchObject({ code: 'finnes-fra-før', file: path.join(out, '5501-tromso', '00-avtale.md') })
    await writeGeneration(g, out, { force: true })
    expect(await readFile(outside, 'utf8')).toBe('urørt')
    expect(await readFile(path.join(out, '5501-tromso', '00-avtale.md'), 'utf8')).toContain('Tromsø kommune')
  })
})

describe('one run per output folder', () => {
  it('a lock held by a live process refuses the run, in Norwegian, naming the process; nothing is written', async () => {
    const out = await tempDir()
    await writeFile(path.join(out, LOCK_FILE), `${process.pid}\n${(await import('node:os')).hostname()}\n`)
    const g = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md'] })
    await expect(writeGeneration(g, out)).rejects.toMatchObject({ code: 'låst', message: expect.stringMatching(new RegExp(`^En annen avtaleverk-kjøring \\(prosess ${process.pid}\\) skriver i denne mappen`)) })
    expect(await readdir(out)).toEqual([LOCK_FILE])
  })

  it('a stale lock from a process that is gone is taken over, and the lock is removed afterwards', async () => {
    const out = await tempDir()
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    await writeFile(path.join(out, LOCK_FILE), `${dead}\n${(await import('node:os')).hostname()}\n`)
    const g = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md'] })
    await writeGeneration(g, out)
    expect((await readdir(out)).sort()).toEqual(['5501-tromso', '5503-harstad', 'manifest.json'])
  })

  it('two runs at once into one folder: one writes, the other is refused', async () => {
    const out = path.join(await tempDir(), 'ut')
    const g = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md'] })
    const results = await Promise.allSettled([writeGeneration(g, out), writeGeneration(g, out)])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'låst' })
    expect((await readdir(out)).sort()).toEqual(['5501-tromso', '5503-harstad', 'manifest.json'])
  })

  it('the CLI maps the lock to a one-line error and exit code 2', async () => {
    const out = await tempDir()
    await writeFile(path.join(out, LOCK_FILE), `${process.pid}\n${(await import('node:os')).hostname()}\n`)
    const io = captureIo()
    expect(await runCli(['generate', 'agreements', '--dato', '2023-06-01', '--kommune', 'Lyngen', '--format', 'md', '--out', out], io)).toBe(2)
    expect(io.err).toBe(`${out}: En annen avtaleverk-kjøring (prosess ${process.pid}) skriver i denne mappen; vent til den er ferdig. Kjører den ikke lenger, slett ${path.join(out, LOCK_FILE)}\n`)
  })
})

describe('names that are one on Windows and macOS', () => {
  it('two templates 01-r.md and 01-R.MD: refused before anything is written', async () => {
    const doc = (file: string, id: string) => parseDocument(`${frontMatter({ id, number: id.endsWith('1') ? 1 : 2 })}\n# R\n\nTekst.\n`, { path: file })
    const set = agreementSet([doc('maler/01-r.md', 'retningslinje-1'), doc('maler/01-R.MD', 'retningslinje-2')], 'maler')
    const out = path.join(await tempDir(), 'ut')
    await expect(generateToFolder(set, reg(), { date: '2024-06-01', formats: ['md'] }, out)).rejects.toMatchObject({
      code: 'bruksfeil',
      file: 'maler/01-R.MD',
      message: 'Malene «maler/01-r.md» og «maler/01-R.MD» gir samme filnavn i kommuneutgavene (store og små bokstaver regnes som like); gi dem ulike navn. Ingen filer er skrevet',
    })
    await expect(lstat(out)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('a generation whose paths differ only in case is refused by writeGeneration too', async () => {
    const g = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md'] })
    const forged: Generation = { ...g, files: [g.files[0]!, { ...g.files[1]!, path: g.files[0]!.path.toUpperCase().replace('.MD', '.md') }] }
    const out = path.join(await tempDir(), 'ut')
    await expect(writeGeneration(forged, out)).rejects.toThrow(/får samme navn \(store og små bokstaver regnes som like\)/)
    await expect(lstat(out)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('the output folder is checked before anything is rendered', () => {
  it('an existing file stops the run before the templates are even compiled', async () => {
    const out = await tempDir()
    await mkdir(path.join(out, '5501-tromso'))
    await writeFile(path.join(out, '5501-tromso', '00-avtale.docx'), 'kommunens egen fil')
    // A template that would fail to compile: the existing file is reported first, so nothing was compiled.
    const broken = smallSet(`${SMALL_BODY}\n{{kommune.ukjent}}\n`)
    await expect(generateToFolder(broken, reg(), { date: '2024-06-01' }, out)).rejects.toMatchObject({ code: 'finnes-fra-før', file: path.join(out, '5501-tromso', '00-avtale.docx') })
    await expect(generateToFolder(broken, reg(), { date: '2024-06-01' }, out, { force: true })).rejects.toMatchObject({ code: 'malfeil' })
    expect(await snapshot(out)).toEqual({ '5501-tromso/': '', '5501-tromso/00-avtale.docx': Buffer.from('kommunens egen fil').toString('base64') })
  })
})

describe('a run that stops half-way puts everything back', () => {
  let v1: Generation
  let v2: Generation
  beforeAll(async () => {
    v1 = await generateInstances(smallSet(), reg(), { date: '2024-06-01', formats: ['md', 'html'] })
    v2 = await generateInstances(smallSet(), registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('Harstad', '5503'), kommuneYaml('Lyngen', '5542')]), { date: '2025-06-01', formats: ['md', 'html'] })
  })

  // v2 writes 3 kommuner × 2 formats + manifest = 7 files: look 1–7 are before each temporary file, 8–14 before each rename.
  for (const [step, phase] of [[1, 'before the first file'], [4, 'while writing temporary files'], [10, 'while renaming into place'], [14, 'before the last rename']] as const) {
    it(`aborted ${phase} (look ${step}): the folder is exactly as before, and a rerun works`, async () => {
      const out = path.join(await tempDir(), 'ut')
      await writeGeneration(v1, out)
      const before = await snapshot(out)
      await expect(writeGeneration(v2, out, { force: true, signal: abortAt(step) })).rejects.toMatchObject({ code: 'avbrutt' })
      expect(await snapshot(out)).toEqual(before)
      await writeGeneration(v2, out, { force: true })
      expect(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')).date).toBe('2025-06-01')
      expect(Object.keys(await snapshot(out)).filter((f) => f.includes('.tmp') || f.includes('.bak') || f.includes(LOCK_FILE))).toEqual([])
    })
  }

  it('aborted into a folder that did not exist: the folder is gone again', async () => {
    const out = path.join(await tempDir(), 'ny', 'ut')
    await expect(writeGeneration(v2, out, { signal: abortAt(5) })).rejects.toMatchObject({ code: 'avbrutt' })
    await expect(lstat(path.join(out, '..'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('--out through a file', () => {
  it('every command that writes says, in Norwegian, which part of the path is a file', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'fil.txt')
    await writeFile(file, 'x')
    const runs: Array<[string[], string]> = [
      [['coverage', 'agreements', '--out', `${file}/x`], `${file}/x: --out går gjennom «${file}», som er en fil og ikke en mappe; velg en annen sti\n`],
      [['diff', 'agreements', 'examples/revisjon-2024', '-f', 'docx', '--out', `${file}/x.docx`], `${file}/x.docx: --out går gjennom «${file}», som er en fil og ikke en mappe; velg en annen sti\n`],
      [['generate', 'agreements', '--dato', '2023-06-01', '--kommune', 'Lyngen', '--out', `${file}/x/y`], `${file}/x/y: Kunne ikke skrive: «${file}» er en fil, ikke en mappe; ingen filer er skrevet\n`],
    ]
    for (const [args, err] of runs) {
      const io = captureIo()
      expect(await runCli(args, io), args[0]).toBe(2)
      expect(io.err, args[0]).toBe(err)
    }
    expect(await readdir(dir)).toEqual(['fil.txt'])
  })
})
