/**
 * avtaleverk — the public API. Everything a program needs is exported from here; the CLI is a
 * thin shell over these functions.
 */
export type * from './model.js'
export { AvtaleverkError, isAvtaleverkError, type ErrorCode, type ErrorPlace } from './errors.js'
export { HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH, HOTJL_6_2_POINT_COUNT, hotjl62Point, type Hotjl62Point } from './law/hotjl-6-2.js'
export { ACTS, actByKey, type Act } from './law/acts.js'
export { parseDocument, allSections, type ParseOptions, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './parse/document.js'
export { loadAgreementSet, loadDocument, listAgreementFiles, agreementSet } from './parse/load.js'
export { extractLawCitations, hotjl62Citations } from './parse/citations.js'
export { extractReferences } from './parse/references.js'
export { positionedText } from './parse/text.js'
export { stringify } from './stringify.js'
export { outlineText, setToJson, documentToJson } from './render/outline.js'
