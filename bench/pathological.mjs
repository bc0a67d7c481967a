#!/usr/bin/env node
/**
 * `node bench/pathological.mjs` (after `npm run build`): the Markdown shapes that make micromark
 * itself superlinear, timed bare (unified + remark-parse, as parsing was before the pre-scan in
 * src/parse/shape.ts) and through parseDocument (refused by the pre-scan). CPU time of one run
 * each; a bare run is stopped after DEADLINE ms. Not part of `npm run bench`: the bare runs take
 * minutes on purpose.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

if (!isMainThread) {
  // The bare parse, in a worker so that it can be stopped.
  const start = process.cpuUsage()
  unified().use(remarkParse).parse(workerData)
  const used = process.cpuUsage(start)
  parentPort.postMessage((used.user + used.system) / 1000)
}

const DEADLINE = Number(process.env.DEADLINE_MS ?? 60_000)
const HEAD = '---\nid: retningslinje-1\ntype: retningslinje\nnumber: 1\ntitle: T\nversion: "1"\nstatus: utkast\ndate: 2024-01-01\n---\n# T\n\n'
const CASES = {
  'nested emphasis: 16 000 × * a 16 000 × *': '*'.repeat(16_000) + 'a' + '*'.repeat(16_000),
  'emphasis openers then closers: *a × 20 000, a* × 20 000': '*a'.repeat(20_000) + 'a*'.repeat(20_000),
  '100 000 unclosed [': '['.repeat(100_000),
  '[a]( × 16 000': '[a]('.repeat(16_000),
  '[a × 50 000 then ] × 50 000': '[a'.repeat(50_000) + ']'.repeat(50_000),
  'setext: a / = / blank × 4 000': 'a\n=\n\n'.repeat(4_000),
  'setext: a / - × 4 000': 'a\n-\n'.repeat(4_000),
  '*[a*]( × 4 000': '*[a*]('.repeat(4_000),
}

function bare(text) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: text })
    const timer = setTimeout(() => {
      void worker.terminate()
      resolve(`> ${DEADLINE / 1000} s (stopped)`)
    }, DEADLINE)
    worker.once('message', (ms) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(`${Math.round(ms)} ms`)
    })
    worker.once('error', (e) => {
      clearTimeout(timer)
      resolve(`${e.name}`)
    })
  })
}

if (isMainThread) {
  const { parseDocument } = await import('../dist/index.js')
  const guarded = (text) => {
    const start = process.cpuUsage()
    let result = 'parsed'
    try {
      parseDocument(HEAD + text, { path: 'x.md' })
    } catch (e) {
      result = `${e.code}, line ${e.line}`
    }
    const used = process.cpuUsage(start)
    return `${Math.round((used.user + used.system) / 1000)} ms (${result})`
  }
  console.log('| input | bare remark-parse (before) | parseDocument (after) |\n|---|---|---|')
  for (const [name, text] of Object.entries(CASES)) console.log(`| ${name} | ${await bare(text)} | ${guarded(text)} |`)
}
