#!/usr/bin/env node
/**
 * Builds dist/ with tsup, and the web app (web/ → dist/web/) with Vite, quietly, and only when
 * what goes into them changed: a sha256 over src/, web/, the bundled agreements and profiles,
 * the build configuration and the lock file is kept in node_modules/.cache/. One line
 * when all is well; tsup's whole output when it fails. `--force` builds regardless
 * (`npm run build`).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyDocsInDist } from './dts-docs.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = path.join(root, 'node_modules', '.cache', 'avtaleverk-build.json')
const INPUTS = ['src', 'web', 'agreements', 'profiles', 'scripts/dts-docs.mjs', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json']
const OUTPUTS = ['index', 'core', 'node'].flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`, `dist/${e}.d.ts`, `dist/${e}.d.cts`]).concat('dist/cli.js', 'dist/web/index.html')

function files(rel) {
  const abs = path.join(root, rel)
  if (!existsSync(abs)) return []
  if (!statSync(abs).isDirectory()) return [rel]
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort()
}

const hash = createHash('sha256')
for (const rel of INPUTS.flatMap(files)) hash.update(`${rel.split(path.sep).join('/')}\0`).update(readFileSync(path.join(root, rel))).update('\0')
const digest = hash.digest('hex')

const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : {}
const force = process.argv.includes('--force')
if (!force && stamp.sha256 === digest && OUTPUTS.every((f) => existsSync(path.join(root, f)))) {
  console.log('build: dist/ is up to date with src/')
  process.exit(0)
}

const started = performance.now()
rmSync(path.join(root, 'dist'), { recursive: true, force: true })
const tsupPackage = createRequire(import.meta.url).resolve('tsup/package.json')
const tsupBin = path.join(path.dirname(tsupPackage), JSON.parse(readFileSync(tsupPackage, 'utf8')).bin.tsup)
const tsup = spawnSync(process.execPath, [tsupBin], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
if (tsup.status !== 0 || !OUTPUTS.filter((f) => !f.startsWith('dist/web/')).every((f) => existsSync(path.join(root, f)))) {
  process.stdout.write(tsup.stdout ?? '')
  process.stderr.write(tsup.stderr ?? '')
  console.error(`build: tsup failed (exit ${tsup.status ?? tsup.signal}); dist/ is incomplete`)
  rmSync(STAMP, { force: true })
  process.exit(tsup.status || 1)
}
// The wrapped functions' TSDoc onto the constants the entries export (scripts/dts-docs.mjs).
copyDocsInDist(path.join(root, 'dist'))
// The web app: plain files in dist/web/ that `avtaleverk web` serves (web/vite.config.ts).
const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js')
const vite = spawnSync(process.execPath, [viteBin, 'build', '--config', path.join(root, 'web', 'vite.config.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
if (vite.status !== 0 || !existsSync(path.join(root, 'dist/web/index.html'))) {
  process.stdout.write(vite.stdout ?? '')
  process.stderr.write(vite.stderr ?? '')
  console.error(`build: vite failed (exit ${vite.status ?? vite.signal}); dist/web/ is incomplete`)
  rmSync(STAMP, { force: true })
  process.exit(vite.status || 1)
}
mkdirSync(path.dirname(STAMP), { recursive: true })
writeFileSync(STAMP, `${JSON.stringify({ sha256: digest })}\n`)
console.log(`build: dist/ built from src/ and web/ in ${((performance.now() - started) / 1000).toFixed(1)} s`)
