/** The generate part of avtaleverk/core, as a browser app would import it: Markdown, HTML and Word copies in memory. */
export { agreementSet, generateInstances, parseDocument, parseKommuneRegistry } from '../../../src/core.js'
