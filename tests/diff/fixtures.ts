/** Small agreement documents for diff tests, parsed in memory. */
import path from 'node:path'
import { diffSets, type DiffOptions } from '../../src/diff/changeset.js'
import type { AgreementDocument, AgreementSet } from '../../src/model.js'
import { parseDocument } from '../../src/parse/document.js'
import { frontMatter, ROOT } from '../helpers.js'

/** The 2024 revision of the bundled agreement. */
export const REVISION = path.join(ROOT, 'examples/revisjon-2024')

/** A retningslinje with the given body (sections as Markdown). */
export function retningslinje(body: string, number = 7): AgreementDocument {
  const id = `retningslinje-${number}`
  return parseDocument(`${frontMatter({ id, number, title: 'Test' })}\n# RETNINGSLINJE nr. ${number}: Test\n\n${body}`, { path: `${id}.md` })
}

export function setOf(...documents: AgreementDocument[]): AgreementSet {
  return { root: '', documents }
}

/** diffSets of two bodies of one retningslinje, and its one DocumentChange. */
export function diffBodies(oldBody: string, newBody: string, options: DiffOptions = {}) {
  const oldDoc = retningslinje(oldBody)
  const newDoc = retningslinje(newBody)
  const cs = diffSets(setOf(oldDoc), setOf(newDoc), options)
  return { cs, oldDoc, newDoc, doc: cs.documents[0]! }
}

export const BASE = `## 1. Formål

Retningslinjen skal sikre gode pasientforløp mellom kommunen og UNN.

## 2. Ansvar

Kommunen har ansvar for oppfølging etter utskrivning. UNN varsler kommunen i god tid.

Begge parter skal dokumentere avtalte tiltak i journal.

## 3. Avvik

Avvik meldes gjennom partnernes avvikssystemer og følges opp i samarbeidsutvalget.

## 4. Varighet

Retningslinjen gjelder til den sies opp, jf. helse- og omsorgstjenesteloven § 6-5.
`
