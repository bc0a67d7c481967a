/**
 * Every function the public API exports checks its arguments: null, undefined, numbers and
 * wrong shapes end in an AvtaleverkError (ugyldig-argument, naming the function and the
 * argument), never a TypeError. The list is read from the module, so a new export is tested
 * (and must be wrapped with `checked`) without anyone adding it here.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'

const functions = Object.entries(api).filter(([name, value]) => typeof value === 'function' && name !== 'AvtaleverkError') as Array<[string, (...args: unknown[]) => unknown]>

/** Looks right at the top, wrong inside. */
const wrongShape = () => ({
  documents: [{}],
  files: [1],
  kommuner: [null],
  tree: { children: [1] },
  text: 'x',
  segments: [1],
  cells: {},
  old: {},
  new: {},
  frontMatter: {},
  sections: [1],
  children: 'x',
  type: 'root',
})

const HOSTILE: unknown[][] = [
  [],
  [null],
  [undefined],
  [42],
  [Number.NaN],
  [{}],
  [[]],
  [Symbol('x')],
  [null, null, null],
  [42, 42, 42],
  ['x', 42, 42],
  [{}, {}, {}],
  [[], [], []],
  [[1], [null], [{}]],
  [wrongShape(), wrongShape(), wrongShape()],
]

let cwd: string
beforeAll(async () => {
  // Functions given a path write or read relative to the working folder: keep that a temporary one.
  cwd = process.cwd()
  process.chdir(await mkdtemp(path.join(tmpdir(), 'avtaleverk-args-')))
})
afterAll(() => process.chdir(cwd))

async function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<unknown> {
  try {
    await fn(...args)
    return null
  } catch (e) {
    return e
  }
}

describe('exported functions given hostile arguments', () => {
  it('exports at least the 61 functions the issue counted', () => {
    expect(functions.length).toBeGreaterThanOrEqual(61)
  })

  it.each(functions)('%s is wrapped with its parameters', (_name, fn) => {
    expect((fn as unknown as { parameters?: unknown }).parameters).toBeInstanceOf(Array)
  })

  it.each(functions)('%s lets nothing but AvtaleverkError escape', async (name, fn) => {
    for (const args of HOSTILE) {
      const e = await outcome(fn, args)
      if (e === null) continue
      expect(e, `${name}(${args.map((a) => String(typeof a === 'symbol' ? 'Symbol' : JSON.stringify(a))).join(', ')})`).toBeInstanceOf(api.AvtaleverkError)
    }
  })

  it.each(functions.filter(([, fn]) => /^[^?:]+:(?!any)/.test(((fn as unknown as { parameters: string[] }).parameters ?? [])[0] ?? '')))(
    '%s names its first argument when it is null',
    async (name, fn) => {
      const first = (fn as unknown as { parameters: string[] }).parameters[0]!.split(':')[0]!
      const e = await outcome(fn, [null])
      expect(e).toMatchObject({ code: 'ugyldig-argument' })
      expect((e as Error).message).toMatch(new RegExp(`^${name}\\(\\): argumentet «${first}» skal være .+, ikke null$`))
    },
  )
})
