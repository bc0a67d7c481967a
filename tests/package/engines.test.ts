/**
 * `engines.node` is honest: every package a user installs with avtaleverk (the lock file's
 * non-dev packages) accepts the oldest Node that engines names. docx 9.15 asks for nanoid 6
 * (Node ≥ 22); package.json overrides it with nanoid 5, which docx's code never loads anyway:
 * its dist bundles nanoid's non-secure generator.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; optional?: boolean; version?: string; engines?: { node?: string } }> }

describe('engines.node', () => {
  const floor = semver.minVersion(pkg.engines.node)!.version

  it('is Node 20 or newer', () => {
    expect(floor).toBe('20.0.0')
  })

  it('is accepted by every runtime dependency in the lock file', () => {
    const runtime = Object.entries(lock.packages).filter(([key, p]) => key !== '' && !p.dev)
    expect(runtime.map(([key]) => key)).toContain('node_modules/docx')
    const refusing = runtime.filter(([, p]) => p.engines?.node && !semver.satisfies(floor, p.engines.node)).map(([key, p]) => `${key}@${p.version}: ${p.engines!.node}`)
    expect(refusing).toEqual([])
  })

  it('docx gets a nanoid that runs on Node 20, and does not import it at run time', () => {
    expect(lock.packages['node_modules/docx/node_modules/nanoid']).toMatchObject({ version: expect.stringMatching(/^5\./), engines: { node: '^18 || >=20' } })
    for (const file of ['index.mjs', 'index.cjs']) {
      const code = readFileSync(path.join(ROOT, 'node_modules/docx/dist', file), 'utf8')
      expect(code, file).not.toMatch(/(?:from|require\()\s*["']nanoid/)
    }
  })
})
