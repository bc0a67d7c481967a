/**
 * Ad-hoc placeholders a drafter leaves in a text ("XX kommune", "X kommune", "NN kommune",
 * "............. kommune", "xxxxx kommune", "xxxxxxx", "xx.xx.2023", "xx.xx.xxxx", "(SETT INN
 * DATO)", "(Navn på kommune)", "(KOMMUNENS BESKRIVELSE AV TILBUDET)"), an empty "Sted/dato:", a
 * party left out ("Avtalen er inngått mellom kommune og Helse Førde HF") and template variables
 * still standing. Used by the placeholder rule and by generate, which must never send a kommune
 * a text that still has one. Linear: each pattern is scanned once and overlaps are checked
 * against a claim map (issue #10).
 */
import type { Nodes, RootContent } from 'mdast'
import type { AgreementDocument, Range } from '../model.js'
import { positionedText, rangeAt, type PositionedText } from '../parse/text.js'
import { VARIABLE_PATTERN } from '../parse/variables.js'
import { Claims, matchAllCounted, type WorkCounter } from '../parse/work.js'
import { append } from '../arrays.js'

export type PlaceholderKind = 'ad-hoc' | 'tomt-felt' | 'tom-part' | 'variabel'

export interface Placeholder {
  kind: PlaceholderKind
  text: string
  range: Range
}

/** Bounded patterns only; each matches a placeholder style found in real agreements. */
const AD_HOC: RegExp[] = [
  // "XX kommune", "X kommune" (Sør-Rogaland), "NN kommune", "xxxxx kommune" (Ahus)
  /(?<![\p{L}\p{N}])(?:X{1,3}|[xX]{4,12}|x{2,3}|NN)[ \t]{1,2}kommunes?(?![\p{L}])/gu,
  // "............. kommune" (Helse Førde), "_____ kommune", "… kommune"
  /(?<![\p{L}\p{N}._…])(?:\.{4,40}|_{3,40}|…{1,3})[ \t]{0,2}kommunes?(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}])[xX]{1,2}\.[xX]{1,2}\.(?:\d{2,4}|[xXyYåÅ]{2,4})(?![\p{L}\p{N}])/gu,
  // "xxxxxxx" standing alone
  /(?<![\p{L}\p{N}])[xX]{4,20}(?![\p{L}\p{N}])/gu,
  /\((?:SETT INN|Sett inn|sett inn)[^()\n]{0,80}\)/gu,
  /\((?:Navn på|navn på|NAVN PÅ)[^()\n]{0,80}\)/gu,
  /\((?:Tittel|Dato|Navn|Sted|Underskrift)\)/gu,
  // A parenthesis in capitals of three words or more: "(KOMMUNENS BESKRIVELSE AV TILBUDET)".
  /\((?:[\p{Lu}ÆØÅ]{2,40}[ \t]){2,10}[\p{Lu}ÆØÅ]{2,40}\)/gu,
  /\[(?:[\p{Lu}ÆØÅ]{2,40}[ \t]){1,10}[\p{Lu}ÆØÅ]{2,40}\]/gu,
]

/**
 * The parties' sentence with the kommune's name left out: "Avtalen er inngått mellom kommune og
 * Helse Førde HF". Only after "inngått"/"gjeld(er)": "samhandling mellom kommune og UNN" is
 * ordinary prose.
 */
const EMPTY_PARTY = /(?<![\p{L}])(?:inngått|inngjort|gjeld|gjelder)[ \t\n]{1,3}(mellom[ \t\n]{1,3}kommune[ \t\n]{1,3}og)(?![\p{L}])/giu

/** "Sted/dato:" (or "Dato:", "Underskrift:") with nothing after it on the line. */
const EMPTY_FIELD = /(?:^|\n)[ \t]{0,3}((?:Sted\/dato|Sted og dato|Dato|Underskrift|Signatur):)[ \t]{0,20}(?=\n|$)/gu

export function findPlaceholdersInText(pt: PositionedText, options: { work?: WorkCounter } = {}): Placeholder[] {
  const { work } = options
  const out: Placeholder[] = []
  const claims = new Claims(pt.text.length, work)
  for (const re of AD_HOC) {
    for (const m of matchAllCounted(pt.text, re, work, 100)) {
      const end = m.index + m[0].length
      // "(SETT INN DATO)" is also a parenthesis in capitals: report it once.
      if (!claims.claim(m.index, end)) continue
      out.push({ kind: 'ad-hoc', text: m[0], range: rangeAt(pt, m.index, end, work) })
    }
  }
  for (const m of matchAllCounted(pt.text, EMPTY_PARTY, work)) {
    const start = m.index + m[0].length - m[1]!.length
    out.push({ kind: 'tom-part', text: m[1]!, range: rangeAt(pt, start, start + m[1]!.length, work) })
  }
  for (const m of matchAllCounted(pt.text, EMPTY_FIELD, work, 20)) {
    const start = m.index + m[0].indexOf(m[1]!)
    out.push({ kind: 'tomt-felt', text: m[1]!, range: rangeAt(pt, start, start + m[1]!.length, work) })
  }
  for (const m of matchAllCounted(pt.text, VARIABLE_PATTERN, work, 10)) out.push({ kind: 'variabel', text: m[0], range: rangeAt(pt, m.index, m.index + m[0].length, work) })
  return out
}

/** Every placeholder in a document's body (headings included), in document order. */
export function findPlaceholders(doc: Pick<AgreementDocument, 'tree'>, options: { work?: WorkCounter } = {}): Placeholder[] {
  const out: Placeholder[] = []
  for (const node of doc.tree.children as RootContent[]) {
    if (node.type === 'yaml') continue
    append(out, findPlaceholdersInText(positionedText(node as Nodes), options))
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
}
