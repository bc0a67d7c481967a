/**
 * Compiled templates. A document is rendered once with a sentinel in place of each variable
 * (two private-use characters around the slot's index: nothing Markdown or HTML treats as
 * syntax, so the renderers copy it through untouched), then cut at the sentinels into static
 * parts and slots. Filling a kommune's copy is then string concatenation.
 */
const OPEN = '\uE000'
const CLOSE = '\uE001'

export const SENTINEL_PATTERN = /\uE000(\d{1,6})\uE001/gu

export const sentinel = (index: number): string => `${OPEN}${index}${CLOSE}`

/** Whether a text already holds one of the characters sentinels are made of. */
export const hasSentinelCharacter = (text: string): boolean => text.includes(OPEN) || text.includes(CLOSE)

/** `parts[0] + slot(slots[0]) + parts[1] + … + parts[n]`. */
export interface StringTemplate {
  parts: string[]
  /** Slot index (into the document's slot list) for each gap between parts. */
  slots: number[]
}

export function splitAtSentinels(text: string): StringTemplate {
  const parts: string[] = []
  const slots: number[] = []
  let last = 0
  for (const m of text.matchAll(SENTINEL_PATTERN)) {
    parts.push(text.slice(last, m.index))
    slots.push(Number(m[1]))
    last = m.index + m[0].length
  }
  parts.push(text.slice(last))
  return { parts, slots }
}

/** Joins a template's parts with the value of each slot; `value` gets the gap's position too. */
export function fill(template: StringTemplate, value: (slot: number, gap: number) => string): string {
  let out = template.parts[0]!
  for (let i = 0; i < template.slots.length; i++) out += value(template.slots[i]!, i) + template.parts[i + 1]!
  return out
}
