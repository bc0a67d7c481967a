/**
 * Putting dumped URLs back as links. A PDF-to-text dump lists a page's link targets at the
 * page's end, without saying which words carried them. A URL goes back on the words of that
 * page that its path spells («…/retningslinjer/svangerskapsomsorgen» → «retningslinje for
 * svangerskapsomsorgen»); a URL whose words are nowhere on its page is dropped and reported.
 */
import type { DumpedUrl } from './furniture.js'

export interface LinkSpan {
  start: number
  end: number
  url: string
  /** The list item the span is in, for a list block. */
  item?: number
}

export interface LinkTarget {
  /** Text of a block, and the source lines it came from. */
  text: string
  line: number
  spans: LinkSpan[]
}

const IGNORED = new Set(['https', 'http', 'www', 'html', 'aspx', 'documents', 'dokument', 'index', 'mailto'])
const GLUE = new Set(['for', 'og', 'i', 'av', 'om', 'til', 'med', 'på', 'the', 'of', '-', 'og/eller'])

function urlWords(url: string): string[] {
  let decoded = url
  try {
    decoded = decodeURIComponent(url)
  } catch {
    // A malformed escape: compare the URL as written.
  }
  return decoded
    .toLowerCase()
    .replace(/^[a-z]+:\/\/[^/]*/u, (host) => host.replace(/\.(no|com|org|net)$/u, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !IGNORED.has(w) && !/^\d+$/.test(w))
}

/** Do two words share a stem (a common start of at least six letters, or are equal)? */
function sameStem(word: string, urlWord: string): boolean {
  if (word === urlWord) return true
  let k = 0
  while (k < word.length && k < urlWord.length && word[k] === urlWord[k]) k++
  return k >= 6 && k >= Math.min(word.length, urlWord.length) - 3
}

/**
 * Places each URL on the best run of words in the blocks of its page. Returns the URLs that
 * found no words. Linear in the text of the page times the (few) words of a URL.
 */
export function placeLinks(urls: DumpedUrl[], targets: LinkTarget[]): DumpedUrl[] {
  const unplaced: DumpedUrl[] = []
  const done = new Set<string>()
  for (const u of urls) {
    if (done.has(`${u.fromLine}|${u.url}`)) continue
    done.add(`${u.fromLine}|${u.url}`)
    const uw = urlWords(u.url)
    if (uw.length === 0) {
      unplaced.push(u)
      continue
    }
    let best: { target: LinkTarget; start: number; end: number; score: number } | null = null
    for (const t of targets) {
      if (t.line < u.fromLine - 2 || t.line > u.toLine) continue
      const words = [...t.text.matchAll(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu)]
      let runStart = -1
      let runEnd = -1
      let score = 0
      let pendingGlue = 0
      const finish = () => {
        if (runStart >= 0 && score > (best?.score ?? 0) && (score >= 2 || runEnd - runStart >= 8)) {
          const overlaps = t.spans.some((s) => runStart < s.end && runEnd > s.start)
          if (!overlaps) best = { target: t, start: runStart, end: runEnd, score }
        }
        runStart = -1
        score = 0
        pendingGlue = 0
      }
      for (const m of words) {
        const w = m[0].toLowerCase()
        if (uw.some((x) => sameStem(w, x))) {
          if (runStart < 0) runStart = m.index
          runEnd = m.index + m[0].length
          score += w.length >= 8 ? 2 : 1
          pendingGlue = 0
        } else if (runStart >= 0 && GLUE.has(w) && pendingGlue < 2) pendingGlue++
        else finish()
      }
      finish()
    }
    const found = best as { target: LinkTarget; start: number; end: number; score: number } | null
    if (found) found.target.spans.push({ start: found.start, end: found.end, url: u.url })
    else unplaced.push(u)
  }
  return unplaced
}
