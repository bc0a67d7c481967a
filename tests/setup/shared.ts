/** The fixtures tests/setup/global.ts made once for the whole run, read back in a test file. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { inject } from 'vitest'
import type { GeneratedFile, Generation, Manifest } from '../../src/generate/generate.js'

let generation: Promise<Generation> | undefined

/** The 24 kommune copies (md, html, dated 2023-06-01) as written to disk, with their manifest. */
export function sharedGeneration(): Promise<Generation> {
  generation ??= (async () => {
    const dir = inject('generationDir')
    const manifestData = new Uint8Array(await readFile(path.join(dir, 'manifest.json')))
    const manifest = JSON.parse(new TextDecoder().decode(manifestData)) as Manifest
    const files = await Promise.all(
      manifest.files.map(async ({ path: rel, kommunenummer, document, format }): Promise<GeneratedFile> => ({ path: rel, kommunenummer, document, format, data: new Uint8Array(await readFile(path.join(dir, rel))) })),
    )
    return { files, manifest, manifestData }
  })()
  return generation
}

export const sharedGenerationDir = (): string => inject('generationDir')
