/**
 * The shared shell of every HTML output (generated agreements, coverage matrix, diff report):
 * one self-contained page, Norwegian, readable on screen and printable to PDF from a browser.
 */
import { xmlText } from './xml-text.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML: markup characters escaped, characters XML 1.0 forbids removed. */
export function escapeHtml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

export { markdownToHtml } from './markdown-html.js'

export const BASE_CSS = `
:root { --ink: #1b1b1b; --muted: #5b6470; --line: #d5d9de; --accent: #0b5394; --ins: #dff5e1; --del: #fbe3e4; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "Source Sans Pro", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
p, li { orphans: 3; widows: 3; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
a { color: var(--accent); }
ins { background: var(--ins); text-decoration: none; }
del { background: var(--del); }
.muted { color: var(--muted); }
header.doc-meta { border-bottom: 2px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: .5rem; color: var(--muted); font-size: .9rem; }
@page {
  size: A4;
  margin: 2cm 1.8cm 2.2cm;
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 9pt "Source Sans Pro", "Segoe UI", Arial, sans-serif; color: #5b6470; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid-page; break-inside: avoid-page; }
  h1 + *, h2 + *, h3 + *, h4 + * { break-before: avoid-page; }
  /* A table runs over page breaks row by row (a whole table jumping to the next page left pages empty);
     the heading row is repeated, a row is not cut. */
  table { break-inside: auto; }
  thead { display: table-header-group; }
  tr, blockquote, li { break-inside: avoid-page; }
  .no-print { display: none; }
}
`

export interface HtmlPageOptions {
  title: string
  /** Already-escaped HTML for the body. */
  body: string
  /** Extra CSS appended to the base style. */
  css?: string
}

export function htmlPage(options: HtmlPageOptions): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${BASE_CSS}${options.css ?? ''}</style>
</head>
<body>
${xmlText(options.body)}
</body>
</html>
`
}
