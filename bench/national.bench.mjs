#!/usr/bin/env node
/**
 * National scale: `avtaleverk generate --format md` as a whole CLI run, in a child process, for
 * registries of 24, 356 and 3,600 kommuner (3,600 sets ≈ 357 kommuner × 10 helsefellesskap),
 * with wall time and peak RSS; beside each, a plain write loop writing the same number of files
 * of the same sizes (the I/O floor), run alternately with it. Run after `npm run build`:
 * `node bench/national.bench.mjs` (BENCH_SIZES=24,356 for a shorter run).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { kommuneOn, loadKommuneRegistry } from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DATE = '2023-06-01'
const SIZES = (process.env.BENCH_SIZES ?? '24,356,3600').split(',').map(Number)
const registry = await loadKommuneRegistry(path.join(root, 'agreements', 'kommuner.yaml'))
const work = mkdtempSync(path.join(tmpdir(), 'avtaleverk-national-'))

/** A registry of `n` kommuner: the 24, then copies of them under new names and numbers. */
function registryText(n) {
  const head = registry.source.slice(0, registry.source.indexOf('\nkommuner:') + 1)
  const entries = []
  for (let i = 0; i < n; i++) {
    const k = kommuneOn(registry, registry.kommuner[i % 24], DATE)
    const round = Math.floor(i / 24)
    entries.push(`  - navn: ${JSON.stringify(round === 0 ? k.name : `${k.name} ${round + 1}`)}\n    nummer: ${JSON.stringify(round === 0 ? k.number : String(6000 + i))}\n`)
  }
  return `${head}kommuner:\n${entries.join('')}`
}

function child(args) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['--import', path.join(root, 'bench', 'max-rss.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - t0
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`)
  return { ms, rssMb: Number(/MAXRSS_KB (\d+)/.exec(r.stderr)[1]) / 1024 }
}

/** The same number of files, of the sizes the bundled copies have, written with a plain loop. */
const PLAIN = `
import { mkdirSync, writeFileSync } from 'node:fs'
const [out, n] = [process.argv[1], Number(process.argv[2])]
const sizes = ${JSON.stringify([2000, 30000, 12000, 9000, 14000, 9000, 11000, 10000, 9000, 12000, 6000])}
for (let k = 0; k < n; k++) {
  const dir = out + '/' + k
  mkdirSync(dir, { recursive: true })
  sizes.forEach((s, i) => writeFileSync(dir + '/' + i + '.md', 'x'.repeat(s)))
}
writeFileSync(out + '/manifest.json', '{}')`

const rows = []
console.log(`load average at the start: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
for (const n of SIZES) {
  const file = path.join(work, `kommuner-${n}.yaml`)
  writeFileSync(file, registryText(n))
  const reps = n >= 3600 ? 1 : 2
  const ours = []
  const plain = []
  for (let r = 0; r < reps; r++) {
    const out = path.join(work, `ut-${n}-${r}`)
    const plainOut = path.join(work, `plain-${n}-${r}`)
    plain.push(child(['--input-type=module', '-e', PLAIN, plainOut, String(n)]))
    ours.push(child([path.join('dist', 'cli.js'), 'generate', 'agreements', '--dato', DATE, '--format', 'md', '--kommuner', file, '--out', out]))
    rmSync(out, { recursive: true, force: true })
    rmSync(plainOut, { recursive: true, force: true })
  }
  const best = (list) => list.reduce((a, b) => (a.ms < b.ms ? a : b))
  const [o, p] = [best(ours), best(plain)]
  const before = rows.at(-1)
  const marginal = before ? ((o.ms - before.ms) / (n - before.sets)).toFixed(2) : ''
  rows.push({ sets: n, files: n * 11 + 1, ms: o.ms, 'generate (s)': (o.ms / 1000).toFixed(2), 'ms per set': (o.ms / n).toFixed(2), 'ms per added set': marginal, 'peak RSS (MB)': o.rssMb.toFixed(0), 'plain write loop (s)': (p.ms / 1000).toFixed(2), 'plain peak RSS (MB)': p.rssMb.toFixed(0), 'vs plain loop': `${(o.ms / p.ms).toFixed(2)}×` })
  console.log(`${n} sets done (load ${loadavg()[0].toFixed(1)})`)
}
rmSync(work, { recursive: true, force: true })
console.log('\n`avtaleverk generate --format md`, a whole CLI run per registry size (best of 2, of 1 for 3,600):')
console.table(rows.map(({ ms, ...row }) => row))
if (rows.length > 1) {
  const [first, last] = [rows[0], rows[rows.length - 1]]
  console.log(`ms per added set: ${rows.slice(1).map((r) => `${r['ms per added set']} (${rows[rows.indexOf(r) - 1].sets} → ${r.sets})`).join(', ')} — linear when these are close; peak RSS ${first['peak RSS (MB)']} → ${last['peak RSS (MB)']} MB (target ≤ 250 MB at 3,600)`)
}
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
