#!/usr/bin/env node
/**
 * `npm run mutate [-- folder …]`: Stryker on src/, one folder at a time (stryker.config.mjs),
 * then a table of mutation scores per folder. Each folder keeps its own incremental file in
 * reports/mutation/incremental/ (committed), because Stryker rewrites the incremental file with
 * only what it tested in that run: with one file per folder, a run of one folder leaves the
 * others' results alone, and a rerun — also on a fresh clone — tests only the mutants in code
 * or tests that changed since. Without arguments every folder of src/ runs (`root` is the
 * files directly in src/); with arguments only those, e.g. `npm run mutate -- diff parse`.
 *
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Stryker } from '@stryker-mutator/core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const REPORTS = path.join(root, 'reports', 'mutation')
const ALL = [...readdirSync(path.join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort(), 'root']

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const unknown = asked.filter((f) => !ALL.includes(f))
if (unknown.length > 0) {
  console.error(`Ukjent mappe under src/: ${unknown.join(', ')} (finnes: ${ALL.join(', ')})`)
  process.exit(2)
}
const folders = asked.length > 0 ? asked : ALL

/**
 * The test files run against a folder's mutants: its own tests and the others written for it
 * (hostile input, the real corpus). A folder not listed runs every in-process test that imports
 * it (vitest's `related`), which on two cores can take an hour for a folder the whole library
 * uses. A mutant only some other test would notice counts as surviving here.
 */
const TEST_FILES = {
  diff: ['tests/diff/*.test.ts', 'tests/hostile/links.test.ts'],
  parse: ['tests/parse/*.test.ts', 'tests/property/*.test.ts', 'tests/hostile/input.test.ts', 'tests/hostile/encoding.test.ts', 'tests/hostile/parse-guards.test.ts'],
  validate: ['tests/validate/*.test.ts', 'tests/hostile/formatters.test.ts', 'tests/hostile/links.test.ts'],
  generate: ['tests/generate/*.test.ts', 'tests/hostile/writes.test.ts', 'tests/hostile/encoding.test.ts', 'tests/hostile/links.test.ts'],
}

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])
const rows = []
for (const folder of folders) {
  const mutate = folder === 'root' ? ['src/*.ts'] : [`src/${folder}/**/*.ts`]
  console.log(`\nmutate: src/${folder === 'root' ? '*.ts' : `${folder}/`}`)
  const results = await new Stryker({
    mutate,
    ...(TEST_FILES[folder] ? { testFiles: TEST_FILES[folder] } : {}),
    incrementalFile: path.join(REPORTS, 'incremental', `${folder}.json`),
    htmlReporter: { fileName: path.join(REPORTS, `${folder}.html`) },
    jsonReporter: { fileName: path.join(REPORTS, `${folder}.json`) },
  }).runMutationTest()
  const count = (set) => results.filter((r) => set.has(r.status)).length
  const detected = count(DETECTED)
  const undetected = count(UNDETECTED)
  rows.push({ folder, mutants: results.length, killed: detected, survived: undetected, score: detected + undetected === 0 ? null : (100 * detected) / (detected + undetected) })
}

const pct = (s) => (s === null ? '–' : `${s.toFixed(1)} %`)
console.log('\n| folder | mutants | killed | survived | score |\n|---|---|---|---|---|')
for (const r of rows) console.log(`| src/${r.folder === 'root' ? '*.ts' : r.folder} | ${r.mutants} | ${r.killed} | ${r.survived} | ${pct(r.score)} |`)

// The scores with the commit they were measured on, kept beside the reports.
mkdirSync(REPORTS, { recursive: true })
const summaryFile = path.join(REPORTS, 'scores.json')
const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : {}
const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'src', 'tests') ? '+changes' : ''}`
for (const r of rows) summary[r.folder] = { ...r, score: r.score === null ? null : Number(r.score.toFixed(1)), commit, date: new Date().toISOString().slice(0, 10) }
writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`)
