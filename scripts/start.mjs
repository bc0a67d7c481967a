#!/usr/bin/env node
/**
 * `npm start`: the main job on the bundled agreements, step by step through the built CLI,
 * as the secretariat would run it. Each step says what it did and where its output went.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist', 'cli.js')

/** Runs one CLI step; returns its exit code. `okCodes` are the codes that are not a failure. */
function step(title, args, { okCodes = [0], show = (out) => out } = {}) {
  process.stdout.write(`\n== ${title}\n$ avtaleverk ${args.join(' ')}\n`)
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' })
  process.stdout.write(show(r.stdout))
  if (r.stderr) process.stderr.write(r.stderr)
  if (!okCodes.includes(r.status ?? 2)) {
    process.stderr.write(`Steget feilet (exit ${r.status}).\n`)
    process.exit(r.status ?? 2)
  }
  return r.status
}

step('Les avtalesettet (innholdsfortegnelse)', ['parse', 'agreements/'], {
  show: (out) => {
    const lines = out.split('\n')
    const docs = lines.filter((l) => l.startsWith('agreements/'))
    return `${docs.join('\n')}\n(${docs.length} dokumenter; hele innholdsfortegnelsen: avtaleverk parse agreements/)\n`
  },
})
