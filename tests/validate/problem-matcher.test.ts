/**
 * Stylish output read by a standard problem matcher: the eslint-stylish matcher of GitHub's
 * documentation (the one actions/setup-node registers, and VS Code's $eslint-stylish), applied
 * line by line as the runner does — a file line, then a loop of problem lines — to the real
 * findings of the bundled set. Every diagnostic must come back whole: file, line, column,
 * severity, message, rule id.
 */
import { describe, expect, it } from 'vitest'
import { formatDiagnostics, validate } from '../../src/index.js'
import { corpusProfile, loadCorpus } from '../helpers.js'

// From GitHub's «Problem matchers» documentation (actions/toolkit docs/problem-matchers.md).
const ESLINT_STYLISH = [
  { regexp: '^([^\\s].*)$', file: 1 },
  { regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*)\\s\\s+(.*)$', line: 1, column: 2, severity: 3, message: 4, code: 5, loop: true },
] as const

interface Match {
  file: string
  line: number
  column: number
  severity: string
  message: string
  code: string
}

/** The runner's multi-line matching: the first pattern, then the looping one on the lines that follow. */
function runMatcher(output: string): Match[] {
  const [head, loop] = [new RegExp(ESLINT_STYLISH[0].regexp), new RegExp(ESLINT_STYLISH[1].regexp)]
  const lines = output.split('\n')
  const out: Match[] = []
  for (let i = 0; i < lines.length; i++) {
    const h = head.exec(lines[i]!)
    if (!h || !loop.test(lines[i + 1] ?? '')) continue
    let j = i + 1
    for (let m = loop.exec(lines[j] ?? ''); m; m = loop.exec(lines[++j] ?? '')) {
      out.push({ file: h[1]!, line: Number(m[1]), column: Number(m[2]), severity: m[3]!, message: m[4]!.trimEnd(), code: m[5]! })
    }
    i = j - 1
  }
  return out
}

describe('stylish and the eslint-stylish problem matcher', () => {
  it('gives back every finding of the bundled set, whole', async () => {
    const diagnostics = validate(await loadCorpus(), { profile: await corpusProfile() })
    expect(diagnostics.length).toBeGreaterThan(20)
    const matched = runMatcher(formatDiagnostics(diagnostics, 'stylish'))
    expect(matched).toEqual(diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, message: d.message, code: d.ruleId })))
  })

  it('with colours (only on a terminal) the matcher sees nothing: CI output has none', async () => {
    const diagnostics = validate(await loadCorpus(), { profile: await corpusProfile() })
    expect(runMatcher(formatDiagnostics(diagnostics, 'stylish', { color: true }))).toEqual([])
  })
})
