import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseKommuneRegistry } from '../../src/registry/registry.js'
import { agreementSet } from '../../src/parse/load.js'
import { parseDocument } from '../../src/parse/document.js'
import { frontMatter } from '../helpers.js'

/** A 4×6 red PNG: a stand-in coat of arms. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAGCAIAAABrW6giAAAAEElEQVR4nGM4IScHRwyUcgDHCxhhZS03gwAAAABJRU5ErkJggg==', 'base64')

const made: string[] = []

/** A fresh folder under the system's temp folder; removeTempDirs() removes them all. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-gen-'))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** YAML for one kommune entry; `navn` and `nummer` quoted as JSON, which YAML reads as is. */
export function kommuneYaml(navn: string, nummer: string, extra = ''): string {
  return `  - navn: ${JSON.stringify(navn)}\n    nummer: ${JSON.stringify(nummer)}\n${extra}`
}

export function registryText(kommuner: string[], head = 'standardsignatar:\n  tittel: Kommunedirektør\nstandardblokker:\n  ohd-tilbud: Beskrivelsen legges ved.\n'): string {
  return `${head}kommuner:\n${kommuner.join('')}`
}

export const registry = (kommuner: string[], head?: string, images?: Record<string, Uint8Array>) =>
  parseKommuneRegistry(registryText(kommuner, head), { file: 'kommuner.yaml', images })

/** A small set: one samarbeidsavtale-like document using every kind of variable. */
export function smallSet(body = SMALL_BODY, fields: Record<string, string | number> = {}) {
  const text = `${frontMatter({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', number: 0, title: '"Avtale mellom {{kommune.navn}} kommune og UNN"', version: '"2023-test"', ...fields })}${body}`
  return agreementSet([parseDocument(text, { path: 'maler/00-avtale.md' })], 'maler')
}

export const SMALL_BODY = `
# Avtale mellom {{kommune.navn}} kommune og UNN

Sist oppdatert: {{avtale.dato}}

## 1. Parter

Avtalen er inngått mellom {{kommune.navn}} kommune ({{kommune.offisielt_navn}}, nr. {{kommune.nummer}}) og UNN, datert {{avtale.dato | lang}}.

{{blokk.ohd-tilbud}}

## 2. Signatur

Sted/dato:

Sted/dato:

{{kommune.signatar.tittel}}\\
{{kommune.navn}} kommune

Administrerende direktør\\
Universitetssykehuset Nord-Norge HF
`

export async function writeTree(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content)
}
