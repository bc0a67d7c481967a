/**
 * Small tmpfs mounts for output tests: one that is full after 16 KB, one that is read-only.
 * Root (as in CI) can mount them; elsewhere the tests that need them are skipped, and in CI a
 * failing mount fails the tests rather than hiding them.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export function mountTmpfs(options: string): { dir: string; unmount: () => void } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-mnt-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' })
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    if (process.env.CI) throw new Error(`mount tmpfs (${options}) failed in CI: ${(e as Error).message}`)
    return null
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'ignore' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
