/**
 * The writers under the commands that write (src/io/): each way a write can be refused or fail
 * gives its Norwegian message with the file, and leaves the disk as it was.
 */
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE, lockFolder } from '../../src/io/lock.js'
import { fileInTheWay, occupied, writeFailure } from '../../src/io/write-file.js'
import { writeFilesAtomically } from '../../src/io/write-files.js'

const fresh = () => mkdtemp(path.join(tmpdir(), 'avtaleverk-io-'))
const errno = (code: string) => Object.assign(new Error(`${code}: noe gikk galt`), { code })

describe('writeFailure: why a write failed, in Norwegian', () => {
  it.each([
    ['ENOSPC', 'disken er full'],
    ['EACCES', 'mangler skrivetilgang'],
    ['EPERM', 'mangler skrivetilgang'],
    ['EROFS', 'mangler skrivetilgang'],
    ['EEXIST', 'en fil står der det skal være en mappe'],
    ['ENOTDIR', 'en fil står der det skal være en mappe'],
    ['EISDIR', 'det er en mappe, ikke en fil'],
    ['EIO', 'systemfeil EIO'],
  ])('%s: %s', (code, message) => {
    expect(writeFailure(errno(code))).toBe(message)
  })

  it('an error without a code is named by its message', () => {
    expect(writeFailure(new Error('uventet'))).toBe('systemfeil uventet')
  })
})

describe('what is in the way', () => {
  it('occupied tells a folder, a file, a dangling link (a file) and nothing apart', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'fil.md'), 'x')
    await symlink(path.join(dir, 'finnes-ikke'), path.join(dir, 'lenke'))
    expect(await occupied(dir)).toBe('folder')
    expect(await occupied(path.join(dir, 'fil.md'))).toBe('file')
    expect(await occupied(path.join(dir, 'lenke'))).toBe('file')
    expect(await occupied(path.join(dir, 'ingen.md'))).toBe('none')
    // A path through a file is not there either (ENOTDIR), not an error.
    expect(await occupied(path.join(dir, 'fil.md', 'under.md'))).toBe('none')
  })

  it('occupied passes on an error that is not about a missing file', async () => {
    await expect(occupied(`/${'x'.repeat(300)}`)).rejects.toMatchObject({ code: 'ENAMETOOLONG' })
  })

  it('fileInTheWay names the nearest file on the path, as written, and null when there is none', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'rapport.txt'), 'x')
    expect(await fileInTheWay(path.join(dir, 'rapport.txt', 'a', 'b.html'))).toBe(path.join(dir, 'rapport.txt'))
    expect(await fileInTheWay(path.join(dir, 'ny', 'mappe', 'b.html'))).toBeNull()
    // A relative path whose folders do not exist yet walks up to '.', which does.
    expect(await fileInTheWay(path.join('finnes-ikke-her', 'b.html'))).toBeNull()
  })
})

describe('writeFilesAtomically: all files or none', () => {
  it('two files where a file stands in the way of a folder: refused naming it, nothing written', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'kommune'), 'x')
    const writes = [
      { target: path.join(dir, 'a.md'), data: 'a' },
      { target: path.join(dir, 'kommune', 'b.md'), data: 'b' },
    ]
    await expect(writeFilesAtomically(writes)).rejects.toMatchObject({
      code: 'skrivefeil',
      file: path.join(dir, 'kommune', 'b.md'),
      message: `«${path.join(dir, 'kommune')}» er en fil, ikke en mappe, så filene kan ikke skrives der; ingen filer er skrevet`,
    })
    expect(await readdir(dir)).toEqual(['kommune'])
  })

  it('one file whose folder is a file: the message speaks of one file', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'kommune'), 'x')
    await expect(writeFilesAtomically([{ target: path.join(dir, 'kommune', 'b.md'), data: 'b' }])).rejects.toMatchObject({
      message: `«${path.join(dir, 'kommune')}» er en fil, ikke en mappe, så filen kan ikke skrives der`,
    })
  })

  it('two files, one of them where a folder is: refused, even with force', async () => {
    const dir = await fresh()
    await mkdir(path.join(dir, 'b.md'))
    const writes = [
      { target: path.join(dir, 'a.md'), data: 'a' },
      { target: path.join(dir, 'b.md'), data: 'b' },
    ]
    await expect(writeFilesAtomically(writes, { force: true })).rejects.toMatchObject({
      code: 'finnes-fra-før',
      file: path.join(dir, 'b.md'),
      message: 'Det finnes en mappe med samme navn som en fil som skal skrives; ingen filer er skrevet',
    })
    expect(await readdir(dir)).toEqual(['b.md'])
  })

  it('two existing files: refused counting the others, without force; replaced with it', async () => {
    const dir = await fresh()
    const writes = ['a.md', 'b.md', 'c.md'].map((f) => ({ target: path.join(dir, f), data: `ny ${f}` }))
    for (const f of ['a.md', 'b.md']) await writeFile(path.join(dir, f), 'gammel')
    await expect(writeFilesAtomically(writes)).rejects.toMatchObject({
      code: 'finnes-fra-før',
      file: path.join(dir, 'a.md'),
      message: 'Filen finnes fra før (og 1 til); bruk { force: true } for å skrive over. Ingen filer er skrevet',
    })
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('gammel')
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md'])
    await writeFilesAtomically(writes, { force: true })
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toBe('ny b.md')
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md', 'c.md'])
  })

  it('a folder that is a link out of the root carries no write out, and nothing is left behind', async () => {
    const dir = await fresh()
    const outside = await fresh()
    const root = path.join(dir, 'ut')
    await mkdir(root)
    await symlink(outside, path.join(root, 'lenke'))
    const writes = [
      { target: path.join(root, 'a.md'), data: 'a' },
      { target: path.join(root, 'lenke', 'b.md'), data: 'b' },
    ]
    await expect(writeFilesAtomically(writes, { root })).rejects.toMatchObject({
      code: 'skrivefeil',
      file: path.join(root, 'lenke'),
      message: `Mappen peker ut av utmappen (${await import('node:fs/promises').then((fs) => fs.realpath(outside))}); ingen filer er skrevet`,
    })
    expect(await readdir(outside)).toEqual([])
    expect((await readdir(root)).sort()).toEqual(['lenke'])
  })

  it('a system error halfway (a name too long for its temporary file): the files before it are removed, and the folder made for it', async () => {
    const dir = await fresh()
    const root = path.join(dir, 'ut')
    const writes = [
      { target: path.join(root, 'a.md'), data: 'a' },
      { target: path.join(root, 'ny', `${'b'.repeat(240)}.md`), data: 'b' },
    ]
    await expect(writeFilesAtomically(writes, { root: dir })).rejects.toMatchObject({
      code: 'skrivefeil',
      file: dir,
      message: 'Kunne ikke skrive: systemfeil ENAMETOOLONG; ingen filer er skrevet',
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('one file failing that way names the file', async () => {
    const dir = await fresh()
    const target = path.join(dir, `${'b'.repeat(240)}.md`)
    await expect(writeFilesAtomically([{ target, data: 'b', shown: 'lang.md' }])).rejects.toMatchObject({ code: 'skrivefeil', file: 'lang.md', message: 'Kunne ikke skrive filen: systemfeil ENAMETOOLONG' })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('lockFolder: one writer per folder', () => {
  it('a lock from another machine is never taken over; the message names the machine', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, LOCK_FILE), `1\nen-annen-maskin\n`)
    await expect(lockFolder(dir)).rejects.toMatchObject({
      code: 'låst',
      file: dir,
      message: `En annen avtaleverk-kjøring (prosess 1 på en-annen-maskin) skriver i denne mappen; vent til den er ferdig. Kjører den ikke lenger, slett ${path.join(dir, LOCK_FILE)}`,
    })
  })

  it('a lock file not written by us (no process id, or a link) is an unknown process, and left alone', async () => {
    for (const plant of [
      (file: string) => writeFile(file, 'hei\n'),
      (file: string) => writeFile(file, `${process.pid}\n`),
      async (file: string) => symlink(path.join(await fresh(), 'x'), file),
    ]) {
      const dir = await fresh()
      await plant(path.join(dir, LOCK_FILE))
      await expect(lockFolder(dir)).rejects.toMatchObject({ code: 'låst', message: expect.stringContaining('(ukjent prosess)') })
      expect(await readdir(dir)).toEqual([LOCK_FILE])
    }
  })

  it('a live process on this machine holds it: refused naming the process without a host', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, LOCK_FILE), `${process.pid}\n${hostname()}\n`)
    await expect(lockFolder(dir)).rejects.toMatchObject({ message: expect.stringContaining(`(prosess ${process.pid})`) })
  })

  it('a file where the folder should be: refused before anything is made', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'ut'), 'x')
    await expect(lockFolder(path.join(dir, 'ut'))).rejects.toMatchObject({ code: 'skrivefeil', file: path.join(dir, 'ut'), message: 'Kunne ikke skrive: en fil står der det skal være en mappe; ingen filer er skrevet' })
    await expect(lockFolder(path.join(dir, 'ut', 'under'))).rejects.toMatchObject({ message: `Kunne ikke skrive: «${path.join(dir, 'ut')}» er en fil, ikke en mappe; ingen filer er skrevet` })
  })

  it('a folder made for the lock is removed with it when still empty', async () => {
    const dir = await fresh()
    const lock = await lockFolder(path.join(dir, 'ny', 'ut'))
    expect(await readdir(path.join(dir, 'ny', 'ut'))).toEqual([LOCK_FILE])
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })
})
