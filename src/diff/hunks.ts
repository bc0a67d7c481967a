/**
 * Hunks: the word-level changes of one text, in order. The old text is the `lik` and `fjernet`
 * hunks joined; the new text is the `lik` and `ny` hunks joined. That is what lets a ChangeSet
 * be checked against the versions it came from, and rendered without them.
 */
import { countWords } from './tokenize.js'

/** Between the blocks of a section's text (`Section.text` is its blocks joined by it). */
export const PARAGRAPH_BREAK = '\n\n'

export type HunkKind = 'lik' | 'ny' | 'fjernet'

export interface Hunk {
  kind: HunkKind
  text: string
}

/**
 * Unchanged text a ChangeSet leaves out: `length` characters (UTF-16 code units) of the old
 * version's text, in place of a `lik` hunk's text. {@link changeSetWithText} puts the text
 * back from the old set.
 */
export interface KeptHunk {
  kind: 'lik'
  length: number
  /** FNV-1a (32 bit, 8 hex digits) of the text: a ChangeSet given the wrong old text is caught. */
  check: string
}

/** FNV-1a, 32 bit, of a text's UTF-16 code units, as 8 hex digits: a cheap check, not a cryptographic hash. */
export function textCheck(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** A hunk as a ChangeSet holds it: with its text, or unchanged text left out by reference. */
export type AnyHunk = Hunk | KeptHunk

/** Whether the hunk is unchanged text left out of the ChangeSet. */
export function isKept(h: AnyHunk): h is KeptHunk {
  return !('text' in h)
}

/** Why a text was compared more coarsely than word by word. */
export interface Fallback {
  /** `avsnitt`: changed paragraphs shown whole; `punkt`: the whole section text shown as replaced. */
  level: 'avsnitt' | 'punkt'
  /** `for-mange-endringer`: over maxEditLength; `tidsgrense`: over the timeout. */
  reason: 'for-mange-endringer' | 'tidsgrense'
}

export interface TextDiff<H extends AnyHunk = Hunk> {
  hunks: H[]
  wordsAdded: number
  wordsRemoved: number
  fallback: Fallback | null
}

/** Appends a hunk, merging it into the previous one of the same kind; empty text is dropped. */
export function pushHunk(hunks: Hunk[], kind: HunkKind, text: string): void {
  if (text === '') return
  const last = hunks[hunks.length - 1]
  if (last && last.kind === kind) last.text += text
  else hunks.push({ kind, text })
}

export function oldText(hunks: readonly Hunk[]): string {
  return hunks.filter((h) => h.kind !== 'ny').map((h) => h.text).join('')
}

export function newText(hunks: readonly Hunk[]): string {
  return hunks.filter((h) => h.kind !== 'fjernet').map((h) => h.text).join('')
}

export function isChanged(hunks: readonly AnyHunk[]): boolean {
  return hunks.some((h) => h.kind !== 'lik')
}

/** A TextDiff with its word counts filled in from the hunks. */
export function textDiff(hunks: Hunk[], fallback: Fallback | null = null): TextDiff {
  let wordsAdded = 0
  let wordsRemoved = 0
  for (const h of hunks) {
    if (h.kind === 'ny') wordsAdded += countWords(h.text)
    else if (h.kind === 'fjernet') wordsRemoved += countWords(h.text)
  }
  return { hunks, wordsAdded, wordsRemoved, fallback }
}

/**
 * Applies hunks to the text they were computed from and returns the new text. Throws when the
 * hunks do not describe `old`: a ChangeSet applied to the wrong version must not pass silently.
 */
export function applyHunks(old: string, hunks: readonly Hunk[]): string {
  return applyHunkRuns(old, [hunks])[0]!
}

/**
 * Walks `old` through consecutive runs of hunks (one run per new text) and builds each new text
 * from the old text itself: a `lik` hunk takes the next characters of `old`, a `fjernet` hunk
 * skips them, a `ny` hunk inserts its text. Throws where a `lik` or `fjernet` hunk is not the
 * old text at that point, or the hunks end before or after `old` does.
 */
export function applyHunkRuns(old: string, runs: ReadonlyArray<readonly Hunk[]>): string[] {
  let at = 0
  const texts = runs.map((hunks) => {
    let text = ''
    for (const h of hunks) {
      if (h.kind === 'ny') {
        text += h.text
        continue
      }
      const taken = old.slice(at, at + h.text.length)
      if (taken !== h.text) throw notDescribed(old, at + firstDifference(taken, h.text))
      if (h.kind === 'lik') text += taken
      at += taken.length
    }
    return text
  })
  if (at !== old.length) throw notDescribed(old, at)
  return texts
}

function notDescribed(old: string, at: number): Error {
  return new Error(`Endringene passer ikke til teksten (avvik ved tegn ${at}: «${old.slice(at, at + 30)}»)`)
}

function firstDifference(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * Cuts the hunks of one diff whose new side is several texts joined by `separator` into one
 * hunk list per text. A separator the diff kept as `lik` was in the old text too: it becomes
 * `fjernet` at the end of the piece before it, so the pieces' old sides still join to the old text.
 */
export function cutHunks(hunks: readonly Hunk[], newLengths: readonly number[], separator: string): Hunk[][] {
  const pieces: Hunk[][] = newLengths.map(() => [])
  // Walks the new text: each piece's text, then the separator after it (new-text offsets).
  let piece = 0
  let offset = 0
  let pieceEnd = newLengths[0] ?? 0
  for (const h of hunks) {
    if (h.kind === 'fjernet') {
      pushHunk(pieces[piece]!, 'fjernet', h.text)
      continue
    }
    let text = h.text
    while (text.length > 0) {
      if (offset < pieceEnd || piece === pieces.length - 1) {
        const take = piece === pieces.length - 1 ? text.length : Math.min(text.length, pieceEnd - offset)
        pushHunk(pieces[piece]!, h.kind, text.slice(0, take))
        text = text.slice(take)
        offset += take
        continue
      }
      // Inside the separator after `piece`.
      const sepEnd = pieceEnd + separator.length
      const take = Math.min(text.length, sepEnd - offset)
      if (h.kind === 'lik') pushHunk(pieces[piece]!, 'fjernet', text.slice(0, take))
      text = text.slice(take)
      offset += take
      if (offset === sepEnd) {
        piece++
        pieceEnd = offset + newLengths[piece]!
      }
    }
  }
  return pieces
}
