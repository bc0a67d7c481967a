/**
 * Which numbered lines are headings. A line «2.1 Oppgave- og ansvarsfordeling …» is a heading
 * only where its number can follow the heading before it (the next number at some level, or
 * the first one a level down); otherwise it is text — the list of retningslinjer in Del 1 § 3
 * is not a run of headings. The source's own numbering slips stay possible: a number written
 * twice at the top level («4.» after «4.3») and a number with a space before its dot («10 .»).
 */

export interface NumberingState {
  /** The last heading's number in this document or part, or null before the first. */
  last: number[] | null
  /** The part (Del) the headings are in, when the document has parts. */
  part: number | null
}

export function plausibleNext(state: NumberingState, candidate: number[]): boolean {
  const { last, part } = state
  if (candidate.some((n) => !Number.isFinite(n))) return false
  if (last === null) {
    // A document or part starts at 1, or (in Del 2) at «2.1».
    if (candidate.length === 1) return candidate[0] === 1
    if (part !== null && candidate.length === 2 && candidate[0] === part && candidate[1] === 1) return true
    return candidate.every((n) => n === 1)
  }
  // One level down: «3.2» → «3.2.1».
  if (candidate.length === last.length + 1 && candidate[candidate.length - 1] === 1 && last.every((n, i) => candidate[i] === n)) return true
  // The next number at some level: «3.2.1» → «3.2.2», «3.3» or «4».
  if (candidate.length <= last.length) {
    const k = candidate.length - 1
    if (last.slice(0, k).every((n, i) => candidate[i] === n) && candidate[k] === last[k]! + 1) return true
    // The same top-level number again after its subsections: a slip the validator reports.
    if (k === 0 && last.length > 1 && candidate[0] === last[0]) return true
  }
  return false
}

/** Markdown depth of a numbered heading: «1.» is ##, «2.1» ###; inside a part one deeper. */
export function numberedDepth(numbers: number[], part: number | null): number {
  if (part === null) return Math.min(6, 1 + numbers.length)
  const inner = numbers.length > 1 && numbers[0] === part ? numbers.length - 1 : numbers.length
  return Math.min(6, 2 + inner)
}
