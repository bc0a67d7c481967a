/**
 * Heavy fixtures, made once per `vitest run` in the main process and shared with every test
 * file through provide/inject (vitest's globalSetup), instead of once per file:
 *
 * - the 24 kommune copies of the bundled agreement (Markdown and HTML, as `npm start` dates
 *   them), written with writeGeneration to a temporary folder: `generationDir`;
 * - one headless Chromium, started as a Playwright browser server that the browser tests
 *   connect to: `browserWsEndpoint` (empty when Chromium is missing; see tests/browser/chromium.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { chromium } from 'playwright-core'
import { generateInstances } from '../../src/generate/generate.js'
import { loadKommuneRegistry } from '../../src/registry/load.js'
import { writeGeneration } from '../../src/generate/write.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { CHROMIUM, CHROMIUM_ARGS } from './env.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The 24 kommune copies (md, html) dated 2023-06-01, with manifest.json. */
    generationDir: string
    /** A running Chromium's Playwright endpoint, or '' when Chromium is not installed. */
    browserWsEndpoint: string
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

  const server = existsSync(CHROMIUM) ? await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) : undefined
  project.provide('browserWsEndpoint', server?.wsEndpoint() ?? '')

  return async () => {
    await server?.close()
    await rm(dir, { recursive: true, force: true })
  }
}
