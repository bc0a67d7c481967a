import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAgreementSet } from '../src/parse/load.js'
import type { AgreementDocument, AgreementSet } from '../src/model.js'
import { allSections } from '../src/parse/document.js'
import { loadConfig } from '../src/validate/config.js'
import type { ResolvedProfile } from '../src/validate/profile.js'
import type { Io } from '../src/cli/io.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const AGREEMENTS = path.join(ROOT, 'agreements')
/**
 * The seed text in the session's shared folder beside the checkout (/work/shared next to
 * /work/main); looked up from the nearest ancestor that has it, since mutation testing runs the
 * tests in a copy under .stryker-tmp/.
 */
export const SEED = seedPath(ROOT, 'shared/seeds/001_4d03bca085d1017d.txt')

function seedPath(from: string, rel: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, rel))) return path.join(dir, rel)
    if (path.dirname(dir) === dir) return path.resolve(from, '..', rel)
  }
}

let corpus: Promise<AgreementSet> | undefined
/** The bundled, faithful 2023 set, loaded once per test file. */
export function loadCorpus(): Promise<AgreementSet> {
  corpus ??= loadAgreementSet(AGREEMENTS)
  return corpus
}

let corpusConfig: Promise<ResolvedProfile> | undefined
/** The profile the bundled set is validated with: agreements/avtaleverk.config.yaml (extends unn-2023). */
export function corpusProfile(): Promise<ResolvedProfile> {
  corpusConfig ??= loadConfig(path.join(AGREEMENTS, 'avtaleverk.config.yaml'))
  return corpusConfig
}

export function doc(set: AgreementSet, id: string): AgreementDocument {
  const found = set.documents.find((d) => d.frontMatter.id === id)
  if (!found) throw new Error(`no document ${id}`)
  return found
}

export function section(set: AgreementSet, id: string) {
  for (const d of set.documents) {
    const s = allSections(d.sections).find((x) => x.id === id)
    if (s) return s
  }
  throw new Error(`no section ${id}`)
}

export function readAgreement(file: string): string {
  return readFileSync(path.join(AGREEMENTS, file), 'utf8')
}

/** A minimal valid front matter, for fixtures. */
export function frontMatter(fields: Record<string, string | number> = {}): string {
  const all = { id: 'retningslinje-1', type: 'retningslinje', number: 1, title: 'Test', version: '"1"', status: 'utkast', date: '2024-01-01', ...fields }
  return `---\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`
}

/** An Io that records what a CLI run prints. */
export function captureIo(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, cwd: ROOT, stdout: (t: string | Uint8Array) => void (io.out += typeof t === 'string' ? t : Buffer.from(t).toString('latin1')), stderr: (t: string) => void (io.err += t) }
  return io
}
