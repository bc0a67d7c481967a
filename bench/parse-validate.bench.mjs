#!/usr/bin/env node
/**
 * Parse + model vs bare remark-parse on the bundled set; validate; CLI cold start of
 * `avtaleverk validate agreements/` vs `node -e 0`. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument, validate } from '../dist/index.js'
import { runTable } from './table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'agreements')
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ path: `agreements/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }))
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB`)

const bare = unified().use(remarkParse)
const set = { root: dir, documents: files.map((f) => parseDocument(f.text, { path: f.path })) }

await runTable([
  { name: 'bare remark-parse', fn: () => files.forEach((f) => bare.parse(f.text)) },
  { name: 'parse + model', fn: () => files.forEach((f) => parseDocument(f.text, { path: f.path })), baseline: 'bare remark-parse' },
  { name: 'validate (parsed set)', fn: () => validate(set), baseline: 'bare remark-parse' },
])

// Cold start: whole processes, medians of repeated runs.
const cold = (args) => {
  const times = []
  for (let i = 0; i < 9; i++) {
    const t0 = process.hrtime.bigint()
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return times.sort((a, b) => a - b)[4]
}
const node = cold(['-e', '0'])
const cli = cold([path.join(root, 'dist/cli.js'), 'validate', 'agreements/'])
console.table([
  { task: 'node -e 0', 'median (ms)': node.toFixed(1), 'vs baseline': '' },
  { task: 'avtaleverk validate agreements/', 'median (ms)': cli.toFixed(1), 'vs baseline': `${(cli / node).toFixed(2)}× node -e 0` },
])
