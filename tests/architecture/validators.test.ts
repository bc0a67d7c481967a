/**
 * The JSON-schema validators are compiled at build time (src/schema/validators.ts, Ajv
 * standalone code from scripts/build-validators.mjs): fails while the file is stale, and checks
 * that the precompiled code judges like Ajv compiling the schema at run time.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import * as validators from '../../src/schema/index.js'
import { ROOT } from '../helpers.js'
// @ts-expect-error a script without types
import { SCHEMAS, validatorsModule } from '../../scripts/build-validators.mjs'

describe('precompiled schema validators', () => {
  it('src/schema/validators.ts is what scripts/build-validators.mjs writes (run it after changing a schema)', () => {
    expect(readFileSync(path.join(ROOT, 'src/schema/validators.ts'), 'utf8') === validatorsModule()).toBe(true)
  })

  it('has no require() and no eval or new Function', () => {
    const code = readFileSync(path.join(ROOT, 'src/schema/validators.ts'), 'utf8')
    expect(code).not.toMatch(/\brequire\(|\beval\(|new Function\b/)
  })

  const cases: Array<[string, string, unknown]> = [
    ['a valid front matter', 'agreement', { id: 'retningslinje-3', type: 'retningslinje', title: 'Retningslinje 3', status: 'vedtatt' }],
    ['a bad id and an unknown status', 'agreement', { id: 'Retningslinje 3', type: 'retningslinje', title: 'x', status: 'godkjent-ish' }],
    ['a profile with a repeated language', 'profile', { language: ['nb', 'nb'], rules: { numbering: 'warning' } }],
    ['a registry value of the wrong type', 'kommuner', { kommuner: [{ navn: 3, nummer: '5401' }] }],
    ['a version list without mappe', 'versjoner', { versjoner: [{ id: '2023', dato: '2023-06-01', status: 'vedtatt' }] }],
    ['an empty signature list', 'signaturer', { signaturer: [] }],
  ]
  it.each(cases)('%s: the same verdict and errors as Ajv compiling the schema now', (_what, name, value) => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', (SCHEMAS as Record<string, string>)[name]!), 'utf8'))
    const live = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema)
    const pre = (validators as unknown as Record<string, (v: unknown) => boolean>)[`${name}Validator`]!
    const verdict = pre(value)
    expect(verdict).toBe(live(value))
    const strip = (errors: unknown) => (errors as Array<{ instancePath: string; keyword: string; params: unknown }> | null | undefined)?.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })) ?? null
    expect(strip((pre as unknown as { errors: unknown }).errors)).toEqual(strip(live.errors))
  })
})
