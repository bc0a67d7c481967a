/**
 * Stack and quadratic blow-ups outside the extractors: formatters with more findings than
 * fit as call arguments (~125 000), grouping and de-duplication in one pass, and one failing
 * file or target that does not take the findings of the others with it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { append, maxOf, uniqueBy } from '../../src/arrays.js'
import { runCli } from '../../src/cli/program.js'
import { parseInnspill } from '../../src/horing/innspill.js'
import { readAgreementSet } from '../../src/parse/load.js'
import { formatGithub } from '../../src/render/diagnostics/github.js'
import { formatJson } from '../../src/render/diagnostics/json.js'
import { formatSarif } from '../../src/render/diagnostics/sarif.js'
import { formatStylish } from '../../src/render/diagnostics/stylish.js'
import type { Diagnostic } from '../../src/validate/types.js'
import { captureIo, frontMatter, ROOT } from '../helpers.js'

const MANY = 130_000

function findings(n: number, files = 1): Diagnostic[] {
  return Array.from({ length: n }, (_, i) => ({ ruleId: 'placeholder', severity: 'warning', message: 'Plassholder', file: `f${i % files}.md`, line: i + 1, column: 1 }))
}

describe('more findings than fit as call arguments', () => {
  const many = findings(MANY)
  it.each([
    ['stylish', () => formatStylish(many), MANY + 5],
    ['github', () => formatGithub(many), MANY + 1],
  ] as const)('%s prints every one', (_name, format, lines) => {
    expect(format().split('\n')).toHaveLength(lines)
  })
  it('json and sarif hold every one', () => {
    expect(JSON.parse(formatJson(many)).diagnostics).toHaveLength(MANY)
    expect(JSON.parse(formatSarif(many)).runs[0].results).toHaveLength(MANY)
  })

  it('stylish groups 300 000 findings of one file in one pass (copying the group per finding took minutes)', () => {
    const out = formatStylish(findings(300_000))
    expect(out.endsWith('✖ 300000 funn (0 feil, 300000 advarsler, 0 info)\n')).toBe(true)
  })

  it('no call in src/ spreads an array into arguments (push(...x), Math.max(...x))', () => {
    // The extractors are being rewritten for linear time under issue #10 by their owner.
    const elsewhere = new Set(['src/validate/placeholders.ts', 'src/parse/citations.ts', 'src/parse/references.ts'])
    const offenders = listTs(path.join(ROOT, 'src'))
      .filter((f) => !elsewhere.has(path.relative(ROOT, f)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (!/^\s*(\*|\/\/)/.test(line) && spreadsIntoCall(line) ? [`${path.relative(ROOT, f)}:${i + 1}`] : [])),
      )
    expect(offenders).toEqual([])
  })
})

/** Whether a `...` on the line is an argument of push/unshift/splice/Math.max/Math.min (not inside [] or {}). */
function spreadsIntoCall(line: string): boolean {
  for (let at = line.indexOf('...'); at >= 0; at = line.indexOf('...', at + 3)) {
    let depth = 0
    for (let j = at - 1; j >= 0; j--) {
      const c = line[j]!
      if (')]}'.includes(c)) depth++
      else if ('([{'.includes(c)) {
        if (depth > 0) {
          depth--
          continue
        }
        if (c === '(' && /(?:\.(?:push|unshift|splice)|Math\.(?:max|min))$/.test(line.slice(0, j))) return true
        break
      }
    }
  }
  return false
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? listTs(p) : p.endsWith('.ts') ? [p] : []
  })
}

describe('linear helpers (work counted, not timed)', () => {
  it('uniqueBy looks at each item once: doubling the input doubles the work', () => {
    const work = (n: number) => {
      let calls = 0
      const items = Array.from({ length: n }, (_, i) => `e${i % (n / 2)}`)
      const out = uniqueBy(items, (x) => (calls++, x))
      expect(out).toHaveLength(n / 2)
      return calls
    }
    expect(work(40_000) / work(20_000)).toBeLessThanOrEqual(2.2)
  })

  it('append and maxOf take 500 000 items', () => {
    const big = Array.from({ length: 500_000 }, (_, i) => i)
    expect(append([-1], big)).toHaveLength(500_001)
    expect(maxOf(big)).toBe(499_999)
    expect(maxOf([], 3)).toBe(3)
  })

  it('innspill errors are de-duplicated, each kept once at its line', () => {
    const text = 'respondent:\n  kommune: Tromsø\nmottatt: 2024-01-01\ninnspill:\n' + '  - dokument: x\n    tekst: t\n    vurdering: feil\n'.repeat(3)
    try {
      parseInnspill(text, 'i.yaml')
      expect.unreachable()
    } catch (e) {
      const all = [e, ...(e as { details: unknown[] }).details] as Array<{ line: number; message: string }>
      expect(all.map((x) => x.line)).toEqual([7, 10, 13])
      expect(new Set(all.map((x) => `${x.line}:${x.message}`)).size).toBe(all.length)
    }
  })
})

describe('one failure does not wipe the other findings', () => {
  it('an unreadable target: the other target\'s findings are printed, then the error, exit 2', async () => {
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', 'finnes-ikke', '--format', 'json'], io)).toBe(2)
    expect(JSON.parse(io.out).diagnostics).toHaveLength(64)
    expect(io.err).toBe('finnes-ikke: Finner ikke filen eller mappen\n')
  })

  it('an unexpected failure in one file is that file\'s error; the others are read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-one-'))
    await writeFile(path.join(dir, 'a.md'), frontMatter() + '# T\n')
    await writeFile(path.join(dir, 'b.md'), frontMatter({ id: 'retningslinje-2', number: 2 }) + '# T\n')
    let reads = 0
    // From the second file on, reading the options blows up with a TypeError, as a bug would.
    const options = {
      get maxBytes() {
        // Read twice per file (loadDocument, then its spread into parseDocument's options).
        if (++reads > 2) throw new TypeError('boom')
        return undefined
      },
    }
    const { set, errors } = await readAgreementSet(dir, options)
    expect(set.documents).toHaveLength(1)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'lesefeil', file: path.join(dir, 'b.md'), message: expect.stringMatching(/^Uventet feil ved lesing av filen \(TypeError\)/) })
  })
})
