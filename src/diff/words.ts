/**
 * The word diff of one section's text, with a bounded cost. Two levels, like `git diff
 * --word-diff` but over the model's paragraphs instead of lines:
 *
 * 1. the paragraphs (blocks) are aligned with jsdiff's diffArrays; unchanged paragraphs cost
 *    one string comparison each;
 * 2. each run of changed paragraphs is diffed word by word (tokenize.ts).
 *
 * Both levels are bounded by `maxEditLength` (edits, in paragraphs or tokens) and by a shared
 * deadline. A level over its bound falls back, and says so in `fallback`: changed paragraphs are
 * shown whole (`avsnitt`), or, when even the paragraphs cannot be aligned, the section's whole
 * text is shown as replaced (`punkt`). A cheap lower bound on the edit count (similarity.ts)
 * skips diffs that could only give up, so a pathological pair does not pay for them.
 */
import { diffArrays } from 'diff'
import { type Fallback, type Hunk, PARAGRAPH_BREAK, pushHunk, type TextDiff, textDiff } from './hunks.js'
import { editLowerBound } from './similarity.js'
import { collapseSpace, tokenize, tokenKind } from './tokenize.js'

/** Most edits (paragraphs or tokens) one diff may need before it falls back. */
export const DEFAULT_MAX_EDIT_LENGTH = 1000
/** Time budget of a whole comparison, in milliseconds: a safety net behind maxEditLength. */
export const DEFAULT_TIMEOUT_MS = 10_000

export interface WordDiffOptions {
  /** Treat whitespace differences (line wrapping, double spaces, paragraph breaks) as equal. */
  ignoreFormatting?: boolean
  maxEditLength?: number
  /** Absolute time (Date.now()) after which every diff falls back at once. */
  deadline?: number
}

/** Compares two texts given as their paragraphs (`Section.blocks`); the hunks cover all of both. */
export function diffBlocks(oldBlocks: readonly string[], newBlocks: readonly string[], options: WordDiffOptions = {}): TextDiff {
  const key = options.ignoreFormatting ? collapseSpace : (s: string) => s
  const oldKeys = oldBlocks.map(key)
  const newKeys = newBlocks.map(key)
  const changes = boundedDiff(oldKeys, newKeys, options)
  if ('fallback' in changes) {
    return textDiff(replaced(oldBlocks.join(PARAGRAPH_BREAK), newBlocks.join(PARAGRAPH_BREAK)), { level: 'punkt', reason: changes.fallback })
  }

  const hunks: Hunk[] = []
  let fallback: Fallback | null = null
  let oldAt = 0
  let newAt = 0
  let oldEmitted = false
  let newEmitted = false
  /** Emits one stretch of paragraphs, with the paragraph break before it on each side that has one. */
  const emit = (oldPart: readonly string[], newPart: readonly string[], same: boolean) => {
    const oldBreak = oldEmitted && oldPart.length > 0
    const newBreak = newEmitted && newPart.length > 0
    pushHunk(hunks, oldBreak && newBreak ? 'lik' : oldBreak ? 'fjernet' : 'ny', oldBreak || newBreak ? PARAGRAPH_BREAK : '')
    if (same) pushHunk(hunks, 'lik', newPart.join(PARAGRAPH_BREAK))
    else {
      const words = diffWordsBounded(oldPart.join(PARAGRAPH_BREAK), newPart.join(PARAGRAPH_BREAK), options)
      fallback ??= words.fallback
      for (const h of words.hunks) pushHunk(hunks, h.kind, h.text)
    }
    oldEmitted ||= oldPart.length > 0
    newEmitted ||= newPart.length > 0
  }

  let pendingOld: string[] = []
  let pendingNew: string[] = []
  const flush = () => {
    if (pendingOld.length > 0 || pendingNew.length > 0) emit(pendingOld, pendingNew, false)
    pendingOld = []
    pendingNew = []
  }
  for (const change of changes.changes) {
    if (change.removed) {
      pendingOld = pendingOld.concat(oldBlocks.slice(oldAt, oldAt + change.count))
      oldAt += change.count
    } else if (change.added) {
      pendingNew = pendingNew.concat(newBlocks.slice(newAt, newAt + change.count))
      newAt += change.count
    } else {
      flush()
      emit(oldBlocks.slice(oldAt, oldAt + change.count), newBlocks.slice(newAt, newAt + change.count), true)
      oldAt += change.count
      newAt += change.count
    }
  }
  flush()
  return textDiff(hunks, fallback)
}

/** Word diff of two strings; over the bounds, the whole strings as removed and added. */
export function diffWordsBounded(oldString: string, newString: string, options: WordDiffOptions = {}): { hunks: Hunk[]; fallback: Fallback | null } {
  const oldTokens = tokenize(oldString)
  const newTokens = tokenize(newString)
  const key = options.ignoreFormatting ? (t: string) => (tokenKind(t) === 'space' ? ' ' : t) : (t: string) => t
  const changes = boundedDiff(oldTokens.map(key), newTokens.map(key), options)
  if ('fallback' in changes) return { hunks: replaced(oldString, newString), fallback: { level: 'avsnitt', reason: changes.fallback } }

  const raw: Hunk[] = []
  let oldAt = 0
  let newAt = 0
  for (const change of changes.changes) {
    if (change.removed) {
      raw.push({ kind: 'fjernet', text: oldTokens.slice(oldAt, (oldAt += change.count)).join('') })
    } else if (change.added) {
      raw.push({ kind: 'ny', text: newTokens.slice(newAt, (newAt += change.count)).join('') })
    } else {
      // Common tokens: the new version's text (they differ only in whitespace when ignoring formatting).
      raw.push({ kind: 'lik', text: newTokens.slice(newAt, (newAt += change.count)).join('') })
      oldAt += change.count
    }
  }
  return { hunks: tidy(raw), fallback: null }
}

type Bounded = { changes: Array<{ count: number; added: boolean; removed: boolean }> } | { fallback: Fallback['reason'] }

/** diffArrays within maxEditLength and the deadline; identical inputs never reach jsdiff. */
function boundedDiff(a: readonly string[], b: readonly string[], options: WordDiffOptions): Bounded {
  if (a.length === b.length && a.every((x, i) => x === b[i])) return { changes: a.length > 0 ? [{ count: a.length, added: false, removed: false }] : [] }
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH
  if (editLowerBound(a, b) > maxEditLength) return { fallback: 'for-mange-endringer' }
  const remaining = (options.deadline ?? Infinity) - Date.now()
  if (remaining <= 0) return { fallback: 'tidsgrense' }
  const started = Date.now()
  const changes = diffArrays(a as string[], b as string[], { maxEditLength, ...(Number.isFinite(remaining) ? { timeout: remaining } : {}) })
  if (changes) return { changes }
  return { fallback: Date.now() - started >= remaining ? 'tidsgrense' : 'for-mange-endringer' }
}

function replaced(oldString: string, newString: string): Hunk[] {
  const hunks: Hunk[] = []
  pushHunk(hunks, 'fjernet', oldString)
  pushHunk(hunks, 'ny', newString)
  return hunks
}

/**
 * Makes a word diff read like a redline. Myers keeps every space two rewritten words share,
 * giving "[-a-]{+x+} [-b-]{+y+}"; a whitespace-only `lik` between two changes is folded into
 * them, each run of changes becomes one removal and one addition ("[-a b-]{+x y+}"), and
 * tokens the two share at either end go back to `lik`.
 */
function tidy(raw: readonly Hunk[]): Hunk[] {
  const folded: Hunk[] = []
  raw.forEach((h, i) => {
    const between = h.kind === 'lik' && /^\s+$/u.test(h.text) && i > 0 && i < raw.length - 1
    if (between) folded.push({ kind: 'fjernet', text: h.text }, { kind: 'ny', text: h.text })
    else folded.push(h)
  })
  const out: Hunk[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    const [before, from, to, after] = shareEnds(removed, added)
    pushHunk(out, 'lik', before)
    pushHunk(out, 'fjernet', from)
    pushHunk(out, 'ny', to)
    pushHunk(out, 'lik', after)
    removed = ''
    added = ''
  }
  for (const h of folded) {
    if (h.kind === 'fjernet') removed += h.text
    else if (h.kind === 'ny') added += h.text
    else {
      flush()
      pushHunk(out, 'lik', h.text)
    }
  }
  flush()
  return out
}

/** Splits off the tokens two changed strings share at the start and at the end. */
function shareEnds(from: string, to: string): [string, string, string, string] {
  if (from === '' || to === '') return ['', from, to, '']
  const a = tokenize(from)
  const b = tokenize(to)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  return [a.slice(0, start).join(''), a.slice(start, a.length - end).join(''), b.slice(start, b.length - end).join(''), a.slice(a.length - end).join('')]
}
