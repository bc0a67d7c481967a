/**
 * Two git revisions of one folder: read with ls-tree and cat-file, nothing checked out. The
 * test builds a repository with the 2023 text in one commit and the 2024 revision in the next.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { diffSets } from '../../src/diff/changeset.js'
import { readSetAtRevision } from '../../src/diff/git.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { AGREEMENTS, captureIo } from '../helpers.js'
import { REVISION } from './fixtures.js'

let repo: string
let folder: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' })
const status = (s: { documents: Array<{ id: string; status: string }> }) => s.documents.map((d) => `${d.id} ${d.status}`)

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'avtaleverk-git-'))
  folder = path.join(repo, 'avtaler')
  git('init', '--quiet', '--initial-branch=main')
  git('config', 'user.name', 'Test')
  git('config', 'user.email', 'test@example.invalid')
  git('config', 'commit.gpgsign', 'false')
  cpSync(AGREEMENTS, folder, { recursive: true, filter: (f) => !f.endsWith('.yaml') })
  git('add', '.')
  git('commit', '--quiet', '-m', 'Avtalen 2023')
  git('tag', 'v2023')
  for (const f of readdirSync(REVISION).filter((x) => x.endsWith('.md') && x !== 'README.md')) cpSync(path.join(REVISION, f), path.join(folder, f))
  git('commit', '--quiet', '-am', 'Revisjon 2024')
})

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('readSetAtRevision', () => {
  it('reads a folder at two revisions and gives the same ChangeSet as the folders on disk', async () => {
    const [old, now] = await Promise.all([readSetAtRevision(folder, 'v2023'), readSetAtRevision(folder, 'HEAD')])
    expect(old.documents.map((d) => d.path)[0]).toBe(`v2023:${path.join(folder, '00-samarbeidsavtale.md')}`)
    const fromGit = diffSets(old, now)
    const fromDisk = diffSets(await loadAgreementSet(AGREEMENTS), await loadAgreementSet(REVISION))
    expect(status(fromGit)).toEqual(status(fromDisk))
    expect(fromGit.summary).toEqual(fromDisk.summary)
  })

  it('leaves the working tree and the index alone', async () => {
    writeFileSync(path.join(folder, '06-retningslinje-6.md'), 'ikke committet\n', { flag: 'a' })
    await readSetAtRevision(folder, 'HEAD~1')
    expect(git('status', '--porcelain')).toBe(' M avtaler/06-retningslinje-6.md\n')
    git('checkout', '--quiet', '--', '.')
  })

  it('refuses unknown revisions, option-like revisions and folders outside git, in Norwegian', async () => {
    await expect(readSetAtRevision(folder, 'finnes-ikke')).rejects.toMatchObject({ code: 'git-feil', message: 'Fant ikke revisjonen «finnes-ikke» i git' })
    await expect(readSetAtRevision(folder, '--output=/tmp/x')).rejects.toMatchObject({ code: 'git-feil', message: 'Ugyldig git-revisjon «--output=/tmp/x»' })
    const outside = mkdtempSync(path.join(tmpdir(), 'avtaleverk-nogit-'))
    try {
      await expect(readSetAtRevision(outside, 'HEAD')).rejects.toMatchObject({ code: 'git-feil', message: 'Mappen ligger ikke i et git-depot' })
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('avtaleverk diff --from/--to', () => {
  it('compares two revisions: exit 1 with changes, and labels naming the revisions', async () => {
    const io = captureIo()
    expect(await runCli(['diff', folder, '--from', 'v2023', '--to', 'HEAD', '--format', 'json'], io)).toBe(1)
    const cs = JSON.parse(io.out)
    expect([cs.old.label, cs.new.label]).toEqual([`v2023:${folder}`, `HEAD:${folder}`])
    expect(cs.summary.documents).toEqual({ ny: 0, fjernet: 0, revidert: 8, uendret: 3 })
  })

  it('compares a revision with the working tree when --to is left out: exit 0 when equal', async () => {
    const io = captureIo()
    expect(await runCli(['diff', folder, '--from', 'HEAD'], io)).toBe(0)
    expect(io.out).toContain('11 dokumenter: 0 revidert, 11 uendret.')
  })

  it('exits 2 on a bad revision and on a second folder with --from', async () => {
    const io = captureIo()
    expect(await runCli(['diff', folder, '--from', 'nope'], io)).toBe(2)
    expect(io.err).toContain('Fant ikke revisjonen «nope» i git')
    expect(await runCli(['diff', folder, folder, '--from', 'HEAD'], captureIo())).toBe(2)
    expect(await runCli(['diff', folder, '--to', 'HEAD'], captureIo())).toBe(2)
  })
})
