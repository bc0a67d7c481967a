/**
 * Ctrl-C or SIGTERM during `avtaleverk generate`: the real CLI is started, killed mid-run, and the
 * output folder must be exactly as it was (new files and folders gone, replaced files back, no
 * temporary files, no lock), with exit code 130 and one Norwegian line; a rerun then works.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

const CLI = path.join(ROOT, 'dist/cli.js')
const temps: string[] = []
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))))

function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdout!.resume()
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })))
  return { child, done }
}

/** Every entry below a folder with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  if (!existsSync(dir)) return {}
  const out: Record<string, string> = {}
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name)
    out[path.relative(dir, file)] = e.isFile() ? (await readFile(file)).toString('base64') : '<mappe>'
  }
  return out
}

/** Waits until `seen()` holds or the process ends; true if it held while the process ran. */
async function when(seen: () => Promise<boolean>, child: ChildProcess): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (await seen()) return true
    await new Promise((r) => setTimeout(r, 2))
  }
  return false
}

const GENERATE = ['generate', 'agreements', '--dato', '2023-06-01']

describe('a signal during generate', () => {
  it('SIGINT while rendering into a new folder: the folder does not exist afterwards, and a rerun works', { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-sig-'))
    temps.push(dir)
    const out = path.join(dir, 'ut')
    const run = start([...GENERATE, '--format', 'md,docx', '--out', out])
    // The lock is taken before anything is rendered; Word rendering for 24 kommuner takes seconds.
    expect(await when(async () => existsSync(path.join(out, '.avtaleverk.lock')), run.child), 'the run ended before it could be interrupted').toBe(true)
    run.child.kill('SIGINT')
    const result = await run.done
    expect(result.stderr).toBe('Avbrutt; det som var skrevet er fjernet, og filene som fantes fra før er som de var\n')
    expect(result.code).toBe(130)
    expect(await readdir(dir)).toEqual([])

    const again = start([...GENERATE, '--format', 'md', '--kommune', 'Lyngen', '--out', out])
    expect((await again.done).code).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['5424-lyngen', 'manifest.json'])
  })

  it('SIGTERM while the files are being written over an earlier run (--force): the earlier run is back, byte for byte', { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-sig-'))
    temps.push(dir)
    const out = path.join(dir, 'ut')
    const first = start([...GENERATE, '--format', 'md', '--kommune', 'Lyngen,Tromsø', '--out', out])
    expect((await first.done).code).toBe(0)
    const before = await snapshot(out)

    // 24 kommuner × 11 documents × 2 formats: hundreds of temporary files, written one by one.
    const run = start([...GENERATE, '--format', 'md,html', '--dato', '2023-06-02', '--force', '--out', out])
    const writing = async () => (await readdir(out, { recursive: true })).some((f) => String(f).endsWith('.tmp'))
    expect(await when(writing, run.child), 'the run ended before it could be interrupted while writing').toBe(true)
    run.child.kill('SIGTERM')
    const result = await run.done
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/^Avbrutt; /)
    expect(await snapshot(out)).toEqual(before)

    const again = start([...GENERATE, '--format', 'md', '--kommune', 'Lyngen,Tromsø', '--force', '--out', out])
    expect((await again.done).code).toBe(0)
    expect(await snapshot(out)).toEqual(before)
  })
})
