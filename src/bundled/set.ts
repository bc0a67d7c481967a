/** The bundled agreement set (agreements/), parsed from the text in memory: no file system. */
import type { AgreementSet } from '../model.js'
import { parseDocument } from '../parse/document.js'
import { agreementSet, isAgreementFileName } from '../parse/set.js'
import { BUNDLED_AGREEMENTS } from './agreements.js'

/**
 * The 2023 UNN set the package ships, as `loadAgreementSet('agreements')` gives it in Node
 * (paths `agreements/…`, root `agreements`).
 */
export function bundledAgreementSet(): AgreementSet {
  const documents = Object.entries(BUNDLED_AGREEMENTS)
    .filter(([file]) => isAgreementFileName(file.slice(file.lastIndexOf('/') + 1)))
    .map(([file, text]) => parseDocument(text, { path: file }))
  return agreementSet(documents, 'agreements')
}
