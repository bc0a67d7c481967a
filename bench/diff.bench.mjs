#!/usr/bin/env node
/**
 * The section-aware diff against the plain alternatives, on the real version pair (agreements/
 * → examples/revisjon-2024/) and on the worst case (a ~5 MB retningslinje with every paragraph
 * rewritten, bench/worst-case.mjs). Run after `npm run build`: node bench/diff.bench.mjs
 *
 * - diffSets: documents matched by id, sections aligned, word diff inside changed paragraphs;
 * - jsdiff diffWords over the whole concatenated text of each version (the baseline);
 * - git diff --no-index --word-diff on the two folders (a whole process per run).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffWords } from 'diff'
import { diffSets, parseDocument } from '../dist/index.js'
import { interleaved } from './interleave.mjs'
import { runTable } from './table.mjs'
import { vocabularyOf, worstCaseDocument } from './worst-case.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') }))
const parseAll = (files, options = {}) => ({ root: '', documents: files.map((f) => parseDocument(f.text, { ...options, path: f.path })) })

const oldFiles = read('agreements')
const newFiles = read('examples/revisjon-2024')
const oldText = oldFiles.map((f) => f.text).join('\n')
const newText = newFiles.map((f) => f.text).join('\n')
const [oldSet, newSet] = [parseAll(oldFiles), parseAll(newFiles)]
console.log(`real pair: ${oldFiles.length} files, ${(Buffer.byteLength(oldText) / 1024).toFixed(0)} KB per version`)

const gitWordDiff = () => {
  const r = spawnSync('git', ['diff', '--no-index', '--word-diff=plain', '--', 'agreements', 'examples/revisjon-2024'], { cwd: root, encoding: 'utf8' })
  if (r.status !== 1) throw new Error(`git diff exited ${r.status}: ${r.stderr}`)
}

// Interleaved (ABAB): the parse-both figure (what `avtaleverk diff` does) beside the pre-parsed one.
await interleaved(
  [
    { name: 'jsdiff diffWords, whole text', fn: () => diffWords(oldText, newText) },
    { name: 'diffSets, pre-parsed', fn: () => diffSets(oldSet, newSet), baseline: 'jsdiff diffWords, whole text' },
    { name: 'parse both + diffSets', fn: () => diffSets(parseAll(oldFiles), parseAll(newFiles)), baseline: 'diffSets, pre-parsed' },
    { name: 'git diff --no-index --word-diff', fn: gitWordDiff, baseline: 'jsdiff diffWords, whole text' },
  ],
  { rounds: process.env.BENCH_QUICK === '1' ? 5 : 21, warmup: 2, title: 'The real version pair:' },
)

// The worst case: every paragraph of a ~5 MB document rewritten.
const vocabulary = vocabularyOf(oldFiles.map((f) => f.text))
const bytes = 5 * 1024 * 1024
const big = [1, 2].map((seed) => worstCaseDocument({ bytes, seed, vocabulary }))
let t = performance.now()
const [bigOld, bigNew] = big.map((text, i) => ({ root: '', documents: [parseDocument(text, { maxBytes: 2 * bytes, path: `stor-${i}.md` })] }))
console.log(`\nworst case: ${(Buffer.byteLength(big[0]) / 1024 / 1024).toFixed(1)} MB per version, ${bigOld.documents[0].sections.length} sections, every paragraph rewritten (parsing both: ${(performance.now() - t).toFixed(0)} ms)`)
const result = diffSets(bigOld, bigNew)
console.log(`diffSets: ${result.summary.fallbacks} of ${result.summary.sectionsChanged} changed sections fell back to paragraph level (${JSON.stringify(result.documents[0].sections[0].fallback)})`)
await runTable([{ name: 'diffSets, worst case', fn: () => diffSets(bigOld, bigNew) }], { time: 1000, iterations: 3 })

// Whole-text jsdiff on the same pair, given 10 s: it does not finish.
t = performance.now()
const whole = diffWords(big[0], big[1], { timeout: 10_000 })
console.log(`jsdiff diffWords, worst case, whole text: ${whole ? 'finished' : 'gave up'} after ${(performance.now() - t).toFixed(0)} ms (timeout 10 s)`)
