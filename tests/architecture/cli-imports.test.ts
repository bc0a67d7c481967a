/**
 * The CLI's only door to the library is the public Node entry (src/node.ts, `avtaleverk/node`,
 * which `avtaleverk` is in Node): everything the CLI does, a program importing it can do. Reads the imports of every file under src/cli
 * (static, re-exports, dynamic import()) with the TypeScript compiler's own scanner.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

const SRC = path.join(ROOT, 'src')
const CLI = path.join(SRC, 'cli')
const ENTRY = path.join(SRC, 'node.ts')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.[cm]?tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))
}

function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName)
}

/** The imports of `file` that reach into src/ other than through src/node.ts or src/cli/. */
function forbidden(file: string, source: string): string[] {
  return importsOf(source).filter((spec) => {
    if (!spec.startsWith('.')) return false // a package or node: builtin
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts')
    if (target === ENTRY || target === ENTRY.replace(/\.ts$/, '')) return false
    if (target.startsWith(CLI + path.sep)) return false
    return true
  })
}

describe('the CLI imports only the public API', () => {
  const files = filesUnder(CLI)

  it('finds the CLI files and their imports', () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
    expect(importsOf(readFileSync(path.join(CLI, 'program.ts'), 'utf8'))).toContain('./commands/diff.js')
  })

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s imports nothing from src/ but src/node.ts and src/cli/', (_name, file) => {
    expect(forbidden(file, readFileSync(file, 'utf8'))).toEqual([])
  })

  it('would catch a deep import, a re-export and a dynamic import', () => {
    const file = path.join(CLI, 'commands', 'x.ts')
    const source = "import { a } from '../../diff/changeset.js'\nexport { b } from '../../errors.js'\nconst c = await import('../../render/diff-docx.js')\nimport { d } from '../../node.js'\nimport { e } from '../io.js'\nimport { f } from '../../index.js'\nimport { g } from '../../core.js'\nimport { Command } from 'commander'\n"
    expect(forbidden(file, source)).toEqual(['../../diff/changeset.js', '../../errors.js', '../../render/diff-docx.js', '../../index.js', '../../core.js'])
  })
})
