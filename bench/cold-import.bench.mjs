#!/usr/bin/env node
/**
 * Cold `import` CPU of the built package (dist/): each run is a fresh `node` that imports one
 * entry and prints its own CPU time (user + system, process.cpuUsage, which counts Node's own
 * start too); the baseline is the same with nothing imported (`node -e 0` that prints its CPU).
 * Runs are interleaved, baseline and entries in turn, so a busy machine weighs on all alike;
 * medians. Budget (issue #11): ≤ 150 ms over the baseline for `avtaleverk`.
 * `node bench/cold-import.bench.mjs [runs]` after `npm run build`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 15)
const cpu = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))'
const url = (f) => pathToFileURL(path.join(root, 'dist', f)).href
const cases = {
  'node -e 0 (baseline)': cpu,
  "import 'avtaleverk' (Node: dist/index.js)": `await import(${JSON.stringify(url('index.js'))}); ${cpu}`,
  "import 'avtaleverk/core' (dist/core.js)": `await import(${JSON.stringify(url('core.js'))}); ${cpu}`,
  "require('avtaleverk') (dist/index.cjs)": `require(${JSON.stringify(path.join(root, 'dist', 'index.cjs'))}); ${cpu}`,
}
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const type = code.includes('require(') ? [] : ['--input-type=module']
    const r = spawnSync(process.execPath, [...type, '-e', code], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`)
    times[name].push(Number(r.stdout))
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = median(times['node -e 0 (baseline)'])
console.log(`cold import CPU, median of ${runs} interleaved runs (ms, user + system)`)
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs)
  console.log(`${name.padEnd(44)} ${m.toFixed(0).padStart(5)} ms   over baseline ${(m - base).toFixed(0).padStart(4)} ms   ×${(m / base).toFixed(2)}`)
}
