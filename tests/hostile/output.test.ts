import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { captureIo } from '../helpers.js'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { writeFileAtomic } from '../../src/io/write-file.js'
import { CAN_MOUNT, mountTmpfs } from './mounts.js'

describe('writing output safely', () => {
  it.skipIf(!CAN_MOUNT)('a full disk: a clear error, the old file intact, no temporary file left', async () => {
    const mnt = mountTmpfs('size=16k')
    try {
      const file = path.join(mnt.dir, 'rapport.html')
      await writeFile(file, 'gammel')
      const e = await writeFileAtomic(file, 'x'.repeat(64 * 1024), { force: true }).catch((x: unknown) => x)
      expect(e).toMatchObject({ code: 'skrivefeil', file, message: 'Kunne ikke skrive filen: disken er full' })
      expect(await readFile(file, 'utf8')).toBe('gammel')
      expect(await readdir(mnt.dir)).toEqual(['rapport.html'])
    } finally {
      mnt.unmount()
    }
  })

  it.skipIf(!CAN_MOUNT)('a read-only folder: a clear error and nothing written', async () => {
    const mnt = mountTmpfs('ro,size=16k')
    try {
      const io = captureIo()
      expect(await runCli(['coverage', 'agreements', '--format', 'html', '--out', path.join(mnt.dir, 'dekning.html')], io)).toBe(2)
      expect(io.err).toBe(`${path.join(mnt.dir, 'dekning.html')}: Kunne ikke skrive filen: mangler skrivetilgang\n`)
      expect(await readdir(mnt.dir)).toEqual([])
    } finally {
      mnt.unmount()
    }
  })

  it('never overwrites a user’s file unasked', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-out-'))
    const file = path.join(dir, 'dekning.html')
    await writeFile(file, 'mitt eget')
    const io = captureIo()
    expect(await runCli(['coverage', 'agreements', '--format', 'html', '--out', file], io)).toBe(2)
    expect(io.err).toBe(`${file}: Filen finnes fra før; bruk --force for å skrive over den\n`)
    expect(await readFile(file, 'utf8')).toBe('mitt eget')
    expect(await runCli(['coverage', 'agreements', '--format', 'html', '--out', file, '--force'], captureIo())).toBe(0)
    expect(await readFile(file, 'utf8')).toMatch(/^<!doctype html>/)
  })
})
