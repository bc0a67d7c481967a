#!/usr/bin/env node
/**
 * `avtaleverk generate` on the bundled set: all 24 kommuner in each format (fill, check and
 * render, compiling included), against the naive way — clone the parsed tree, fill its text
 * nodes, stringify, per kommune — measured in the same run; then the cost per kommune as the
 * registry grows from 24 to 356 kommuner (the whole country), to show it stays linear.
 * Run after `npm run build`: `node bench/generate.bench.mjs`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatDate, generateInstances, kommuneOn, loadAgreementSet, loadKommuneRegistry, parseKommuneRegistry, stringify } from '../dist/index.js'
import { runTable } from './table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DATE = '2023-06-01'
const set = await loadAgreementSet(path.join(root, 'agreements'))
const registry = await loadKommuneRegistry(path.join(root, 'agreements', 'kommuner.yaml'))
const bytes = set.documents.reduce((n, d) => n + Buffer.byteLength(d.source), 0)
console.log(`corpus: ${set.documents.length} documents, ${(bytes / 1024).toFixed(0)} KB; registry: ${registry.kommuner.length} kommuner; date ${DATE}`)

/** The naive way: per kommune and document, clone the tree, replace variables in text nodes, stringify. */
function naive(reg) {
  const out = []
  for (const entry of reg.kommuner) {
    const k = kommuneOn(reg, entry, DATE)
    const values = {
      'kommune.navn': k.name,
      'kommune.offisielt_navn': k.officialName,
      'kommune.nummer': k.number,
      'kommune.signatar.tittel': k.signatory.title ?? '',
      'avtale.versjon': '2023-forslag',
    }
    const value = (name, format) => (name === 'avtale.dato' ? formatDate(DATE, format ?? 'kort') : name.startsWith('blokk.') ? k.blocks[name.slice(6)]?.source ?? '' : values[name] ?? '')
    for (const doc of set.documents) {
      const tree = structuredClone(doc.tree)
      const stack = [tree]
      while (stack.length > 0) {
        const node = stack.pop()
        if (node.type === 'text') node.value = node.value.replace(/\{\{\s*([\w.-]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g, (_, name, format) => value(name, format))
        if (node.children) stack.push(...node.children)
      }
      out.push(stringify({ tree }))
    }
  }
  return out
}

/** A registry of `n` kommuner: the 24, then copies of them under new names and numbers. */
function grown(n) {
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

// Steady state, as in a long-lived process: the first runs pay for the JIT, and tinybench's two
// warm-up iterations per task do not cover the whole pipeline.
for (let i = 0; i < 5; i++) await generate(registry, 'html')()

console.log('\nAll 24 kommuner × the full set, per format (generateInstances: compile, fill, check, render):')
const main = await runTable([
  { name: 'naive md (clone, fill, stringify) ×24', fn: () => naive(registry) },
  { name: 'generate md ×24', fn: generate(registry, 'md'), baseline: 'naive md (clone, fill, stringify) ×24' },
  { name: 'generate html ×24', fn: generate(registry, 'html'), baseline: 'naive md (clone, fill, stringify) ×24' },
])
const word = await runTable([{ name: 'generate docx ×24', fn: generate(registry, 'docx') }], { time: 0, iterations: 3 })

console.log('\nMarkdown as the registry grows (per kommune: the total divided by n; marginal: the extra per added kommune):')
const sizes = [24, 96, 356]
const registries = Object.fromEntries(sizes.map((n) => [n, grown(n)]))
const scaled = await runTable(
  sizes.flatMap((n) => [
    { name: `naive md ×${n}`, fn: () => naive(registries[n]) },
    { name: `generate md ×${n}`, fn: generate(registries[n], 'md'), baseline: `naive md ×${n}` },
  ]),
  { time: 0, iterations: 3 },
)
console.table(
  sizes.map((n, i) => {
    const ours = scaled[`generate md ×${n}`]
    const before = i > 0 ? sizes[i - 1] : null
    return {
      kommuner: n,
      'total (ms)': ours.toFixed(1),
      'per kommune (ms)': (ours / n).toFixed(2),
      'marginal per kommune (ms)': before ? ((ours - scaled[`generate md ×${before}`]) / (n - before)).toFixed(2) : '',
      'naive per kommune (ms)': (scaled[`naive md ×${n}`] / n).toFixed(2),
    }
  }),
)
console.log(
  `\nSummary: md ×24 ${main['generate md ×24'].toFixed(0)} ms (aim < 200), ${(main['naive md (clone, fill, stringify) ×24'] / main['generate md ×24']).toFixed(1)}× faster than naive; ` +
    `html ×24 ${main['generate html ×24'].toFixed(0)} ms; docx ×24 ${word['generate docx ×24'].toFixed(0)} ms.`,
)
