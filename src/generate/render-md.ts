/**
 * A kommune's copy as Markdown, and its check. The compiled regions are filled with escaped
 * values; each region that holds a variable is then parsed again, as text, and must have no
 * placeholder of any kind (validate/placeholders.ts, the placeholder rule's own finder) and
 * read exactly as the template said it would with the values in place — so a value that
 * slipped past escaping and changed the structure is caught, not sent. Regions without
 * variables are the same in every copy and were checked when compiling.
 */
import type { RootContent } from 'mdast'
import { AvtaleverkError } from '../errors.js'
import { parseMarkdown } from '../parse/markdown.js'
import { positionedText } from '../parse/text.js'
import { BLOCK_PREFIX } from '../template/variables.js'
import { findPlaceholders, type Placeholder } from '../validate/placeholders.js'
import type { CompiledDocument, MarkdownRegion, Slot } from './compile.js'
import { escapeMarkdownText } from '../output/escape.js'
import { fill } from './sentinel.js'
import type { FillContext, SlotValues } from './values.js'

/** A filled region that holds a variable, to be checked. */
export interface FilledRegion {
  text: string
  region: MarkdownRegion
  document: CompiledDocument
  values: SlotValues
}

const KIND: Record<Placeholder['kind'], string> = {
  'ad-hoc': 'en plassholder',
  'tomt-felt': 'et tomt felt',
  'tom-part': 'en avtalepart uten navn',
  variabel: 'en malvariabel',
}

type FrontMatterLine = string | ((values: SlotValues, context: FillContext) => string)

/** Each copy's front matter lines, worked out once per document: the lines the same in every copy are kept as text. */
const frontMatterLines = new WeakMap<CompiledDocument, FrontMatterLine[]>()

const COPY_FIELDS: Record<string, (context: FillContext) => string> = {
  kommune: (c) => c.kommune.name,
  kommunenummer: (c) => c.kommune.number,
  avtaledato: (c) => c.date,
}

/**
 * Front matter of a copy: the template's, filled, with the kommune and date it was made for.
 * Each value is written as JSON, which is YAML too, so a value cannot break out of its line.
 */
function frontMatterFor(document: CompiledDocument, values: SlotValues, context: FillContext): string {
  let lines = frontMatterLines.get(document)
  if (!lines) {
    const yamlKey = (key: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key))
    const keys = [...new Set([...Object.keys(document.document.frontMatter), ...Object.keys(COPY_FIELDS)])]
    lines = keys.map((key): FrontMatterLine => {
      const head = `${yamlKey(key)}: `
      const copyField = Object.hasOwn(COPY_FIELDS, key) ? COPY_FIELDS[key]! : null
      if (copyField) return (_values, c) => head + JSON.stringify(copyField(c))
      const template = document.frontMatter[key]
      if (template) return (v) => head + JSON.stringify(fill(template, (slot) => v.text[slot]!))
      return head + JSON.stringify((document.document.frontMatter as Record<string, unknown>)[key])
    })
    frontMatterLines.set(document, lines)
  }
  let out = '---\n'
  for (const line of lines) out += `${typeof line === 'string' ? line : line(values, context)}\n`
  return `${out}---\n\n`
}

function fillRegion(document: CompiledDocument, region: MarkdownRegion, values: SlotValues): string {
  return fill(region.template, (slot, gap) => {
    const where = region.contexts[gap]!
    if (!document.slots[slot]!.block) return escapeMarkdownText(values.text[slot]!, where.atLineStart)
    // A block's later lines carry the container's indentation (a list item, a quote).
    const lines = (values.blocks[slot]?.markdown ?? '').split('\n')
    return lines.map((line, i) => (i === 0 ? line : line === '' ? where.indent.trimEnd() : where.indent + line)).join('\n')
  })
}

/** The copy's Markdown: front matter, then the regions filled. */
export function fillMarkdown(document: CompiledDocument, values: SlotValues, context: FillContext): string {
  let text = frontMatterFor(document, values, context)
  for (const region of document.markdown) text += region.expectedText ? fillRegion(document, region, values) : region.template.parts[0]!
  return text
}

/** Only the regions that hold variables, filled: what checkFilledRegions reads, without the rest of the copy. */
export function filledRegions(document: CompiledDocument, values: SlotValues): FilledRegion[] {
  return document.markdown.filter((region) => region.expectedText).map((region) => ({ text: fillRegion(document, region, values), region, document, values }))
}

/** Keeps the regions apart when parsed together: an HTML comment ends any list or paragraph. */
const SEPARATOR = '\n\n<!---->\n\n'

/**
 * Regions that passed their check, by their filled text and values: a region whose values are
 * the same for many kommuner (a date, a version, a signatory's title) is parsed once, so the
 * check of each further kommune reads only what its own values changed. Only passes are kept
 * (a failure names the kommune, and is checked again each time); bounded per region.
 */
const passed = new WeakMap<MarkdownRegion, Set<string>>()
const KEEP_PASSED = 64

const passKey = (f: FilledRegion) => {
  let key = f.text
  for (const slot of f.region.template.slots) key += `\u0000${f.document.slots[slot]!.block ? (f.values.blocks[slot]?.source ?? '') : f.values.text[slot]!}`
  return key
}

/**
 * Checks a kommune's filled regions, all in one parse (one parse per region costs more in
 * set-up than in parsing). Problems are added to `errors`, at the variable that caused them.
 */
export function checkFilledRegions(all: FilledRegion[], context: FillContext, errors: AvtaleverkError[]): void {
  const keys = all.map(passKey)
  const filled = all.filter((f, i) => !passed.get(f.region)?.has(keys[i]!))
  const filledKeys = keys.filter((_, i) => !passed.get(all[i]!.region)?.has(keys[i]!))
  if (filled.length === 0) return
  const starts: number[] = []
  let joined = ''
  for (const f of filled) {
    starts.push(joined.length)
    joined += f.text + SEPARATOR
  }
  const groups: RootContent[][] = filled.map(() => [])
  let i = 0
  for (const node of parseMarkdown(joined).children) {
    const at = node.position!.start.offset!
    while (i + 1 < filled.length && at >= starts[i + 1]!) i++
    if (at < starts[i]! + filled[i]!.text.length) groups[i]!.push(node)
  }
  filled.forEach((f, k) => {
    const before = errors.length
    checkRegion(f, groups[k]!, context, errors)
    if (errors.length > before) return
    let set = passed.get(f.region)
    if (!set) passed.set(f.region, (set = new Set()))
    if (set.size >= KEEP_PASSED) set.clear()
    set.add(filledKeys[k]!)
  })
}

const withoutSpace = (s: string) => s.replace(/\s+/gu, '')

function checkRegion({ region, document, values }: FilledRegion, nodes: RootContent[], context: FillContext, errors: AvtaleverkError[]): void {
  const slots = region.template.slots
  const valueOf = (slot: number) => (document.slots[slot]!.block ? (values.blocks[slot]?.text ?? '') : values.text[slot]!)
  // A problem is reported at the variable whose value brought it, else at the region's first.
  const blame = (found: string) => document.slots[slots.find((s) => valueOf(s).includes(found)) ?? slots.find((s) => valueOf(s) !== '' && found.includes(valueOf(s))) ?? slots[0]!]!
  const at = (slot: Slot) => ({ file: slot.file, line: slot.line, column: slot.column })
  const source = (slot: Slot) => (slot.block ? ` (fra tekstblokken «${slot.name.slice(BLOCK_PREFIX.length)}»)` : '')
  const who = `${context.kommune.number} ${context.kommune.name}`
  for (const p of findPlaceholders({ tree: { type: 'root', children: nodes } })) {
    const slot = blame(p.text)
    errors.push(new AvtaleverkError('malfeil', `${who}: den ferdige teksten har ${KIND[p.kind]}: «${p.text}»${source(slot)}`, at(slot)))
  }
  const expected = fill(region.expectedText!, valueOf)
  const actual = nodes.map((n) => positionedText(n).text).join('')
  if (withoutSpace(actual) !== withoutSpace(expected)) {
    errors.push(
      new AvtaleverkError('malfeil', `${who}: verdiene endret Markdown-strukturen her (teksten ble «${actual.slice(0, 120)}»); dette er en feil i avtaleverk, meld den gjerne`, at(document.slots[slots[0]!]!)),
    )
  }
}
