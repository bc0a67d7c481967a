#!/usr/bin/env node
/**
 * `avtaleverk generate` on the bundled set, interleaved with its baselines (bench/baselines.mjs):
 * the floor (concatenate precompiled chunks, encode, hash — for Word also zip the parts that
 * differ), the naive Markdown way (clone, fill, stringify) and a naive docx walker. Each task is
 * generateInstances for every kommune in one format: compile, fill, check, render, hash.
 * Then the marginal cost of a kommune (24 → 356 kommuner) against the floor's.
 * Run after `npm run build`: `node bench/generate.bench.mjs` (BENCH_QUICK=1 for fewer samples).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateInstances, kommuneOn, loadAgreementSet, loadKommuneRegistry, parseKommuneRegistry } from '../dist/index.js'
import { floorText, floorWord, naiveMarkdown, naiveWord, textChunks, wordChunks } from './baselines.mjs'
import { interleaved } from './interleave.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DATE = '2023-06-01'
const QUICK = process.env.BENCH_QUICK === '1'
const set = await loadAgreementSet(path.join(root, 'agreements'))
const registry = await loadKommuneRegistry(path.join(root, 'agreements', 'kommuner.yaml'))
const bytes = set.documents.reduce((n, d) => n + Buffer.byteLength(d.source), 0)
console.log(`corpus: ${set.documents.length} documents, ${(bytes / 1024).toFixed(0)} KB; registry: ${registry.kommuner.length} kommuner; date ${DATE}`)

/** A registry of `n` kommuner: the 24, then copies of them under new names and numbers. */
export function grown(n) {
  const head = registry.source.slice(0, registry.source.indexOf('\nkommuner:') + 1)
  const entries = []
  for (let i = 0; i < n; i++) {
    const k = kommuneOn(registry, registry.kommuner[i % 24], DATE)
    const round = Math.floor(i / 24)
    const name = round === 0 ? k.name : `${k.name} ${round + 1}`
    const number = round === 0 ? k.number : String(6000 + i)
    entries.push(`  - navn: ${JSON.stringify(name)}\n    nummer: ${JSON.stringify(number)}\n`)
  }
  return parseKommuneRegistry(`${head}kommuner:\n${entries.join('')}`, { file: 'kommuner.yaml' })
}

const generate = (reg, format) => () => generateInstances(set, reg, { date: DATE, formats: [format] })
const ratio = (a, b) => (a / b).toFixed(2)

const md24 = textChunks(await generate(registry, 'md')(), registry, DATE)
const html24 = textChunks(await generate(registry, 'html')(), registry, DATE)
const main = await interleaved(
  [
    { name: 'floor md ×24', fn: () => floorText(md24) },
    { name: 'generate md ×24', fn: generate(registry, 'md'), baseline: 'floor md ×24' },
    { name: 'naive md ×24 (clone, fill, stringify)', fn: () => naiveMarkdown(set, registry, DATE), baseline: 'generate md ×24' },
    { name: 'floor html ×24', fn: () => floorText(html24) },
    { name: 'generate html ×24', fn: generate(registry, 'html'), baseline: 'floor html ×24' },
  ],
  { rounds: QUICK ? 5 : 21, warmup: 3, title: 'All 24 kommuner × the full set (11 documents), Markdown and HTML:' },
)

const word24 = wordChunks(await generate(registry, 'docx')(), registry, DATE)
const word = await interleaved(
  [
    { name: 'floor docx ×24', fn: () => floorWord(word24) },
    { name: 'generate docx ×24', fn: generate(registry, 'docx'), baseline: 'floor docx ×24' },
    { name: 'naive docx walker ×24', fn: () => naiveWord(set, registry, DATE), baseline: 'generate docx ×24' },
  ],
  { rounds: QUICK ? 3 : 9, warmup: 1, title: 'All 24 kommuner × the full set, Word:' },
)

const big = grown(356)
const md356 = textChunks(await generate(big, 'md')(), big, DATE)
const scaled = await interleaved(
  [
    { name: 'floor md ×24', fn: () => floorText(md24) },
    { name: 'generate md ×24', fn: generate(registry, 'md'), baseline: 'floor md ×24' },
    { name: 'floor md ×356', fn: () => floorText(md356) },
    { name: 'generate md ×356', fn: generate(big, 'md'), baseline: 'floor md ×356' },
  ],
  { rounds: QUICK ? 3 : 9, warmup: 1, title: 'Markdown as the registry grows from 24 to 356 kommuner:' },
)
const marginal = (s, what) => (s[`${what} ×356`].median - s[`${what} ×24`].median) / (356 - 24)
const ours = marginal(scaled, 'generate md')
const floor = marginal(scaled, 'floor md')

const m = (s, name) => s[name].median
console.log(`
Summary (medians of the interleaved runs above; ratios are what to quote on a busy machine):
- md ×24: ${m(main, 'generate md ×24').toFixed(0)} ms = ${ratio(m(main, 'generate md ×24'), m(main, 'floor md ×24'))}× the floor (target ≤ 3×); naive ${ratio(m(main, 'naive md ×24 (clone, fill, stringify)'), m(main, 'generate md ×24'))}× slower than generate
- md marginal per kommune: ${ours.toFixed(2)} ms = ${ratio(ours, floor)}× the floor's ${floor.toFixed(2)} ms (target ≤ 1.5×)
- html ×24: ${m(main, 'generate html ×24').toFixed(0)} ms = ${ratio(m(main, 'generate html ×24'), m(main, 'floor html ×24'))}× the floor
- docx ×24: ${m(word, 'generate docx ×24').toFixed(0)} ms = ${ratio(m(word, 'generate docx ×24'), m(word, 'floor docx ×24'))}× the floor (target ≤ 2×); the naive docx walker is ${ratio(m(word, 'naive docx walker ×24'), m(word, 'generate docx ×24'))}× slower (target > 1×)`)
