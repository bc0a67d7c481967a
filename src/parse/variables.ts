/**
 * Template variables: `{{kommune.navn}}`, `{{avtale.dato | lang}}`. A variable that is the
 * whole content of a paragraph is a block variable: it stands for a per-kommune text block.
 */
import type { TemplateVariable } from '../model.js'
import { rangeAt, type PositionedText } from './text.js'
import { matchAllCounted, type WorkCounter } from './work.js'

/** Bounded quantifiers only: no backtracking blow-up on long hostile strings. */
export const VARIABLE_PATTERN = /\{\{[ \t]{0,3}([\p{L}_][\p{L}\p{N}_.-]{0,80})[ \t]{0,3}(?:\|[ \t]{0,3}([\p{L}\p{N}_-]{1,40})[ \t]{0,3})?\}\}/gu

export function extractVariables(pt: PositionedText, isWholeParagraph: boolean, options: { work?: WorkCounter } = {}): TemplateVariable[] {
  const found: TemplateVariable[] = []
  const trimmed = pt.text.trim()
  for (const m of matchAllCounted(pt.text, VARIABLE_PATTERN, options.work)) {
    const start = m.index
    found.push({
      name: m[1]!,
      format: m[2] ?? null,
      block: isWholeParagraph && trimmed === m[0],
      text: m[0],
      range: rangeAt(pt, start, start + m[0].length, options.work),
    })
  }
  return found
}
