/** The parse + validate part of avtaleverk/core, as a browser app would import it (budget: ≤ 120 kB gzip). */
export { agreementSet, builtinProfile, parseDocument, summarise, validate } from '../../../src/core.js'
