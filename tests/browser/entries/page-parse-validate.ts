/** Run in the page: parse the bundled set from memory and validate it under unn-2023. */
import { BUNDLED_AGREEMENTS } from '../../../src/bundled/agreements.js'
import { agreementSet, builtinProfile, parseDocument, summarise, validate } from './parse-validate.js'

/** The page's document (the project compiles without the DOM's types). */
const page = (globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }).document

const documents = Object.entries(BUNDLED_AGREEMENTS)
  .filter(([file]) => file.endsWith('.md'))
  .map(([file, text]) => parseDocument(text, { path: file }))
const diagnostics = validate(agreementSet(documents, 'agreements'), { profile: builtinProfile('unn-2023') })
const result = { findings: diagnostics.length, summary: summarise(diagnostics), lines: diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`) }
;(globalThis as { parseValidate?: unknown }).parseValidate = result
page.getElementById('parse-validate')!.textContent = JSON.stringify(result.summary)
