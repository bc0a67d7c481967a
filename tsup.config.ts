import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/**
 * The unified/remark family is ESM-only. The ESM build imports it as a dependency; the
 * CommonJS build bundles it so that require('avtaleverk') works on every Node 20, including
 * the releases before require(esm).
 */
const ESM_ONLY = /^(unified|remark-|mdast-|micromark|unist-|vfile|bail|trough|is-plain-obj|devlop|decode-named-character-reference|character-entities|zwitch|longest-streak|markdown-table|ccount|escape-string-regexp)/

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
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
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
])
