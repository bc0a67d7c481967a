/**
 * A program using avtaleverk as an npm user would: every verb — parse, stringify, validate
 * (with a rule of its own), coverage, generate (Markdown, HTML and Word bytes), diff, import,
 * høring and status — on strings and in-memory sets, never the file system. It is compiled with
 * the platform-neutral globals only (lib ES2022 + DOM, no @types/node), as a browser app would be. check-package.mjs
 * writes fixtures.ts beside it (the bundled agreements, the 2024 revision, the registry, the
 * innspill and the status example, as strings), compiles it with strict TypeScript as ESM and as
 * CommonJS against the installed tarball, and runs it with Node's permission model: reading only
 * inside the project, writing nowhere.
 */
import {
  agreementSet,
  allSections,
  buildHoringReport,
  coverageMatrix,
  defineRule,
  diffSets,
  formatCoverage,
  formatDiagnostics,
  formatDiff,
  formatHoring,
  formatStatus,
  generateInstances,
  importDocument,
  isAvtaleverkError,
  parseDocument,
  parseInnspill,
  parseKommuneRegistry,
  parseSignatures,
  parseVersions,
  signingStatus,
  stringify,
  validate,
  type AgreementSet,
  type Diagnostic,
  type OptionsOf,
  type RuleSettingFor,
} from 'avtaleverk'
import { AGREEMENTS, INNSPILL, REGISTRY, REVISION, SIGNATURER, VERSJONER } from './fixtures.js'

const check = (ok: boolean, what: string): void => {
  if (!ok) throw new Error(`consumer: ${what}`)
}
const setOf = (files: ReadonlyArray<{ path: string; text: string }>, root: string): AgreementSet => agreementSet(files.map((f) => parseDocument(f.text, { path: f.path })), root)

/** A rule of the program's own: sections longer than `max` words. */
const longSection = defineRule<{ max: number }>({
  id: 'forbruker/langt-punkt',
  defaultSeverity: 'warning',
  description: 'Et punkt skal ikke være for langt',
  defaultOptions: { max: 500 },
  meta: { schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }, messages: { long: 'Punktet har {{words}} ord; høyst {{max}}' } },
  check({ set, options, report }) {
    for (const document of set.documents) {
      for (const section of allSections(document.sections)) {
        const words = section.text.split(/\s+/).filter(Boolean).length
        if (words > options.max) report({ document, range: section.range, messageId: 'long', data: { words, max: options.max } })
      }
    }
  },
})

async function main(): Promise<void> {
  const fra = setOf(AGREEMENTS, 'agreements')
  const til = setOf(REVISION, 'revisjon-2024')
  check(fra.documents.length === 11 && til.documents.length === 11, `parse: ${fra.documents.length} documents`)
  const first = fra.documents[0]!
  check(parseDocument(stringify(first), { path: first.path }).sections.length === first.sections.length, 'stringify round trip')

  const options: OptionsOf<typeof longSection> = { max: 150 }
  const setting: RuleSettingFor<typeof longSection> = { severity: 'error', options }
  const diagnostics: Diagnostic[] = validate(fra, { rules: [longSection], config: { rules: { 'forbruker/langt-punkt': setting } } })
  const mine = diagnostics.filter((d) => d.ruleId === 'forbruker/langt-punkt')
  check(mine.length > 0 && mine.every((d) => d.severity === 'error' && d.source === 'avtaleverk' && /^Punktet har \d+ ord; høyst 150$/.test(d.message)), 'custom rule reported')
  check(diagnostics.some((d) => d.ruleId === 'cross-reference' && d.severity === 'error'), 'built-in rules ran')
  try {
    validate(fra, { config: { rules: { 'forbruker/langt-punkt': 'error' } } })
    check(false, 'an unknown rule id is refused')
  } catch (e) {
    check(isAvtaleverkError(e) && e.code === 'skjemafeil', 'an unknown rule id is an AvtaleverkError')
  }
  const sarif = JSON.parse(formatDiagnostics(diagnostics, 'sarif')) as { version: string }
  check(sarif.version === '2.1.0', 'SARIF')

  check(formatCoverage(coverageMatrix(fra), 'text').includes('14 av 14'), 'coverage')

  const registry = parseKommuneRegistry(REGISTRY, { file: 'kommuner.yaml' })
  const generation = await generateInstances(fra, registry, { date: '2023-06-01', kommuner: ['Tromsø'], formats: ['md', 'html', 'docx'] })
  const word = generation.files.find((f) => f.path.endsWith('00-samarbeidsavtale.docx'))
  check(generation.files.some((f) => f.path === '5401-tromso/00-samarbeidsavtale.md') && word !== undefined, 'generate')

  const changes = diffSets(fra, til)
  check(changes.summary.documents.revidert > 0, 'diff')
  const redline = await formatDiff(changes, 'docx')
  check(typeof redline !== 'string' && redline[0] === 0x50 && redline[1] === 0x4b, 'diff as Word (zip bytes)')
  const markdown = await formatDiff(changes, 'md')
  check(typeof markdown === 'string' && markdown.includes('<ins>'), 'diff as Markdown')

  const report = buildHoringReport({ respondents: INNSPILL.map((f) => parseInnspill(f.text, f.file)), fra, til, registry, frist: '2024-05-01' })
  check(report.totals.respondenter === 5 && report.totals.forSent === 1, 'høring')
  const horingMd = await formatHoring(report, 'md')
  check(typeof horingMd === 'string' && horingMd.includes('# Høringsoppsummering'), 'høring as Markdown')

  const status = await signingStatus(registry, parseVersions(VERSJONER, 'versjoner.yaml'), parseSignatures(SIGNATURER, 'signaturer.yaml'), { sets: { '2023': fra, '2024': til } })
  check(status.current.id === '2024' && formatStatus(status, 'text').includes('Gjeldende versjon: 2024'), 'status')

  const imported = await importDocument(new TextEncoder().encode(`RETNINGSLINJE nr. 3: Beskrivelse av kommunens tilbud\n\n1. Forankring\n\nRetningslinjen er forankret i samarbeidsavtalen del 2 punkt 2.3.\n\n2. Formål\n\nXX kommune skal beskrive tilbudet.\n`), { name: 'retningslinje-3.txt' })
  const [doc] = imported.documents
  check(imported.documents.length === 1 && doc!.id === 'retningslinje-3' && doc!.report.placeholders.some((p) => p.text.includes('XX kommune')), `import: ${imported.documents.map((d) => d.id).join(', ')}`)

  console.log(`${diagnostics.length} funn, ${mine.length} fra egen regel, ${generation.files.length} filer, ${report.totals.innspill} innspill: every verb in memory`)
}

main().catch((e: unknown) => {
  console.log(e instanceof Error ? (e.stack ?? e.message) : String(e))
  throw e
})
