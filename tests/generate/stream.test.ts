import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateInstances, generateStream } from '../../src/generate/generate.js'
import { sha256 } from '../../src/platform/bytes.js'
import { generateToFolder } from '../../src/generate/write.js'
import { writeFilesAsTheyCome, type PlannedWrite } from '../../src/io/write-files.js'
import { kommuneYaml, registry, removeTempDirs, smallSet, SMALL_BODY, tempDir } from './helpers.js'

afterAll(removeTempDirs)

/** Every entry below a folder, hidden ones too, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
}

const kommuner = (n: number) => registry(Array.from({ length: n }, (_, i) => kommuneYaml(`Kommune ${i + 1}`, String(6000 + i))))

describe('generateStream', () => {
  it('gives the files generateInstances gives, one at a time, and the manifest when done', async () => {
    const reg = kommuner(5)
    const all = await generateInstances(smallSet(), reg, { date: '2023-06-01' })
    const stream = generateStream(smallSet(), reg, { date: '2023-06-01' })
    const paths: string[] = []
    for (;;) {
      const next = await stream.next()
      if (next.done) {
        expect(Buffer.from(next.value.manifestData).equals(Buffer.from(all.manifestData))).toBe(true)
        break
      }
      const same = all.files[paths.length]!
      expect(next.value.path).toBe(same.path)
      expect(await sha256(next.value.data)).toBe(await sha256(same.data))
      paths.push(next.value.path)
    }
    expect(paths).toHaveLength(5 * 3)
  })

  it('checks every copy before it gives out the first file', async () => {
    // The second kommune's name leaves a placeholder in its copy: no file at all, not even the first kommune's.
    const reg = registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('XX', '5503')])
    const stream = generateStream(smallSet(`${SMALL_BODY}\nSe {{kommune.navn}} kommune.\n`), reg, { date: '2023-06-01', formats: ['md'] })
    await expect(stream.next()).rejects.toMatchObject({ code: 'malfeil' })
  })
})

describe('writing as the files come', () => {
  it('writes to temporary names while the source still gives files, and renames only at the end', async () => {
    const out = await tempDir()
    const placed: number[] = []
    const temporary: number[] = []
    async function* source(): AsyncGenerator<PlannedWrite> {
      for (let i = 0; i < 40; i++) {
        const names = (await tree(out)).map((f) => path.basename(f))
        placed.push(names.filter((f) => f.endsWith('.txt')).length)
        temporary.push(names.filter((f) => f.endsWith('.tmp')).length)
        yield { target: path.join(out, `d${i % 4}`, `f${i}.txt`), data: `fil ${i}` }
      }
    }
    await writeFilesAsTheyCome(source(), { root: out, concurrency: 3 })
    // Nothing in place before the end; the files written so far wait under temporary names.
    expect(placed.every((n) => n === 0)).toBe(true)
    expect(temporary.at(-1)).toBeGreaterThanOrEqual(30)
    const files = (await tree(out)).filter((f) => f.endsWith('.txt'))
    expect(files).toHaveLength(40)
    expect(await readFile(path.join(out, 'd3', 'f39.txt'), 'utf8')).toBe('fil 39')
    expect((await tree(out)).filter((f) => path.basename(f).startsWith('.'))).toEqual([])
  })

  it('removes everything it wrote when the source fails half-way, and passes the error on as it is', async () => {
    const out = await tempDir()
    async function* source(): AsyncGenerator<PlannedWrite> {
      for (let i = 0; i < 20; i++) {
        if (i === 12) throw new RangeError('kilden feilet')
        yield { target: path.join(out, 'ny', `f${i}.txt`), data: `fil ${i}` }
      }
    }
    await expect(writeFilesAsTheyCome(source(), { root: out, concurrency: 4 })).rejects.toThrow(RangeError)
    expect(await tree(out)).toEqual([])
  })

  it('generateToFolder streams a registry of 60 kommuner to disk, manifest last, and its hashes match', async () => {
    const out = path.join(await tempDir(), 'ut')
    const { generation, written } = await generateToFolder(smallSet(), kommuner(60), { date: '2023-06-01', formats: ['md', 'html'] }, out)
    expect(written).toHaveLength(60 * 2 + 1)
    expect(written.at(-1)).toBe(path.join(out, 'manifest.json'))
    expect(generation.files).toEqual([])
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest).toEqual(generation.manifest)
    for (const f of manifest.files) expect(await sha256(await readFile(path.join(out, f.path))), f.path).toBe(f.sha256)
  })

  it('an abort in the middle of a streamed run leaves nothing behind', async () => {
    const out = path.join(await tempDir(), 'ut')
    const controller = new AbortController()
    const run = generateToFolder(smallSet(), kommuner(200), { date: '2023-06-01', formats: ['md', 'html'] }, out, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(run).rejects.toMatchObject({ code: 'avbrutt' })
    expect(await tree(out)).toEqual([])
  })
})
