/**
 * The web app's build: plain files in dist/web/ (relative addresses, so any folder on an
 * intranet server serves them), the library's platform-neutral core as `@core`, and the first
 * screen split from what later views load (the editor, the Word renderer).
 */
import path from 'node:path'
import { defineConfig } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
// The library's platform-neutral entry: no Node built-ins, nothing evaluated at run time.
const core = path.join(root, 'src/core.ts')

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@core': core } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts: the page runs under script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
})
