/**
 * A cheap linear look at raw Markdown before micromark sees it, refusing the shapes that make
 * micromark itself slow (superlinear) or overflow its stack. Chosen over parsing in a worker
 * under a deadline because parseDocument is synchronous, runs without Node built-ins (browser,
 * worker) and must stay fast on a cold start; the price is that only known shapes are caught.
 *
 * The shapes and their costs were measured (see tests/hostile/parse-guards.test.ts):
 * - emphasis: micromark matches `*`/`_` delimiter runs within one paragraph pairwise, time ∝
 *   (runs in the paragraph)², and a long run nests as deep as it is long;
 * - brackets: each `[`/`]` of a paragraph is a label start/end looked up against the others,
 *   time ∝ (brackets in the paragraph)² and worse with `](`;
 * - setext headings: each `===`/`---` underline rebuilds the whole event list of the document
 *   so far, time ∝ underlines × lines;
 * - nesting: container markers stacked on a line, time quadratic in the depth, then a stack
 *   overflow.
 * Paragraph costs are summed over the document, so many medium paragraphs add up as one large
 * one would. The bundled agreements use under a thousandth of each budget.
 */

export interface ShapeProblem {
  /** 'for-dyp' for nesting, 'for-kompleks' for the rest. */
  code: 'for-dyp' | 'for-kompleks'
  line: number
  message: string
}

/*
 * Each budget lets the worst shape measured cost about as much CPU as parsing the whole bundled
 * set (113 KB) of plain text, so a refused file is never mistaken for a slow one.
 */
/** Σ (emphasis delimiter characters per paragraph)²; `*a` … `a*` repeated is the worst. */
export const EMPHASIS_BUDGET = 10_000_000
/** Σ (brackets per paragraph)²; `[a](` repeated is the worst. */
export const BRACKET_BUDGET = 100_000_000
/** setext underlines × lines of the document. */
export const SETEXT_BUDGET = 2_000_000

const CONTAINER_MARKER = /^(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||```|~~~)/

/** Containers ("> ", "- ", "1. ") stacked at the start of a line, plus deep indentation. */
function nesting(line: string, maxDepth: number): number {
  let rest = line.trimStart()
  const indent = line.length - rest.length
  let markers = 0
  while (markers <= maxDepth) {
    const m = CONTAINER_MARKER.exec(rest)
    if (!m || m[0].length === 0) break
    rest = rest.slice(m[0].length)
    markers++
  }
  return markers + Math.floor(indent / 4)
}

/** Emphasis delimiter characters (a long run nests as deep as it is long) and brackets on one line. */
function inlineMarkers(line: string): { runs: number; brackets: number } {
  let runs = 0
  let brackets = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '*' || c === '_') runs++
    else if (c === '[' || c === ']') brackets++
  }
  return { runs, brackets }
}

/** Index of the first line after a YAML front matter block (its `---` is no setext underline). */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trimEnd() === '---') return i + 1
  return 0
}

/**
 * The first known-pathological shape of `markdown`, with its line, or null. Paragraphs are
 * approximated as runs of non-blank lines, cut where a heading, list item, quote or table row
 * starts: an overestimate, so it errs towards counting more, never less.
 */
export function pathologicalShape(markdown: string, maxDepth: number): ShapeProblem | null {
  const lines = markdown.split('\n')
  let emphasis = 0
  let bracketCost = 0
  let setext = 0
  let firstSetext = 1
  let runs = 0
  let brackets = 0
  let paragraphLine = 1
  let previousBlank = true
  const closeParagraph = (): ShapeProblem | null => {
    emphasis += runs * runs
    bracketCost += brackets * brackets
    runs = 0
    brackets = 0
    if (emphasis > EMPHASIS_BUDGET) {
      return { code: 'for-kompleks', line: paragraphLine, message: 'Dokumentet har for mange uthevingstegn (* eller _) i samme avsnitt til å kunne leses på rimelig tid' }
    }
    if (bracketCost > BRACKET_BUDGET) {
      return { code: 'for-kompleks', line: paragraphLine, message: 'Dokumentet har for mange klammeparenteser ([ eller ]) i samme avsnitt til å kunne leses på rimelig tid' }
    }
    return null
  }
  for (let i = frontMatterEnd(lines); i < lines.length; i++) {
    const line = lines[i]!
    const lineNo = i + 1
    if (nesting(line, maxDepth) > maxDepth) {
      return { code: 'for-dyp', line: lineNo, message: `Dokumentet er nestet for dypt (lister eller sitater i mer enn ${maxDepth} nivåer)` }
    }
    const blank = line.trim() === ''
    if (!previousBlank && SETEXT_UNDERLINE.test(line) && setext++ === 0) firstSetext = lineNo
    if (blank || BLOCK_START.test(line)) {
      const problem = closeParagraph()
      if (problem) return problem
      paragraphLine = blank ? lineNo + 1 : lineNo
    }
    if (!blank) {
      const m = inlineMarkers(line)
      runs += m.runs
      brackets += m.brackets
    }
    previousBlank = blank
  }
  const problem = closeParagraph()
  if (problem) return problem
  if (setext * lines.length > SETEXT_BUDGET) {
    return { code: 'for-kompleks', line: firstSetext, message: `Dokumentet har for mange overskrifter understreket med «===» eller «---» (${setext}) til å kunne leses på rimelig tid; bruk «#» foran overskriftene` }
  }
  return null
}
