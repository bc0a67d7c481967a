#!/usr/bin/env node
/**
 * Cold start of the CLI, a whole process per run, interleaved with `node -e 0` (the floor: Node
 * starting and stopping): `validate agreements/` and `diff agreements/ examples/revisjon-2024/
 * -f json`. Run after `npm run build`: `node bench/cold-start.bench.mjs`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { interleaved } from './interleave.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const run = (args, expected) => () => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  if (!expected.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
}
const stats = await interleaved(
  [
    { name: 'node -e 0', fn: run(['-e', '0'], [0]) },
    { name: 'validate agreements/', fn: run([cli, 'validate', 'agreements/'], [1]), baseline: 'node -e 0' },
    { name: 'diff agreements/ examples/revisjon-2024/ -f json', fn: run([cli, 'diff', 'agreements/', 'examples/revisjon-2024/', '-f', 'json'], [1]), baseline: 'node -e 0' },
    { name: 'parse agreements/', fn: run([cli, 'parse', 'agreements/'], [0]), baseline: 'node -e 0' },
  ],
  { rounds: process.env.BENCH_QUICK === '1' ? 5 : 15, warmup: 1, title: 'Cold start (a process per run):' },
)
const r = (name) => (stats[name].median / stats['node -e 0'].median).toFixed(2)
console.log(`\nSummary: validate ${r('validate agreements/')}× node -e 0 (target ≤ 4×), diff ${r('diff agreements/ examples/revisjon-2024/ -f json')}× (target ≤ 5×)`)
