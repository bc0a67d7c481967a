/**
 * Ad-hoc placeholders a drafter leaves in a text ("XX kommune", "xx.xx.2023", "(SETT INN DATO)",
 * "(Navn på kommune)", "(KOMMUNENS BESKRIVELSE AV TILBUDET)", an empty "Sted/dato:") and template
 * variables still standing. Used by the placeholder rule and by generate, which must never send
 * a kommune a text that still has one.
 */
import type { Nodes, RootContent } from 'mdast'
import type { AgreementDocument, Range } from '../model.js'
import { positionedText, rangeAt, type PositionedText } from '../parse/text.js'
import { VARIABLE_PATTERN } from '../parse/variables.js'

export type PlaceholderKind = 'ad-hoc' | 'tomt-felt' | 'variabel'

export interface Placeholder {
  kind: PlaceholderKind
  text: string
  range: Range
}

/** Bounded patterns only; each matches a placeholder style found in real agreements. */
const AD_HOC: RegExp[] = [
  /(?<![\p{L}\p{N}])X{1,3}[ \t]{1,2}kommunes?(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}])[xX]{1,2}\.[xX]{1,2}\.(?:\d{2,4}|[xXyYåÅ]{2,4})(?![\p{L}\p{N}])/gu,
  /\((?:SETT INN|Sett inn|sett inn)[^()\n]{0,80}\)/gu,
  /\((?:Navn på|navn på|NAVN PÅ)[^()\n]{0,80}\)/gu,
  /\((?:Tittel|Dato|Navn|Sted|Underskrift)\)/gu,
  // A parenthesis in capitals of three words or more: "(KOMMUNENS BESKRIVELSE AV TILBUDET)".
  /\((?:[\p{Lu}ÆØÅ]{2,40}[ \t]){2,10}[\p{Lu}ÆØÅ]{2,40}\)/gu,
  /\[(?:[\p{Lu}ÆØÅ]{2,40}[ \t]){1,10}[\p{Lu}ÆØÅ]{2,40}\]/gu,
]

/** "Sted/dato:" (or "Dato:", "Underskrift:") with nothing after it on the line. */
const EMPTY_FIELD = /(?:^|\n)[ \t]{0,3}((?:Sted\/dato|Sted og dato|Dato|Underskrift|Signatur):)[ \t]{0,20}(?=\n|$)/gu

export function findPlaceholdersInText(pt: PositionedText): Placeholder[] {
  const out: Placeholder[] = []
  const taken: Array<[number, number]> = []
  for (const re of AD_HOC) {
    for (const m of pt.text.matchAll(re)) {
      const end = m.index + m[0].length
      // "(SETT INN DATO)" is also a parenthesis in capitals: report it once.
      if (taken.some(([a, b]) => m.index < b && end > a)) continue
      taken.push([m.index, end])
      out.push({ kind: 'ad-hoc', text: m[0], range: rangeAt(pt, m.index, end) })
    }
  }
  for (const m of pt.text.matchAll(EMPTY_FIELD)) {
    const start = m.index + m[0].indexOf(m[1]!)
    out.push({ kind: 'tomt-felt', text: m[1]!, range: rangeAt(pt, start, start + m[1]!.length) })
  }
  for (const m of pt.text.matchAll(VARIABLE_PATTERN)) out.push({ kind: 'variabel', text: m[0], range: rangeAt(pt, m.index, m.index + m[0].length) })
  return out
}

/** Every placeholder in a document's body (headings included), in document order. */
export function findPlaceholders(doc: Pick<AgreementDocument, 'tree'>): Placeholder[] {
  const out: Placeholder[] = []
  for (const node of doc.tree.children as RootContent[]) {
    if (node.type === 'yaml') continue
    out.push(...findPlaceholdersInText(positionedText(node as Nodes)))
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}
