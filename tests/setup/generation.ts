/**
 * The 24 kommune copies of the bundled agreement (Markdown and HTML, as `npm start` dates them),
 * written with writeGeneration to a temporary folder once per `vitest run` and shared with every
 * test file through provide/inject (vitest's globalSetup): `generationDir`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { generateInstances } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { writeGeneration } from '../../src/generate/write.js'
import { loadAgreementSet } from '../../src/parse/load.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The 24 kommune copies (md, html) dated 2023-06-01, with manifest.json. */
    generationDir: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, '../..')
  const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-shared-'))
  const generationDir = path.join(dir, 'kommuner')
  const agreements = path.join(root, 'agreements')
  const [set, registry] = await Promise.all([loadAgreementSet(agreements), loadKommuneRegistry(path.join(agreements, 'kommuner.yaml'))])
  await writeGeneration(await generateInstances(set, registry, { date: '2023-06-01', formats: ['md', 'html'] }), generationDir)
  project.provide('generationDir', generationDir)
  return () => rm(dir, { recursive: true, force: true })
}
