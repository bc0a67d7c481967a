/**
 * An injectable measure of the work text extraction does: characters scanned by regular
 * expressions, slices read and lookups made. Tests hand in a counter and check that doubling the
 * input at most doubles the work (issue #10); production code passes nothing and pays nothing.
 */
export interface WorkCounter {
  /** Adds `units` of work (one unit ≈ one character scanned or one lookup step). */
  add(units: number): void
}

/** A counter that sums what it is given. */
export function workCounter(): WorkCounter & { total: number } {
  const c = {
    total: 0,
    add(units: number) {
      c.total += units
    },
  }
  return c
}

/**
 * Every match of a global regular expression, counting the characters between matches and the
 * matches themselves as scanned (plus `lookahead` for what the pattern may read past a match).
 */
export function* matchAllCounted(text: string, re: RegExp, work: WorkCounter | undefined, lookahead = 0): Generator<RegExpExecArray> {
  let last = 0
  for (const m of text.matchAll(re)) {
    work?.add(m.index - last + m[0].length + lookahead)
    last = m.index + m[0].length
    yield m as RegExpExecArray
  }
  work?.add(text.length - last)
}

/**
 * Which stretches of a text are already claimed by an earlier, more specific match: one flag per
 * character, so an overlap check costs the length of the candidate, not the number of matches.
 */
export class Claims {
  private readonly taken: Uint8Array
  constructor(length: number, private readonly work?: WorkCounter) {
    this.taken = new Uint8Array(length + 1)
  }
  /** Claims [start, end) unless any of it is taken; returns whether it was free. */
  claim(start: number, end: number): boolean {
    this.work?.add(end - start)
    for (let i = start; i < end; i++) if (this.taken[i]) return false
    this.taken.fill(1, start, end)
    return true
  }
}
