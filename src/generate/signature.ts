/**
 * The signature block (Del 1 § 17 of the samarbeidsavtale): in the source, one empty
 * "Sted/dato:" line per party, then each party's signatory ("Kommunedirektør / X kommune",
 * "Administrerende direktør / UNN"). A copy must leave no empty field, so each field gets a
 * line to write on; HTML and Word set the parties side by side, as signed paper does.
 */
import type { Paragraph, RootContent, Text } from 'mdast'
import type { Handler } from 'mdast-util-to-hast'
import type { Element, ElementContent } from 'hast'
import { positionedText } from '../parse/text.js'
import { findPlaceholdersInText } from '../validate/placeholders.js'

/** What is written after an empty field: room for place, date and signature by hand. */
export const FIELD_LINE = '______________________'

export interface SignatureParty {
  field: Paragraph
  signer: Paragraph
}

/** Parties side by side; only in the trees HTML and Word are rendered from. */
export interface SignatureBlock {
  type: 'signatureBlock'
  parties: SignatureParty[]
}

export type GenerateContent = RootContent | SignatureBlock

/**
 * Gives every empty field ("Sted/dato:", "Dato:", "Underskrift:" with nothing after it on its
 * line) a line to write on, in place. Returns the paragraphs that held nothing but one field.
 */
export function fillEmptyFields(paragraphs: Paragraph[]): Set<Paragraph> {
  const fieldOnly = new Set<Paragraph>()
  for (const paragraph of paragraphs) {
    const pt = positionedText(paragraph)
    const fields = findPlaceholdersInText(pt).filter((p) => p.kind === 'tomt-felt')
    if (fields.length === 0) continue
    if (fields.length === 1 && pt.text.trim() === fields[0]!.text) fieldOnly.add(paragraph)
    for (const field of fields) {
      const node = paragraph.children.find(
        (c): c is Text => c.type === 'text' && c.position !== undefined && c.position.start.line <= field.range.start.line && c.position.end.line >= field.range.start.line,
      )
      if (!node) continue
      const lines = node.value.split('\n')
      const index = field.range.start.line - node.position!.start.line
      lines[index] = `${lines[index]!.trimEnd()} ${FIELD_LINE}`
      node.value = lines.join('\n')
    }
  }
  return fieldOnly
}

/**
 * Replaces each run of N field-only paragraphs followed by N paragraphs (the signatories) with
 * one signature block: party i has field i and signatory i.
 */
export function groupSignatures(children: RootContent[], fieldOnly: Set<Paragraph>): GenerateContent[] {
  const out: GenerateContent[] = []
  let i = 0
  while (i < children.length) {
    let n = 0
    while (i + n < children.length && fieldOnly.has(children[i + n] as Paragraph)) n++
    const signers = children.slice(i + n, i + 2 * n)
    if (n > 0 && signers.length === n && signers.every((s) => s.type === 'paragraph' && !fieldOnly.has(s))) {
      const fields = children.slice(i, i + n) as Paragraph[]
      out.push({ type: 'signatureBlock', parties: fields.map((field, k) => ({ field, signer: signers[k] as Paragraph })) })
      i += 2 * n
    } else {
      out.push(children[i]!)
      i++
    }
  }
  return out
}

const cell = (children: ElementContent[], className: string): Element => ({ type: 'element', tagName: 'td', properties: { className: [className] }, children })
const row = (cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells })

/** mdast-util-to-hast handler: a table with one column per party, a line to sign on between. */
export const signatureToHast: Handler = (state, node) => {
  const parties = (node as unknown as SignatureBlock).parties
  return {
    type: 'element',
    tagName: 'table',
    properties: { className: ['signaturer'] },
    children: [
      {
        type: 'element',
        tagName: 'tbody',
        properties: {},
        children: [
          row(parties.map((p) => cell(state.all(p.field), 'felt'))),
          row(parties.map(() => cell([], 'signatur'))),
          row(parties.map((p) => cell(state.all(p.signer), 'signatar'))),
        ],
      },
    ],
  }
}
