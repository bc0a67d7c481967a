/**
 * Browser bundles of avtaleverk/core built from src/ with esbuild (which tsup and vite bring),
 * as an app's bundler would make them: platform browser, ESM, minified. A Node built-in
 * anywhere in the import graph fails the build (esbuild cannot resolve `node:*` for the browser).
 */
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import path from 'node:path'
import { ROOT } from '../helpers.js'

export const ENTRIES = {
  'parse-validate': path.join(ROOT, 'tests/browser/entries/parse-validate.ts'),
  generate: path.join(ROOT, 'tests/browser/entries/generate.ts'),
  core: path.join(ROOT, 'src/core.ts'),
} as const

export interface Bundle {
  code: string
  bytes: number
  gzip: number
  metafile: Metafile
}

export async function browserBundle(entry: string, options: { minify?: boolean; splitting?: boolean } = {}): Promise<Bundle> {
  const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', minify: options.minify ?? true, metafile: true, write: false, logLevel: 'silent', target: 'es2022' })
  const file = result.outputFiles[0]!
  return { code: file.text, bytes: file.contents.length, gzip: gzipSync(file.contents).length, metafile: result.metafile }
}

/** Output bytes per package (node_modules) or per src/ folder. */
export function bytesBySource(metafile: Metafile): Array<[string, number]> {
  const by = new Map<string, number>()
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]
      const key = pkg ?? input.split('/').slice(0, 2).join('/')
      by.set(key, (by.get(key) ?? 0) + bytesInOutput)
    }
  }
  return [...by].sort((a, b) => b[1] - a[1])
}
