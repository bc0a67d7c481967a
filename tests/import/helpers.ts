import { readFileSync } from 'node:fs'
import type { AgreementSet } from '../../src/model.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
import type { ImportResult } from '../../src/import/index.js'
import { SEED } from '../helpers.js'

/** The seed's 2023 agreement (lines 434–2834) and, after a page break, the faktureringsveileder (3150–3279). */
export function seedText(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n')
  return `${lines.slice(433, 2834).join('\n')}\n\f${lines.slice(3149, 3279).join('\n')}\n`
}

/** What a person fills in that the text does not state. */
export const FILL = { version: '2023-forslag', status: 'forslag', date: '2023-06-01' }

/** Every section of every document: «id: number title» (parts as «Del N»), in order. */
export function outline(set: Pick<AgreementSet, 'documents'>): string[] {
  return set.documents.flatMap((d) =>
    allSections(d.sections).map((s) => `${d.frontMatter.id}: ${s.kind === 'part' ? `Del ${s.number} – ` : s.numberText ? `${s.numberText} ` : ''}${s.title}`.replace(/\s+/g, ' ')),
  )
}

/** The imported documents parsed as the rest of avtaleverk reads them. */
export function parsed(result: ImportResult): AgreementSet {
  return { root: '', documents: result.documents.map((d) => parseDocument(d.markdown, { path: d.path })) }
}
