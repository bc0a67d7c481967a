/** Run in the page: generate two kommuner's copies (md, html, docx) of the bundled set from memory. */
import { BUNDLED_AGREEMENTS } from '../../../src/bundled/agreements.js'
import { agreementSet, generateInstances, parseDocument, parseKommuneRegistry } from './generate.js'

/** The page's document (the project compiles without the DOM's types). */
const page = (globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }).document

async function run() {
  const documents = Object.entries(BUNDLED_AGREEMENTS)
    .filter(([file]) => file.endsWith('.md'))
    .map(([file, text]) => parseDocument(text, { path: file }))
  const registry = parseKommuneRegistry(BUNDLED_AGREEMENTS['agreements/kommuner.yaml'], { file: 'agreements/kommuner.yaml' })
  const generation = await generateInstances(agreementSet(documents, 'agreements'), registry, { date: '2023-06-01', kommuner: ['Tromsø', 'Kåfjord'], formats: ['md', 'html', 'docx'] })
  return generation.manifest.files.map((f) => `${f.path} ${f.sha256}`)
}

run().then(
  (hashes) => {
    ;(globalThis as { generate?: unknown }).generate = { hashes }
    page.getElementById('generate')!.textContent = `${hashes.length} filer`
  },
  (e: unknown) => {
    ;(globalThis as { generate?: unknown }).generate = { error: String(e instanceof Error ? e.stack : e) }
  },
)
