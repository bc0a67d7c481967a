#!/usr/bin/env node
/**
 * How much of the public API carries TSDoc, read from the built declarations as a user's editor
 * sees them (dist/index.d.ts): every export should have a summary, and every function an
 * `@example` and a `@throws`. Prints the counts and the exports that lack something; with
 * `--strict` it exits 1 when any does (not yet in CI: see README, «What is left»).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const file = path.resolve(root, process.argv.slice(2).find((a) => a.endsWith('.d.ts')) ?? 'dist/index.d.ts')
// The exports as a program sees them: through the entry's re-exports into the chunks that declare them.
const program = ts.createProgram([file], { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true })
const checker = program.getTypeChecker()
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file))).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  return { name: symbol.name, node: target.declarations?.[0] }
})

const tagsOf = (node) => ts.getJSDocCommentsAndTags(node).flatMap((d) => (ts.isJSDoc(d) ? [d] : []))
const isFunction = (node) => ts.isFunctionDeclaration(node) || (ts.isVariableDeclaration(node) && /^typeof |=>/.test(node.type?.getText() ?? ''))

const missing = []
let functions = 0
for (const { name, node } of exported) {
  if (!node) {
    missing.push(`${name}: no declaration found`)
    continue
  }
  const docs = tagsOf(node)
  const summary = docs.some((d) => (typeof d.comment === 'string' ? d.comment : d.comment?.map((c) => c.text).join('') ?? '').trim() !== '')
  const tags = new Set(docs.flatMap((d) => (d.tags ?? []).map((t) => t.tagName.text)))
  const lacks = []
  if (!summary) lacks.push('summary')
  if (isFunction(node)) {
    functions++
    if (!tags.has('example')) lacks.push('@example')
    if (!tags.has('throws')) lacks.push('@throws')
  }
  if (lacks.length) missing.push(`${name}: ${lacks.join(', ')}`)
}
console.log(`${exported.length} exports (${functions} functions); ${exported.length - missing.length} fully documented, ${missing.length} lack something`)
if (process.argv.includes('--list')) for (const m of missing) console.log(`  ${m}`)
if (process.argv.includes('--strict') && missing.length) process.exit(1)
