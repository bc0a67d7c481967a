import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/**
 * The unified/remark family is ESM-only. The ESM build imports it as a dependency; the
 * CommonJS build bundles it so that require('avtaleverk') works on every Node 20, including
 * the releases before require(esm).
 */
const ESM_ONLY = /^(unified|remark-|mdast-|micromark|unist-|vfile|bail|trough|is-plain-obj|devlop|decode-named-character-reference|character-entities|zwitch|longest-streak|markdown-table|ccount|escape-string-regexp|hast-|html-void-elements|property-information|space-separated-tokens|comma-separated-tokens|stringify-entities|trim-lines|nanoid)/

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    noExternal: [ESM_ONLY],
  },
  {
    // The CLI is one bundled file: loading hundreds of small ESM modules was most of its
    // cold start (≈0.35 s of 0.8 s for `validate agreements/`).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    // pdf.js stays a real dependency: it loads its worker file from its own folder at run time.
    noExternal: [/^(?!pdfjs-dist(?:\/|$))/],
    platform: 'node',
    // Commands are imported on demand; each gets its own chunk, loaded only when it runs.
    splitting: true,
    // Bundled CommonJS dependencies (commander, yaml, ajv) call require(): give them one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __avtaleverkRequire } from 'node:module'\nconst require = __avtaleverkRequire(import.meta.url)" },
    define: { __VERSION__: JSON.stringify(version) },
  },
])
