/**
 * An agreement set in memory: what makes a file name an agreement document, and the set built
 * from documents, with repeated ids refused. No file system here (load.ts reads folders).
 */
import { AvtaleverkError } from '../errors.js'
import type { AgreementDocument, AgreementSet } from '../model.js'

/** Markdown files that are documentation, not agreement documents. */
const NOT_DOCUMENTS = new Set(['readme.md', 'changelog.md', 'license.md', 'sources.md', 'forms.md', 'contributing.md'])

/** The file in a set's folder that lists its documents (schemas/avtalesett.schema.json). */
export const SET_INDEX_FILE = 'avtalesett.yaml'

/** Whether a file name in a set's folder is an agreement document (on disk or in a git tree). */
export function isAgreementFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.endsWith('.md') && !NOT_DOCUMENTS.has(lower)
}

/** The documents with ids not seen before; each repeated id becomes an error in `errors`. */
export function withoutDuplicateIds(documents: AgreementDocument[], errors: AvtaleverkError[]): AgreementDocument[] {
  const byId = new Map<string, AgreementDocument>()
  for (const doc of documents) {
    const before = byId.get(doc.frontMatter.id)
    if (before) {
      errors.push(new AvtaleverkError('duplisert-id', `Dokument-id «${doc.frontMatter.id}» er også brukt i ${before.path}`, { file: doc.path, line: doc.frontMatterLines.id ?? 1 }))
    } else byId.set(doc.frontMatter.id, doc)
  }
  return [...byId.values()]
}

/**
 * A set from documents already in memory (tests, editors, generated instances, a browser).
 *
 * @example
 * ```ts
 * const set = agreementSet(files.map((f) => parseDocument(f.text, { path: f.name })), 'avtaler')
 * ```
 * @throws never: the documents are taken as given (`validate` reports what is wrong with them).
 */
export function agreementSet(documents: AgreementDocument[], root = ''): AgreementSet {
  return { root, documents }
}
