/**
 * Page furniture: what a page carries that is not the document's text. Page numbers («Side 2
 * av 12», a bare «3» at a page edge), running headers and footers and letterheads (lines that
 * repeat at the edges of several pages — found by repetition, never by any region's words),
 * tables of contents (dot leaders and page numbers) and the URL lists a PDF-to-text dump puts
 * at a page's end (the page's link targets, kept aside for the link step).
 *
 * Every pass is linear in the number of lines; the fuzzy comparison of running headers only
 * compares the few lines next to page numbers.
 */
import type { Layout, SourceLine } from './layout.js'
import { DOCUMENT_TITLE } from './lines.js'

export type FurnitureKind = 'sidenummer' | 'topptekst' | 'bunntekst' | 'brevhode' | 'innholdsfortegnelse' | 'lenkeliste'

export interface DroppedLine {
  kind: FurnitureKind
  text: string
  page: number
  line: number
}

export interface DumpedUrl {
  url: string
  line: number
  /** The source lines of the page the URL list ends: its links are somewhere in them. */
  fromLine: number
  toLine: number
}

export interface KeptLine extends SourceLine {
  /** A page ends after this line (a page break, or a dumped URL list, follows). */
  pageEnd?: boolean
}

export interface FurnitureResult {
  lines: KeptLine[]
  dropped: DroppedLine[]
  urls: DumpedUrl[]
}

const PAGE_NUMBER = /^(?:side|page|s\.)[ \t]{0,3}\d{1,4}(?:[ \t]{0,3}(?:av|of|\/)[ \t]{0,3}\d{1,4})?$/iu
const BARE_NUMBER = /^[-–]?[ \t]{0,2}\d{1,4}[ \t]{0,2}(?:[-–]|\/[ \t]{0,2}\d{1,4})?$/u
const DOT_LEADER = /(?:\.{4,}|(?:\.[ \t]){3,}\.?|…{2,}|_{4,})[ \t]{0,4}\d{1,4}$/u
const TOC_TITLE = /^(?:innhold|innholdsfortegnelse|innhald|innhaldsliste|table of contents|contents)$/iu
export const URL_LINE = /^(?:https?:\/\/|mailto:|www\.)\S{1,2000}$/iu
/** A numbered heading is never furniture, however often «1. Forankring» starts a page. */
const NUMBERED_START = /^\d{1,3}(?:\.\d{1,3}){0,6}\.?[ \t]+\S/u

/** How running headers compare: case, digits, spacing and end punctuation do not matter. */
const furnitureKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[ .:,;–-]+$/u, '')
    .trim()

function trigrams(s: string): Set<string> {
  const t = new Set<string>()
  const padded = ` ${s} `
  for (let i = 0; i + 3 <= padded.length; i++) t.add(padded.slice(i, i + 3))
  return t
}

/** Dice coefficient on character trigrams: how alike two short lines are, 0–1. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a)
  const tb = trigrams(b)
  let common = 0
  for (const g of ta) if (tb.has(g)) common++
  return (2 * common) / (ta.size + tb.size || 1)
}

interface Zone {
  /** Indices of the zone's non-blank lines, nearest the page edge first. */
  lines: number[]
  edge: 'top' | 'bottom'
  /** Found next to a page number (rather than at a real page's edge). */
  byNumber: boolean
}

export function removeFurniture(layout: Layout): FurnitureResult {
  const lines = layout.lines
  const n = lines.length
  const drop: Array<FurnitureKind | null> = new Array(n).fill(null)
  const dropped: DroppedLine[] = []
  const nonBlank = (i: number) => lines[i]!.text !== ''

  // 1. Page numbers, and the zones next to page edges where headers and footers sit.
  const zones: Zone[] = []
  const zoneAfter = (start: number) => {
    const z: number[] = []
    for (let j = start; j < n && z.length < 3; j++) {
      if (j > start && lines[j]!.pageStart && lines[j]!.page !== lines[start]!.page) break
      if (nonBlank(j) && drop[j] === null) z.push(j)
    }
    return z
  }
  const zoneBefore = (end: number) => {
    const z: number[] = []
    for (let j = end; j >= 0 && z.length < 3; j--) {
      if (nonBlank(j) && drop[j] === null) z.push(j)
      if (lines[j]!.pageStart && lines[j]!.page !== lines[end]!.page) break
    }
    return z
  }
  // First and last text line of every real page, found in one pass each way.
  const firstText = new Map<number, number>()
  const lastText = new Map<number, number>()
  for (let i = 0; i < n; i++) if (nonBlank(i) && !firstText.has(lines[i]!.page)) firstText.set(lines[i]!.page, i)
  for (let i = n - 1; i >= 0; i--) if (nonBlank(i) && !lastText.has(lines[i]!.page)) lastText.set(lines[i]!.page, i)
  for (let i = 0; i < n; i++) {
    const l = lines[i]!
    if (!nonBlank(i)) continue
    if (PAGE_NUMBER.test(l.text)) {
      drop[i] = 'sidenummer'
      continue
    }
    // A bare number is a page number only as the first or last text of a real page.
    if (layout.pages > 1 && BARE_NUMBER.test(l.text) && (firstText.get(l.page) === i || lastText.get(l.page) === i)) drop[i] = 'sidenummer'
  }
  if (layout.pages > 1) {
    // Real pages (form feeds, PDF): the first and last lines of every page.
    let start = 0
    for (let i = 1; i <= n; i++) {
      if (i === n || lines[i]!.page !== lines[start]!.page) {
        zones.push({ lines: zoneAfter(start), edge: 'top', byNumber: false })
        zones.push({ lines: zoneBefore(i - 1), edge: 'bottom', byNumber: false })
        start = i
      }
    }
  }
  // A page number marks a page edge too (the only mark a dump without form feeds has). The
  // same page number twice (a PDF may carry its footer twice) is one page edge, not two.
  const numberZones = new Set<string>()
  for (let i = 0; i < n; i++) {
    if (drop[i] !== 'sidenummer') continue
    const id = `${lines[i]!.page}|${lines[i]!.text}`
    if (numberZones.has(id)) continue
    numberZones.add(id)
    zones.push({ lines: zoneAfter(i + 1), edge: 'top', byNumber: true })
    zones.push({ lines: zoneBefore(i - 1), edge: 'bottom', byNumber: true })
  }

  // 2. Running headers, footers and letterheads: the same line at a page edge on two or more
  // pages (next to two page numbers, or at the edge of a quarter of the pages, at the same height).
  // A sentence (a line ending in a full stop) is body text, whatever page edge it stands at.
  // A document's title is never furniture either, however alike the titles of a set are.
  const candidate = (i: number) => {
    const t = lines[i]!.text
    return !NUMBERED_START.test(t) && !URL_LINE.test(t) && t.length <= 160 && !/[.!?]$/u.test(t) && !DOCUMENT_TITLE.test(t)
  }
  const keyOf = (zone: Zone, i: number) => `${zone.edge}|${furnitureKey(lines[i]!.text)}`
  const seen = new Map<string, { numbered: Set<number>; edges: Set<number>; ys: number[] }>()
  zones.forEach((zone, z) => {
    for (const i of zone.lines) {
      if (!candidate(i)) continue
      const key = keyOf(zone, i)
      let entry = seen.get(key)
      if (!entry) seen.set(key, (entry = { numbered: new Set(), edges: new Set(), ys: [] }))
      if (zone.byNumber) entry.numbered.add(z)
      else {
        entry.edges.add(lines[i]!.page)
        if (lines[i]!.y !== undefined) entry.ys.push(lines[i]!.y!)
      }
    }
  })
  // Without positions (text with form feeds) a header must stand on half the pages; with
  // positions (PDF) on a quarter of them, at the same height.
  const minPages = Math.max(2, Math.ceil(layout.pages * 0.25))
  const minPagesText = Math.max(3, Math.ceil(layout.pages * 0.5))
  const isRepeated = (entry: { numbered: Set<number>; edges: Set<number>; ys: number[] }) => {
    if (entry.numbered.size >= 2) return true
    if (entry.ys.length === 0) return entry.edges.size >= minPagesText
    if (entry.edges.size < minPages) return false
    const sorted = [...entry.ys].sort((a, b) => a - b)
    // Most occurrences at one height (±3 pt): a header, not a body line that happens to end pages.
    let best = 0
    for (let a = 0, b = 0; b < sorted.length; b++) {
      while (sorted[b]! - sorted[a]! > 6) a++
      best = Math.max(best, b - a + 1)
    }
    return best >= minPages
  }
  zones.forEach((zone) => {
    for (const i of zone.lines) {
      if (!candidate(i) || drop[i] !== null) continue
      if (isRepeated(seen.get(keyOf(zone, i))!)) drop[i] = zone.edge === 'top' ? 'topptekst' : 'bunntekst'
    }
  })
  // The first line after a page number that is like the header of another page (a header
  // whose wording differs a little between the documents of a set).
  const firstLines = zones.filter((z) => z.edge === 'top' && z.lines.length > 0).map((z) => z.lines[0]!)
  const headers = firstLines.filter((i) => drop[i] === 'topptekst').map((i) => furnitureKey(lines[i]!.text))
  for (const i of firstLines) {
    if (drop[i] !== null || !candidate(i)) continue
    const key = furnitureKey(lines[i]!.text)
    if (headers.some((h) => similarity(h, key) >= 0.55)) drop[i] = 'topptekst'
  }
  // Letterheads: several lines that repeat together at page tops count as one block.
  for (const zone of zones) {
    if (zone.edge !== 'top') continue
    const dropped = zone.lines.filter((i) => drop[i] === 'topptekst')
    if (dropped.length >= 2) for (const i of dropped) drop[i] = 'brevhode'
  }

  // 3. Tables of contents: runs of dot-leader lines, with the lines between them and the title.
  const leaders: number[] = []
  for (let i = 0; i < n; i++) if (drop[i] === null && nonBlank(i) && DOT_LEADER.test(lines[i]!.text)) leaders.push(i)
  for (let a = 0; a < leaders.length; ) {
    let b = a
    const gap = (x: number, y: number) => {
      let count = 0
      for (let j = x + 1; j < y; j++) if (nonBlank(j) && drop[j] === null) count++
      return count
    }
    while (b + 1 < leaders.length && gap(leaders[b]!, leaders[b + 1]!) <= 3) b++
    if (b - a + 1 >= 3) {
      let from = leaders[a]!
      for (let j = from - 1, seenText = 0; j >= 0 && seenText < 3; j--) {
        if (!nonBlank(j) || drop[j] !== null) continue
        seenText++
        if (TOC_TITLE.test(lines[j]!.text)) {
          from = j
          break
        }
      }
      for (let j = from; j <= leaders[b]!; j++) if (drop[j] === null && nonBlank(j)) drop[j] = 'innholdsfortegnelse'
    }
    a = b + 1
  }

  // 4. URL lists at page ends: a run of lines that are nothing but a URL, ending a page.
  const urls: DumpedUrl[] = []
  let pageFrom = lines[0]?.line ?? 1
  for (let i = 0; i < n; i++) {
    if (lines[i]!.pageStart && nonBlank(i)) pageFrom = lines[i]!.line
    if (drop[i] !== null || !nonBlank(i) || !URL_LINE.test(lines[i]!.text)) continue
    let j = i
    const run: number[] = []
    while (j < n && (!nonBlank(j) || drop[j] !== null || URL_LINE.test(lines[j]!.text))) {
      if (nonBlank(j) && drop[j] === null) run.push(j)
      j++
    }
    const endsPage = j >= n || lines[j]!.pageStart || drop[j - 1] === 'sidenummer'
    if (endsPage || run.length >= 2) {
      for (const k of run) {
        drop[k] = 'lenkeliste'
        urls.push({ url: lines[k]!.text, line: lines[k]!.line, fromLine: pageFrom, toLine: lines[i]!.line })
      }
    }
    i = j - 1
  }

  const kept: KeptLine[] = []
  let lastKept = -1
  const markPageEnd = () => {
    if (lastKept >= 0) kept[lastKept]!.pageEnd = true
  }
  // A page's first line may be furniture: its page start passes to the first line kept.
  let pendingStart = false
  for (let i = 0; i < n; i++) {
    const kind = drop[i]
    if (kind) {
      if (lines[i]!.pageStart) pendingStart = true
      dropped.push({ kind, text: lines[i]!.text, page: lines[i]!.page, line: lines[i]!.line })
      // The text before dropped furniture ends a page (or a URL list stood between).
      if (kind === 'lenkeliste' || kind === 'sidenummer') markPageEnd()
      continue
    }
    const l = lines[i]!
    if (l.pageStart && nonBlank(i)) markPageEnd()
    kept.push({ ...l, ...(pendingStart && nonBlank(i) ? { pageStart: true } : {}) })
    if (nonBlank(i)) pendingStart = false
    if (nonBlank(i)) lastKept = kept.length - 1
  }
  markPageEnd()
  return { lines: kept, dropped, urls }
}
