/** Only regular files are read: a named pipe or a device among the documents is skipped with an error. */
import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAgreementSet, readTextFile } from '../../src/parse/load.js'
import { frontMatter } from '../helpers.js'

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' })
    return process.platform !== 'win32'
  } catch {
    return false
  }
})()

describe('special files', () => {
  it.skipIf(!hasMkfifo)('a named pipe called x.md does not block: it is an error naming the file, the other documents are read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-fifo-'))
    await writeFile(path.join(dir, 'a.md'), frontMatter() + '# T\n\n## 1. A\n')
    execFileSync('mkfifo', [path.join(dir, 'x.md')])
    const { set, errors } = await readAgreementSet(dir)
    expect(set.documents.map((d) => path.basename(d.path))).toEqual(['a.md'])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'lesefeil', file: path.join(dir, 'x.md') })
    expect(errors[0]!.message).toMatch(/ikke en vanlig fil.*navngitt pipe/)
  })

  it.skipIf(process.platform === 'win32')('a device (/dev/zero, which never ends) is refused, not read', async () => {
    await expect(readTextFile('/dev/zero')).rejects.toMatchObject({ code: 'lesefeil', file: '/dev/zero', message: expect.stringMatching(/ikke en vanlig fil/) })
  })
})
