#!/usr/bin/env node
/**
 * validate of the bundled set with this build's rules against an earlier build, in the same run
 * and interleaved (one run of each, round after round, on one busy machine): the ratio is what
 * counts. Usage, after `npm run build`:
 *
 *   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npm run build)
 *   node bench/validate-vs-baseline.bench.mjs /tmp/base/dist
 *
 * Each build parses the set itself, so each validates its own model.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const baseDist = process.argv[2]
if (!baseDist) {
  console.error('bruk: node bench/validate-vs-baseline.bench.mjs <dist-mappe for grunnlinjen>')
  process.exit(2)
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'agreements')
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ path: `agreements/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }))

const now = await import(pathToFileURL(path.join(root, 'dist/index.js')).href)
const base = await import(pathToFileURL(path.join(path.resolve(baseDist), 'index.js')).href)
const setOf = (lib) => ({ root: dir, documents: files.map((f) => lib.parseDocument(f.text, { path: f.path })) })
const nowSet = setOf(now)
const baseSet = setOf(base)
const profile = await now.loadProfile('unn-2023')
const baseProfile = await base.loadProfile('unn-2023')
console.log(`findings: baseline ${base.validate(baseSet, { profile: baseProfile }).length}, this build ${now.validate(nowSet, { profile }).length}`)

// Interleaved by hand: one run of each, round after round, so that load on the shared machine
// falls on both alike; medians of the rounds.
const time = (fn) => {
  const t0 = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - t0) / 1e6
}
const rounds = Number(process.env.ROUNDS ?? 60)
const times = { base: [], now: [] }
for (let i = 0; i < 5; i++) {
  base.validate(baseSet, { profile: baseProfile })
  now.validate(nowSet, { profile })
}
for (let i = 0; i < rounds; i++) {
  times.base.push(time(() => base.validate(baseSet, { profile: baseProfile })))
  times.now.push(time(() => now.validate(nowSet, { profile })))
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const b = median(times.base)
const n = median(times.now)
console.table([
  { task: 'validate, baseline build', 'median (ms)': b.toFixed(2), rounds, 'vs baseline': '' },
  { task: 'validate, this build', 'median (ms)': n.toFixed(2), rounds, 'vs baseline': `${(n / b).toFixed(2)}×` },
])
