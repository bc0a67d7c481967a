#!/usr/bin/env node
/**
 * The package as a user gets it: `npm pack`, check what the tarball holds, install it into a
 * fresh project, import it (ESM) and require it (CommonJS), run its bin on the bundled
 * agreements; then publint and @arethetypeswrong/cli. Run after `npm run build` (CI does).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts })
let failures = 0
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FEIL'} ${what}`)
  if (!ok) failures++
}

const work = mkdtempSync(path.join(tmpdir(), 'avtaleverk-pack-'))
try {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root }))
  const files = info.files.map((f) => f.path)
  const tarball = path.join(work, info.filename)
  console.log(`${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} KB packed`)
  check(files.includes('dist/index.js') && files.includes('dist/index.cjs') && files.includes('dist/cli.js'), 'tarball has the ESM, CJS and CLI builds')
  check(files.includes('dist/index.d.ts') && files.includes('dist/index.d.cts'), 'tarball has type declarations for both')
  check(files.includes('schemas/agreement.schema.json') && files.includes('agreements/00-samarbeidsavtale.md'), 'tarball has the schemas and the bundled agreements')
  check(files.includes('profiles/recommended.yaml') && files.includes('profiles/unn-2023.yaml') && files.includes('agreements/avtaleverk.config.yaml'), 'tarball has the profiles and the bundled config')
  check(!files.some((f) => /^(src|tests|bench|scripts|examples|\.ci)\//.test(f) || f.endsWith('.map')), 'tarball has no sources, tests or source maps')

  const project = path.join(work, 'project')
  run('mkdir', ['-p', project])
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'probe', private: true, type: 'commonjs' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project })
  const esm = run('node', ['--input-type=module', '-e', "import { parseDocument, HOTJL_6_2_POINTS } from 'avtaleverk'; console.log(typeof parseDocument, HOTJL_6_2_POINTS.length)"], { cwd: project })
  check(esm.trim() === 'function 13', `import (ESM) works: ${esm.trim()}`)
  const cjs = run('node', ['-e', "const { loadAgreementSet } = require('avtaleverk'); loadAgreementSet('node_modules/avtaleverk/agreements').then(s => console.log(s.documents.length))"], { cwd: project })
  check(cjs.trim() === '11', `require (CommonJS) works and loads the bundled set: ${cjs.trim()} documents`)
  let binOut = ''
  try {
    binOut = run(path.join(project, 'node_modules/.bin/avtaleverk'), ['coverage', 'node_modules/avtaleverk/agreements'], { cwd: project })
  } catch (e) {
    binOut = String(e.stdout ?? '') + String(e.stderr ?? '')
  }
  check(binOut.includes('14 av 14 krav dekket'), 'the avtaleverk bin runs from the installed package')
  let validateOut = ''
  try {
    validateOut = run(path.join(project, 'node_modules/.bin/avtaleverk'), ['validate', 'node_modules/avtaleverk/agreements'], { cwd: project })
  } catch (e) {
    validateOut = String(e.stdout ?? '') + String(e.stderr ?? '')
  }
  check(validateOut.includes('32 funn'), 'the installed bin finds the built-in profiles (the bundled config extends unn-2023)')

  for (const [name, args] of [
    ['publint', ['publint', '--strict']],
    ['@arethetypeswrong/cli', ['attw', '--pack', '.', '--profile', 'node16']],
  ]) {
    try {
      const out = run('npx', ['--no-install', ...args], { cwd: root })
      check(true, name)
      process.stdout.write(out.split('\n').slice(-12).join('\n'))
    } catch (e) {
      check(false, name)
      process.stdout.write(String(e.stdout ?? '') + String(e.stderr ?? ''))
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(failures === 0 ? 'Pakken er i orden.' : `${failures} pakkesjekk feilet.`)
process.exit(failures === 0 ? 0 : 1)
