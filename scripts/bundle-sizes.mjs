#!/usr/bin/env node
/**
 * Sizes of avtaleverk/core's browser bundles (esbuild: platform browser, ESM, minified), raw and
 * gzip, with the largest parts: `node scripts/bundle-sizes.mjs`. The budget is checked by
 * tests/architecture/browser-bundle.test.ts.
 */
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const entries = {
  'parse-validate': 'tests/browser/entries/parse-validate.ts',
  generate: 'tests/browser/entries/generate.ts',
  'core (everything)': 'src/core.ts',
}
for (const [name, entry] of Object.entries(entries)) {
  const result = await build({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'browser', format: 'esm', minify: true, metafile: true, write: false, logLevel: 'silent', target: 'es2022' })
  const out = result.outputFiles[0].contents
  const by = new Map()
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/')
    by.set(key, (by.get(key) ?? 0) + bytesInOutput)
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')
  console.log(`${name.padEnd(18)} ${(out.length / 1000).toFixed(1).padStart(7)} kB min  ${(gzipSync(out).length / 1000).toFixed(1).padStart(6)} kB gzip   largest (kB min): ${top}`)
}
