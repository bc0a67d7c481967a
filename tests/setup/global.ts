/**
 * Heavy fixtures, made once per `vitest run` in the main process and shared with every test
 * file through provide/inject (vitest's globalSetup), instead of once per file:
 *
 * - the 24 kommune copies of the bundled agreement: `generationDir` (tests/setup/generation.ts,
 *   which the mutation-testing config uses alone);
 * - one headless Chromium, started as a Playwright browser server that the browser tests
 *   connect to: `browserWsEndpoint` (empty when Chromium is missing; see tests/browser/chromium.ts).
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { chromium } from 'playwright-core'
import generation from './generation.js'
import { CHROMIUM, CHROMIUM_ARGS } from './env.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A running Chromium's Playwright endpoint, or '' when Chromium is not installed. */
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const removeGeneration = await generation(project)
  const server = existsSync(CHROMIUM) ? await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) : undefined
  project.provide('browserWsEndpoint', server?.wsEndpoint() ?? '')

  return async () => {
    await server?.close()
    await removeGeneration()
  }
}
