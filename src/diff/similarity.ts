/**
 * Bags (multisets) of words and the measures section alignment is built on. A bag ignores word
 * order, so a section whose paragraphs were reordered or partly rewritten still scores high,
 * and a lower bound on the edit distance of two texts costs one pass instead of a diff.
 */
export type Bag = Map<string, number>

export function bagOf(items: Iterable<string>): Bag {
  const bag: Bag = new Map()
  for (const item of items) bag.set(item, (bag.get(item) ?? 0) + 1)
  return bag
}

export function bagSize(bag: Bag): number {
  let n = 0
  for (const count of bag.values()) n += count
  return n
}

/** Size of the multiset intersection. */
export function overlap(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const [item, count] of small) n += Math.min(count, large.get(item) ?? 0)
  return n
}

/** Dice coefficient of two bags: 1 for equal bags (and for two empty ones), 0 for disjoint. */
export function dice(a: Bag, b: Bag): number {
  const total = bagSize(a) + bagSize(b)
  return total === 0 ? 1 : (2 * overlap(a, b)) / total
}

/** What `a` has beyond `b`: the words a section lost (old minus new) or gained (new minus old). */
export function subtract(a: Bag, b: Bag): Bag {
  const out: Bag = new Map()
  for (const [item, count] of a) {
    const left = count - (b.get(item) ?? 0)
    if (left > 0) out.set(item, left)
  }
  return out
}

/**
 * A lower bound on the insertions plus deletions turning `a` into `b`: an edit script keeps at
 * most the common multiset, so whatever is outside it must be inserted or deleted.
 */
export function editLowerBound(a: readonly string[], b: readonly string[]): number {
  return a.length + b.length - 2 * overlap(bagOf(a), bagOf(b))
}
