/**
 * Budgets of avtaleverk/core in the browser, from esbuild's metafile (issue #11): the
 * parse + validate bundle at most 120 kB gzip, and no Node built-in in any browser bundle —
 * esbuild cannot resolve `node:*` for the browser, so one anywhere in the graph fails the
 * build. The generate bundle (Word included) must build for the browser too.
 * `node scripts/bundle-sizes.mjs` prints the sizes.
 */
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { browserBundle, bytesBySource, ENTRIES } from '../browser/bundles.js'

const KB = 1000
const BUDGET_PARSE_VALIDATE_GZIP = 120 * KB

describe('browser bundles of avtaleverk/core', () => {
  it(`parse + validate is at most ${BUDGET_PARSE_VALIDATE_GZIP / KB} kB gzip, with nothing of docx, the ChangeSet or the generator`, async () => {
    const bundle = await browserBundle(ENTRIES['parse-validate'])
    const sources = bytesBySource(bundle.metafile).map(([name]) => name)
    expect(bundle.gzip, `parse+validate: ${bundle.gzip} B gzip; largest: ${JSON.stringify(bytesBySource(bundle.metafile).slice(0, 8))}`).toBeLessThanOrEqual(BUDGET_PARSE_VALIDATE_GZIP)
    expect(sources).toContain('src/validate')
    for (const absent of ['docx', 'fflate', 'src/generate', 'src/bundled/agreements.ts', 'ajv', 'mdast-util-to-markdown']) expect(sources, absent).not.toContain(absent)
    // Of diff/ only the word differ that drifted-copy uses, not ChangeSets or section alignment.
    const kept = Object.values(bundle.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([name]) => name))
    expect(kept).toContain('src/diff/words.ts')
    for (const absent of ['src/diff/changeset.ts', 'src/diff/align.ts']) expect(kept, absent).not.toContain(absent)
  })

  it.each(Object.entries(ENTRIES))('%s builds for the browser with no Node built-in and no eval', async (_name, entry) => {
    const bundle = await browserBundle(entry)
    const inputs = Object.keys(bundle.metafile.inputs)
    expect(inputs.some((i) => i.startsWith('src/') || i.includes('/src/'))).toBe(true)
    expect(inputs.filter((i) => /^node:|^(fs|path|crypto|child_process|os|url|util|stream|buffer)$/.test(i))).toEqual([])
    // Ajv's compiler is what evaluated code at run time; the validators are precompiled now.
    expect(inputs.filter((i) => /node_modules\/ajv\/dist\/(compile|core|ajv)/.test(i))).toEqual([])
  })

  it('would fail on a Node built-in (the check is not vacuous)', async () => {
    const failing = build({ stdin: { contents: "import { readFile } from 'node:fs/promises'\nexport const f = readFile", resolveDir: process.cwd() }, bundle: true, platform: 'browser', write: false, logLevel: 'silent' })
    await expect(failing).rejects.toThrow(/node:fs\/promises/)
  })
})
