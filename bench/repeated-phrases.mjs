#!/usr/bin/env node
/**
 * Issue #10: one paragraph that repeats an ordinary phrase ("§ 6-2", "se punkt 1.1", "Se
 * retningslinje 1.", "XX kommune") must cost time linear in its length. Prints, per phrase, the
 * time to parse the document (citations, references, variables) and to find its placeholders at
 * three sizes; each doubling should about double the time.
 *
 *   node bench/repeated-phrases.mjs [path/to/dist/index.js]
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const dist = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist/index.js')
const { parseDocument, findPlaceholders } = await import(pathToFileURL(dist).href)

const PHRASES = ['§ 6-2 ', 'se punkt 1.1 ', 'Se retningslinje 1. ', 'XX kommune ']
const SIZES = [56_000, 112_000, 224_000]
const FRONT = '---\nid: a\ntype: retningslinje\nnumber: 1\ntitle: T\nversion: "1"\nstatus: utkast\ndate: 2023-06-01\n---\n\n# T\n\n## 1. A\n\n'

console.log('| phrase | ' + SIZES.map((s) => `${s / 1000} KB`).join(' | ') + ' |')
console.log('|---|' + SIZES.map(() => '---').join('|') + '|')
for (const phrase of PHRASES) {
  const cells = []
  for (const size of SIZES) {
    const md = FRONT + phrase.repeat(Math.ceil(size / phrase.length)) + '\n'
    const t0 = performance.now()
    try {
      const doc = parseDocument(md, { path: 'a.md' })
      findPlaceholders(doc)
      cells.push(`${Math.round(performance.now() - t0)} ms`)
    } catch (e) {
      cells.push(`${e.constructor.name} after ${Math.round(performance.now() - t0)} ms`)
    }
  }
  console.log(`| «${phrase.trim()}» | ${cells.join(' | ')} |`)
}
