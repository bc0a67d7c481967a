/**
 * Array helpers that never pass an unbounded array as call arguments: `push(...items)` and
 * `Math.max(...values)` put every element on the stack and throw RangeError past about
 * 125 000 elements.
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values`, or `floor` when there are none (or all are smaller). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor
  for (const v of values) if (v > max) max = v
  return max
}

/** The first item of each `key`, in order; one pass (a `findIndex` per item was quadratic). */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const item of items) {
    const k = key(item)
    if (seen.has(k)) continue
    seen.add(k)
    out.push(item)
  }
  return out
}
