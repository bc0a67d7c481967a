/**
 * The public entry wraps most functions with an argument check (`export const validate =
 * checked('validate', …, validateUnchecked)`), and the declaration build then writes `declare
 * const validate: typeof validate$1;` — without the TSDoc of the function behind it, so editors
 * and the API report would show an undocumented constant. This step copies each wrapped
 * function's TSDoc onto its constant in dist/*.d.ts and dist/*.d.cts: the documentation stays
 * written once, on the function.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const DOC_BEFORE_FUNCTION = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*(?:export\s+)?declare function ([\w$]+)\s*[<(]/g
const WRAPPED_CONST = /^declare const ([\w$]+): typeof ([\w$]+);$/gm

/** Copies the docs in one declaration file; returns how many constants got them. */
export function copyDocs(text) {
  const docs = new Map()
  for (const m of text.matchAll(DOC_BEFORE_FUNCTION)) if (!docs.has(m[2])) docs.set(m[2], m[1])
  let count = 0
  const out = text.replace(WRAPPED_CONST, (line, _name, target) => {
    const doc = docs.get(target)
    if (!doc) return line
    count++
    return `${doc}\n${line}`
  })
  return { text: out, count }
}

/** Every .d.ts and .d.cts in `dir`. */
export function copyDocsInDist(dir) {
  let total = 0
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.d.ts') || n.endsWith('.d.cts'))) {
    const file = path.join(dir, name)
    const { text, count } = copyDocs(readFileSync(file, 'utf8'))
    writeFileSync(file, text)
    total += count
  }
  return total
}
