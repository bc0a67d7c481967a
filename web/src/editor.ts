/**
 * The text editor: CodeMirror 6 with its lint extension for the library's findings (underlined,
 * in the gutter, on hover) and Markdown highlighting. The check runs the library on the edited
 * text a moment after typing stops.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { markdownLanguage } from '@codemirror/lang-markdown'
import { HighlightStyle, LanguageSupport, syntaxHighlighting } from '@codemirror/language'
import { tags } from '@lezer/highlight'
import { type Diagnostic as CmDiagnostic, lintGutter, linter, lintKeymap } from '@codemirror/lint'
import { EditorSelection, EditorState } from '@codemirror/state'
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view'
import type { Diagnostic } from './engine.js'

/** Headings bold and dark blue, emphasis as emphasis, links and marks muted: calm, high-contrast text. */
const MARKDOWN_STYLE = HighlightStyle.define([
  { tag: tags.heading, fontWeight: 'bold', color: '#0b3d6b' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: 'bold' },
  { tag: [tags.link, tags.url], color: '#1f4e79' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: '#555' },
])

export interface TextEditor {
  goToLine: (line: number, column?: number) => void
  destroy: () => void
}

export interface EditorOptions {
  text: string
  /** For screen readers: what the text is. */
  label: string
  /** The library's findings for this file after the text changed. */
  check: (text: string) => Diagnostic[]
  /** Milliseconds after the last keystroke. */
  delay?: number
}

/** A finding's place in CodeMirror's offsets: its line and column, to its end or the line's end. */
function toCm(state: EditorState, d: Diagnostic): CmDiagnostic {
  const lines = state.doc.lines
  const line = state.doc.line(Math.min(Math.max(d.line, 1), lines))
  const from = Math.min(line.from + Math.max(d.column - 1, 0), line.to)
  let to = line.to
  if (d.endLine !== undefined && d.endLine <= lines) {
    const end = state.doc.line(Math.max(d.endLine, line.number))
    to = Math.min(end.from + Math.max((d.endColumn ?? end.length + 1) - 1, 0), end.to)
  }
  return { from, to: Math.max(to, from), severity: d.severity, message: d.message, source: d.ruleId }
}

/** The editor's own look, inside its shadow root (the page's style.css does not reach in). */
const LOOK = EditorView.theme({
  '&': { height: '100%', fontSize: '14px' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, monospace" },
  '.cm-gutters': { backgroundColor: '#f5f5f3', color: '#555' },
})

export function createEditor(host: HTMLElement, options: EditorOptions): TextEditor {
  // In a shadow root CodeMirror's styles go in as constructed style sheets, which the page's
  // policy (style-src 'self') allows; in the document they would be a <style> element, which it blocks.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  root.replaceChildren()
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        LOOK,
        // The language alone: markdown() would bring the HTML, CSS and JavaScript modes for embedded code.
        new LanguageSupport(markdownLanguage),
        syntaxHighlighting(MARKDOWN_STYLE),
        lintGutter(),
        linter((v) => options.check(v.state.doc.toString()).map((d) => toCm(v.state, d)), { delay: options.delay ?? 400 }),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
      ],
    }),
  })
  return {
    goToLine(line, column = 1) {
      const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines))
      const pos = Math.min(l.from + column - 1, l.to)
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) })
      view.focus()
    },
    destroy: () => view.destroy(),
  }
}
