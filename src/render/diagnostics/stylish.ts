/**
 * ESLint's "stylish": diagnostics grouped by file, aligned, with a Norwegian summary line. The
 * severity is written with ESLint's words (error, warning, info), which problem matchers (GitHub
 * Actions' eslint-stylish, VS Code's $eslint-stylish) and editors' error formats read; the
 * messages stay Norwegian.
 */
import type { Diagnostic } from '../../validate/types.js'
import { summarise } from '../../validate/index.js'
import { maxOf } from '../../arrays.js'
import { terminalText } from '../../output/terminal.js'

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const
const COLOR = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' } as const
const DIM = '\u001b[2m'
const RESET = '\u001b[0m'

export function formatStylish(diagnostics: Diagnostic[], options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text)
  if (diagnostics.length === 0) return 'Ingen funn.\n'
  // Grouped in one pass: copying a file's list for each finding made this quadratic.
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  const lines: string[] = []
  for (const [file, list] of byFile) {
    const shown = terminalText(file)
    lines.push('', options.color ? `\u001b[4m${shown}${RESET}` : shown)
    const placeWidth = maxOf(list.map((d) => `${d.line}:${d.column}`.length))
    const labelWidth = maxOf(list.map((d) => LABEL[d.severity].length))
    for (const d of list) {
      const place = `${d.line}:${d.column}`.padEnd(placeWidth)
      lines.push(`  ${paint(DIM, place)}  ${paint(COLOR[d.severity], LABEL[d.severity].padEnd(labelWidth))}  ${terminalText(d.message)}  ${paint(DIM, terminalText(d.ruleId))}`)
    }
  }
  const s = summarise(diagnostics)
  const total = diagnostics.length
  const summary = `${total} funn (${s.errors} feil, ${s.warnings} ${s.warnings === 1 ? 'advarsel' : 'advarsler'}, ${s.infos} info)`
  lines.push('', paint(s.errors > 0 ? COLOR.error : COLOR.warning, `✖ ${summary}`), '')
  return lines.join('\n')
}
