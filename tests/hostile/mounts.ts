/**
 * Small tmpfs mounts for output tests: one that is full after 16 KB, one that is read-only.
 * Root (as in CI) can mount them; elsewhere the tests that need them are reported skipped
 * (`it.skipIf(!CAN_MOUNT)`), and under CI=true they run and a failing mount fails them.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { IN_CI } from '../setup/env.js'

/** Whether this machine lets us mount a tmpfs (probed once); under CI=true the tests run regardless. */
export const CAN_MOUNT = IN_CI || probe()

function probe(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-mnt-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', dir], { stdio: 'ignore' })
    execFileSync('umount', [dir], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Mounts a tmpfs or throws: a test that asked for one must not pass without it. */
export function mountTmpfs(options: string): { dir: string; unmount: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-mnt-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' })
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`mount -t tmpfs -o ${options} failed (run as root, as CI does): ${(e as Error).message}`)
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'ignore' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
