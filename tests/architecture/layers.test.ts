/**
 * Layers import only downward: the order is the `layers` block of docs/architecture.md (top
 * first); every import in src/ (static, re-export, dynamic import(), read with the TypeScript
 * compiler's scanner) must land in the importing file's layer or one below it. Only schema/
 * imports from outside src/ (the JSON schemas).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

const SRC = path.join(ROOT, 'src')

/** Unit (folder/ or top-level file) → rank, 0 the bottom layer. */
export function layersOf(markdown: string): Map<string, number> {
  const block = /```layers\n([\s\S]*?)```/.exec(markdown)?.[1]
  if (!block) throw new Error('docs/architecture.md has no ```layers block')
  const lines = block.trim().split('\n').reverse()
  const ranks = new Map<string, number>()
  lines.forEach((line, rank) => {
    for (const unit of line.trim().split(/\s+/)) ranks.set(unit, rank)
  })
  return ranks
}

/** The unit a file of src/ belongs to: its top folder with `/`, or its own name at the top. */
function unitOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep)
  return rel.length > 1 ? `${rel[0]}/` : rel[0]!
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []))
}

/** Every upward import: `from → to` with both units. */
export function upwardImports(files: Array<[string, string]>, ranks: Map<string, number>): string[] {
  const out: string[] = []
  for (const [file, source] of files) {
    const from = unitOf(file)
    for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
      if (!spec.startsWith('.')) continue
      const target = path.resolve(path.dirname(file), spec)
      if (!target.startsWith(SRC + path.sep)) {
        // Only schema/ reaches out of src/, for the schemas' own JSON.
        if (from !== 'schema/') out.push(`${path.relative(ROOT, file)} → ${spec} (outside src/)`)
        continue
      }
      const to = unitOf(target.replace(/\.js$/, '.ts'))
      if (from === to) continue
      const a = ranks.get(from)
      const b = ranks.get(to)
      if (a === undefined || b === undefined) out.push(`${path.relative(ROOT, file)}: «${a === undefined ? from : to}» is in no layer of docs/architecture.md`)
      else if (b > a) out.push(`${path.relative(ROOT, file)} (${from}) → ${spec} (${to}, a higher layer)`)
    }
  }
  return out
}

describe('layers import only downward (docs/architecture.md)', () => {
  const ranks = layersOf(readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8'))
  const files = filesUnder(SRC).map((f) => [f, readFileSync(f, 'utf8')] as [string, string])

  it('reads the layers and the files', () => {
    expect(ranks.get('cli/')).toBeGreaterThan(ranks.get('parse/')!)
    expect(ranks.get('errors.ts')).toBe(0)
    expect(files.length).toBeGreaterThan(100)
  })

  it('every folder and top-level file of src/ is in a layer', () => {
    const units = [...new Set(files.map(([f]) => unitOf(f)))]
    expect(units.filter((u) => !ranks.has(u))).toEqual([])
  })

  it('no import goes from a lower layer to a higher one, or out of src/', () => {
    expect(upwardImports(files, ranks)).toEqual([])
  })

  it('would catch an upward import, a dynamic one and one out of src/', () => {
    const file = path.join(SRC, 'parse', 'x.ts')
    const source = "import { a } from '../generate/generate.js'\nconst b = await import('../render/html.js')\nimport { c } from '../errors.js'\nimport d from '../../schemas/x.json'\n"
    expect(upwardImports([[file, source]], ranks)).toEqual([
      'src/parse/x.ts (parse/) → ../generate/generate.js (generate/, a higher layer)',
      'src/parse/x.ts (parse/) → ../render/html.js (render/, a higher layer)',
      'src/parse/x.ts → ../../schemas/x.json (outside src/)',
    ])
  })
})
