/**
 * Every command's JSON output has a JSON Schema in schemas/, and the real output of each
 * command on the bundled set and the worked examples passes it. The generated schemas
 * (scripts/schemas.mjs, from the library's types) must also be what the types give today.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { generateInstances, loadAgreementSet, loadKommuneRegistry } from '../../src/index.js'
import { AGREEMENTS, captureIo, ROOT, SEED } from '../helpers.js'

const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as Record<string, unknown>

/** Validates `value` against schemas/<name>; returns ajv's complaints, none when it passes. */
function problems(name: string, value: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false })
  const check = ajv.compile(schema(name))
  return check(value) ? [] : (check.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)
}

async function json(args: string[], exit = 0): Promise<unknown> {
  const io = captureIo()
  expect(await runCli(args, io), io.err).toBe(exit)
  return JSON.parse(io.out) as unknown
}

describe('the JSON every command prints passes its schema', () => {
  const cases: Array<[string, string, () => Promise<unknown>]> = [
    ['parse --json', 'outline.schema.json', () => json(['parse', 'agreements', '--json'])],
    ['validate -f json', 'diagnostics.schema.json', () => json(['validate', 'agreements', '-f', 'json'], 1)],
    ['coverage -f json', 'coverage.schema.json', () => json(['coverage', 'agreements', '-f', 'json'])],
    ['diff -f json', 'changeset.schema.json', () => json(['diff', 'agreements', 'examples/revisjon-2024', '-f', 'json'], 1)],
    ['høring rapport -f json', 'horing.schema.json', () => json(['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--frist', '2024-05-01', '-f', 'json'])],
    ['status -f json', 'status.schema.json', () => json(['status', '--versjoner', 'examples/status/versjoner.yaml', '-f', 'json'])],
    ['import -f json', 'import.schema.json', () => json(['import', SEED, '-f', 'json'])],
    [
      'generate: manifest.json',
      'manifest.schema.json',
      async () => {
        const generation = await generateInstances(await loadAgreementSet(AGREEMENTS), await loadKommuneRegistry(path.join(AGREEMENTS, 'kommuner.yaml')), { date: '2023-06-01', formats: ['md'], kommuner: ['Tromsø', 'Kåfjord'] })
        return JSON.parse(new TextDecoder().decode(generation.manifestData)) as unknown
      },
    ],
  ]

  it.each(cases)('%s → schemas/%s', async (_command, file, produce) => {
    const value = await produce()
    expect(value).toBeTypeOf('object')
    expect(problems(file, value)).toEqual([])
  }, 120_000)

  it('the schemas are strict: an output with a key the types do not have fails', async () => {
    const coverage = (await json(['coverage', 'agreements', '-f', 'json'])) as Record<string, unknown>
    expect(problems('coverage.schema.json', { ...coverage, extra: 1 })).not.toEqual([])
    const { summary: _summary, ...withoutSummary } = coverage
    expect(problems('coverage.schema.json', withoutSummary)).not.toEqual([])
  })

  it('the generated schemas are what the types give today (npm run schemas)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/schemas.mjs'), '--check'], { cwd: ROOT })
    expect(stdout.trim()).toBe('schemas/ matches the types')
  }, 180_000)
})
