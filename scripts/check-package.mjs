#!/usr/bin/env node
/**
 * The package as a user gets it: `npm pack`, check what the tarball holds, install it into a
 * fresh project, import it (ESM) and require it (CommonJS), run its bin on the bundled
 * agreements; resolve its subpath exports; compile and run the strict TypeScript consumer of
 * tests/consumer (ESM and CommonJS, every verb in memory, a rule of its own, reading only inside
 * the project and writing nowhere); then publint and @arethetypeswrong/cli. Run after
 * `npm run build` (CI does).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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
  check(validateOut.includes('64 funn'), 'the installed bin finds the built-in profiles (the bundled config extends unn-2023)')

  // Subpath exports: the schemas, the bundled agreements and the profiles, by import and by require.
  const subpaths = run(
    'node',
    [
      '--input-type=module',
      '-e',
      [
        "import { createRequire } from 'node:module'",
        'const require = createRequire(import.meta.url + "/")',
        "const schema = (await import('avtaleverk/schemas/changeset.schema.json', { with: { type: 'json' } })).default",
        "const agreementSchema = require('avtaleverk/schemas/agreement.schema.json')",
        "const files = ['avtaleverk/agreements/00-samarbeidsavtale.md', 'avtaleverk/agreements/kommuner.yaml', 'avtaleverk/profiles/unn-2023.yaml'].map((s) => [import.meta.resolve(s), require.resolve(s)])",
        'console.log(JSON.stringify({ changeset: schema.properties.version.const, agreement: typeof agreementSchema.properties, files: files.map(([a, b]) => a.startsWith("file:") && b.endsWith(a.split("/").pop())) }))',
      ].join('\n'),
    ],
    { cwd: project },
  )
  check(subpaths.trim() === JSON.stringify({ changeset: 2, agreement: 'object', files: [true, true, true] }), `exports ./schemas/*, ./agreements/*, ./profiles/* resolve by import and require: ${subpaths.trim()}`)

  // The consumer in strict TypeScript (tests/consumer), compiled as ESM and as CommonJS against
  // the installed tarball's .d.ts and .d.cts, then run reading only inside the project and
  // writing nowhere. Its inputs are the real texts, written beside it as a module of strings.
  const texts = (dir, keep = (n) => n.endsWith('.md') && n !== 'README.md') =>
    readdirSync(path.join(root, dir)).filter(keep).sort().map((n) => ({ path: `${dir}/${n}`, file: `${dir}/${n}`, text: readFileSync(path.join(root, dir, n), 'utf8') }))
  const fixtures = [
    ['AGREEMENTS', texts('agreements')],
    ['REVISION', texts('examples/revisjon-2024')],
    ['INNSPILL', texts('examples/horing-2024/innspill', (n) => n.endsWith('.yaml'))],
    ['REGISTRY', readFileSync(path.join(root, 'agreements/kommuner.yaml'), 'utf8')],
    ['VERSJONER', readFileSync(path.join(root, 'examples/status/versjoner.yaml'), 'utf8')],
    ['SIGNATURER', readFileSync(path.join(root, 'examples/status/signaturer.yaml'), 'utf8')],
  ]
  const fixturesTs = fixtures.map(([name, value]) => `export const ${name}${typeof value === 'string' ? ': string' : ': ReadonlyArray<{ path: string; file: string; text: string }>'} = ${JSON.stringify(value)}\n`).join('')
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `typescript@${JSON.parse(readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')).version}`], { cwd: project })
  for (const kind of ['module', 'commonjs']) {
    const dir = path.join(project, `consumer-${kind}`)
    mkdirSync(dir, { recursive: true })
    for (const f of ['every-verb.ts', 'tsconfig.json']) copyFileSync(path.join(root, 'tests/consumer', f), path.join(dir, f))
    writeFileSync(path.join(dir, 'fixtures.ts'), fixturesTs)
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${kind}`, private: true, type: kind }))
    let out = ''
    let ok = false
    try {
      run('node', [path.join(project, 'node_modules/typescript/bin/tsc'), '-p', dir])
      out = run('node', ['--experimental-permission', `--allow-fs-read=${project}/*`, '--no-warnings', path.join(dir, 'out/every-verb.js')], { cwd: dir }).trim()
      ok = out.endsWith('every verb in memory')
    } catch (e) {
      out = String(e.stdout ?? '') + String(e.stderr ?? '')
    }
    check(ok, `strict TypeScript consumer (${kind === 'module' ? 'ESM' : 'CommonJS'}), every verb, a rule of its own, no file system outside the project: ${out.split('\n').slice(0, 12).join('\n')}`)
  }

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
