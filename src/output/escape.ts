/**
 * Kommune values are text, never markup. In Markdown every character that can open or close
 * syntax is backslash-escaped (CommonMark lets any ASCII punctuation be escaped, so escaping
 * more than a given context needs is harmless); HTML uses escapeHtml; CSS strings get hex
 * escapes. Values are single-line (the registry schema forbids control characters), so they
 * cannot start a new block on their own.
 */

/** Syntax anywhere in a line: emphasis, code, links and images, HTML and autolinks, entities, table pipes, heading closers. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~&!#:@]/g
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]/

/**
 * Escapes a value for Markdown text. `atLineStart`: the value begins a line (or follows only
 * container markers), where its first character could start a heading, list, quote, fence or
 * thematic break; a leading digit becomes a character reference, since "1." would start a list.
 */
export function escapeMarkdownText(value: string, atLineStart: boolean): string {
  // "www." and "x@y" would become links under GFM autolinks (not enabled here, but a reader's
  // renderer may have them): escaping the dot breaks the first, INLINE_SYNTAX the second.
  let out = value.replace(INLINE_SYNTAX, '\\$&').replace(/(www)\./gi, '$1\\.')
  if (atLineStart && out.length > 0 && !out.startsWith('\\')) {
    if (/^[0-9]/.test(out)) out = `&#${out.charCodeAt(0)};${out.slice(1)}`
    else if (ASCII_PUNCTUATION.test(out)) out = `\\${out}`
  }
  return out
}

/**
 * Escapes text of several lines that continues a list item (or any block) indented by
 * `indent`: every line escaped, the later ones as line starts, blank lines kept, so a text
 * holding `<b>` or «\n\n## …» stays text inside its item and never becomes markup or a heading.
 */
export function escapeMarkdownLines(text: string, indent: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line, i) => (i === 0 ? escapeMarkdownText(line, false) : line.trim() === '' ? '' : `${indent}${escapeMarkdownText(line.trimStart(), true)}`))
    .join('\n')
}

/** A CSS string literal: everything but letters, digits and spaces as a hex escape, so no value can end the string or the style element. */
export function cssString(value: string): string {
  return `"${value.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`
}
