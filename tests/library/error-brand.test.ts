/**
 * An AvtaleverkError from one copy of the package is recognised by another: the ESM build
 * (dist/index.js) and the CommonJS build (dist/index.cjs) are two copies in one process, as in
 * an app whose dependencies load avtaleverk both ways. Needs `npm run build` (npm test runs it).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

type Api = typeof import('../../src/index.js')
const esm = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as Api
const cjs = createRequire(import.meta.url)(path.join(ROOT, 'dist/index.cjs')) as Api

const thrownBy = (api: Api): unknown => {
  try {
    api.parseDocument('ingen front matter', { path: 'x.md' })
  } catch (e) {
    return e
  }
  return undefined
}

describe('AvtaleverkError across the ESM and CommonJS copies', () => {
  it('the two builds are different copies: their classes differ', () => {
    expect(esm.AvtaleverkError).not.toBe(cjs.AvtaleverkError)
  })

  it('isAvtaleverkError and instanceof recognise an error of the other copy', () => {
    const fromCjs = thrownBy(cjs)
    const fromEsm = thrownBy(esm)
    expect(esm.isAvtaleverkError(fromCjs)).toBe(true)
    expect(cjs.isAvtaleverkError(fromEsm)).toBe(true)
    expect(fromCjs instanceof esm.AvtaleverkError).toBe(true)
    expect(fromEsm instanceof cjs.AvtaleverkError).toBe(true)
    expect(esm.isAvtaleverkError(fromCjs) && fromCjs.format()).toBe('x.md:1: ' + (fromCjs as Error).message)
  })

  it('anything else is not one', () => {
    for (const api of [esm, cjs]) {
      expect(api.isAvtaleverkError(new Error('x'))).toBe(false)
      expect(api.isAvtaleverkError({ name: 'AvtaleverkError', code: 'lesefeil', message: 'x' })).toBe(false)
      expect(api.isAvtaleverkError(null)).toBe(false)
      expect(new Error('x') instanceof api.AvtaleverkError).toBe(false)
    }
  })

  it('the brand is Symbol.for("avtaleverk.error"), not enumerable: JSON and spreads do not carry it', () => {
    const e = thrownBy(esm) as object
    expect((e as Record<symbol, unknown>)[Symbol.for('avtaleverk.error')]).toBe(true)
    expect(Object.keys(e)).not.toContain(Symbol.for('avtaleverk.error').toString())
    expect(esm.isAvtaleverkError({ ...e })).toBe(false)
  })
})
