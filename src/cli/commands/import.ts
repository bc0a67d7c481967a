/**
 * `avtaleverk import <fil>… [--out MAPPE] [--type T] [--variables] [--felt nøkkel=verdi] [--force]`:
 * Word, PDF or text → agreement Markdown. Without --out it only prints the report; with --out
 * every file (and manifest.json with the report) is written all-or-nothing by writeGeneration.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, type DocumentType, type GeneratedFile, type Generation, importManifest, importSet, type ImportFile, type Manifest, writeGeneration } from '../../node.js'
import { cliMessage, EXIT_OK, type Io } from '../io.js'

export interface ImportCommandOptions {
  out?: string
  type?: string
  force?: boolean
  variables?: boolean
  felt?: string[]
  format?: string
}

const TYPES: DocumentType[] = ['samarbeidsavtale', 'retningslinje', 'veileder']


function parseFields(list: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const item of list) {
    const m = /^([a-z][a-z0-9_-]{0,40})=(.*)$/u.exec(item)
    if (!m) throw new AvtaleverkError('bruksfeil', `--felt må skrives nøkkel=verdi, for eksempel --felt version=2024-1 (fikk «${item}»)`)
    out[m[1]!] = /^\d{1,4}$/.test(m[2]!) && m[1] === 'number' ? Number(m[2]) : m[2]
  }
  return out
}

export async function importCommand(files: string[], options: ImportCommandOptions, io: Io): Promise<number> {
  if (options.type && !TYPES.includes(options.type as DocumentType)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent dokumenttype «${options.type}»; velg en av: ${TYPES.join(', ')}`)
  }
  if (options.format && !['text', 'json'].includes(options.format)) throw new AvtaleverkError('bruksfeil', `Ukjent format «${options.format}»; velg text eller json`)
  const inputs: ImportFile[] = []
  for (const file of files) {
    const full = path.resolve(io.cwd, file)
    const info = await stat(full).catch(() => null)
    if (!info) throw new AvtaleverkError('lesefeil', 'Filen finnes ikke', { file })
    if (!info.isFile()) throw new AvtaleverkError('lesefeil', 'Dette er ikke en fil', { file })
    inputs.push({ name: file, bytes: new Uint8Array(await readFile(full)), ...(options.type ? { type: options.type as DocumentType } : {}) })
  }
  const result = await importSet(inputs, { variables: options.variables ?? false, fill: parseFields(options.felt ?? []) })
  const report = importManifest(result)
  if (options.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else io.stdout(cliMessage(result.reportText))
  const percent = (result.fidelity.ratio * 100).toFixed(2).replace('.', ',')
  if (!options.out) {
    io.stderr(`${result.documents.length} ${result.documents.length === 1 ? 'dokument' : 'dokumenter'}, ${percent} % av kildens ord beholdt i rekkefølge. Ingen filer skrevet; bruk --out MAPPE for å skrive dem.\n`)
    return EXIT_OK
  }
  const encoder = new TextEncoder()
  const generated: GeneratedFile[] = result.documents.map((d) => ({ path: d.path, data: encoder.encode(d.markdown), kommunenummer: '', document: d.id, format: 'md' }))
  // writeGeneration writes all files or none, manifest.json last; the import's manifest is its report.
  const generation: Generation = { files: generated, manifest: {} as Manifest, manifestData: encoder.encode(`${JSON.stringify(report, null, 2)}\n`) }
  const written = await writeGeneration(generation, options.out, { force: options.force ?? false })
  io.stderr(`Skrev ${written.length - 1} ${written.length === 2 ? 'dokument' : 'dokumenter'} og manifest.json til ${options.out} (${percent} % av kildens ord beholdt i rekkefølge).\n`)
  const fillIn = result.documents.filter((d) => d.report.frontMatter.fillIn.length > 0)
  if (fillIn.length > 0) io.stderr(`Fyll inn front matter i ${fillIn.length} av dem (se «fyll inn» i rapporten), eller bruk --felt nøkkel=verdi.\n`)
  return EXIT_OK
}
