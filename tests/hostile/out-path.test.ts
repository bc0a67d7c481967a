/** --out through a file (`rapport.txt/x`) is a Norwegian usage error, not «uventet feil: ENOTDIR». */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo } from '../helpers.js'

describe('--out leading through a file', () => {
  it.each([
    ['validate', ['validate', 'agreements']],
    ['coverage', ['coverage', 'agreements']],
  ])('%s', async (_name, args) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-out-'))
    const file = path.join(dir, 'fil.txt')
    await writeFile(file, 'x')
    for (const out of [path.join(file, 'x'), path.join(file, 'a', 'b')]) {
      const io = captureIo()
      expect(await runCli([...args, '--out', out], io)).toBe(2)
      expect(io.err).toBe(`${out}: --out går gjennom «${file}», som er en fil og ikke en mappe; velg en annen sti\n`)
    }
  })
})
