import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { generateInstances, type Generation } from '../../src/generate/generate.js'
import { writeGeneration } from '../../src/generate/write.js'
import { kommuneYaml, registry, removeTempDirs, smallSet, tempDir } from './helpers.js'

/** Node's own SHA-256, an oracle independent of the one the manifest uses (Web Crypto). */
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

afterAll(removeTempDirs)

/** Every file below a folder, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
}

describe('writeGeneration', () => {
  let g: Generation
  beforeAll(async () => {
    g = await generateInstances(smallSet(), registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('Gáivuotna - Kåfjord - Kaivuono', '5540')]), { date: '2023-06-01' })
  })

  it('writes every file and the manifest, whose hashes match what is on disk', async () => {
    const out = path.join(await tempDir(), 'ut')
    const written = await writeGeneration(g, out)
    expect(written.at(-1)).toBe(path.join(out, 'manifest.json'))
    expect(await tree(out)).toEqual([
      '5501-tromso/00-avtale.docx', '5501-tromso/00-avtale.html', '5501-tromso/00-avtale.md',
      '5540-gaivuotna-kafjord-kaivuono/00-avtale.docx', '5540-gaivuotna-kafjord-kaivuono/00-avtale.html', '5540-gaivuotna-kafjord-kaivuono/00-avtale.md',
      'manifest.json',
    ])
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))
    for (const f of manifest.files) expect(sha256(await readFile(path.join(out, f.path))), f.path).toBe(f.sha256)
  })

  it('gives byte-identical output for the same input, Word files included', async () => {
    const again = await generateInstances(smallSet(), registry([kommuneYaml('Tromsø', '5501'), kommuneYaml('Gáivuotna - Kåfjord - Kaivuono', '5540')]), { date: '2023-06-01' })
    const [a, b] = [path.join(await tempDir(), 'a'), path.join(await tempDir(), 'b')]
    await writeGeneration(g, a)
    await writeGeneration(again, b)
    for (const file of await tree(a)) expect((await readFile(path.join(a, file))).equals(await readFile(path.join(b, file))), file).toBe(true)
  })

  it('refuses to overwrite anything without force, and writes nothing then', async () => {
    const out = await tempDir()
    await mkdir(path.join(out, '5540-gaivuotna-kafjord-kaivuono'))
    await writeFile(path.join(out, '5540-gaivuotna-kafjord-kaivuono/00-avtale.md'), 'kommunens egen fil')
    await expect(writeGeneration(g, out)).rejects.toMatchObject({
      code: 'finnes-fra-før',
      file: path.join(out, '5540-gaivuotna-kafjord-kaivuono/00-avtale.md'),
      message: 'Filen finnes fra før; bruk { force: true } for å skrive over. Ingen filer er skrevet',
    })
    expect(await tree(out)).toEqual(['5540-gaivuotna-kafjord-kaivuono/00-avtale.md'])
    expect(await readFile(path.join(out, '5540-gaivuotna-kafjord-kaivuono/00-avtale.md'), 'utf8')).toBe('kommunens egen fil')

    await writeGeneration(g, out, { force: true })
    expect(await tree(out)).toHaveLength(7)
    expect(await readFile(path.join(out, '5540-gaivuotna-kafjord-kaivuono/00-avtale.md'), 'utf8')).toContain('Gáivuotna - Kåfjord - Kaivuono kommune')
  })

  it('refuses a folder where a file goes, even with force', async () => {
    const out = await tempDir()
    await mkdir(path.join(out, 'manifest.json'))
    await expect(writeGeneration(g, out, { force: true })).rejects.toMatchObject({ code: 'finnes-fra-før' })
    expect(await tree(out)).toEqual([])
  })

  it('writes nothing outside the output folder', async () => {
    const root = await tempDir()
    const out = path.join(root, 'ut')
    for (const evil of ['../utenfor.md', '5501-tromso/../../utenfor.md', '/tmp/utenfor.md', '5501-tromso/./00-avtale.md']) {
      const forged = { ...g, files: [{ ...g.files[0]!, path: evil }] }
      await expect(writeGeneration(forged, out), evil).rejects.toThrow(/ville havnet utenfor utmappen/)
    }
    // A kommune folder that is a symbolic link out of the output folder.
    await mkdir(out)
    await mkdir(path.join(root, 'annet-sted'))
    await symlink(path.join(root, 'annet-sted'), path.join(out, '5540-gaivuotna-kafjord-kaivuono'))
    await expect(writeGeneration(g, out)).rejects.toThrow(/Mappen peker ut av utmappen/)
    expect(await readdir(path.join(root, 'annet-sted'))).toEqual([])
    expect(await tree(out)).toEqual([])
    expect((await stat(root)).isDirectory()).toBe(true)
    expect(await readdir(root)).toEqual(['annet-sted', 'ut'])
  })
})
