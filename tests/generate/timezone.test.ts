import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

/**
 * The sha256 of Senja's Word samarbeidsavtale dated 2023-06-01. Kommuner sign these bytes and
 * `status` compares against them, so a change must be deliberate: a dependency update (docx, its
 * nanoid, fflate) or a render change that moves it is caught here; update it only on purpose
 * (last: the house style and title page of issue #14, a forslag copy with its draft mark).
 */
const SENJA_DOCX_SHA256 = '0941ac7e25f172a68ed4e426a253cd97caac7ef8ad17a31469f20c5ee9044f9f'

const run = promisify(execFile)

/** The Word bytes (and so the hashes kommuner sign) must not depend on the machine's timezone. */
describe('Word output in every timezone', () => {
  it('gives the same bytes in UTC, Oslo, New York and Kiritimati, and the bytes signed', async () => {
    // One process per timezone, as on four machines (switching TZ inside one process is not
    // what a machine does: values computed at load keep the first zone), run side by side.
    const script = `import { loadAgreementSet, loadKommuneRegistry, generateInstances } from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))}
const set = await loadAgreementSet(${JSON.stringify(path.join(ROOT, 'agreements'))})
const reg = await loadKommuneRegistry(${JSON.stringify(path.join(ROOT, 'agreements/kommuner.yaml'))})
const g = await generateInstances(set, reg, { date: '2023-06-01', kommuner: ['Senja'], formats: ['docx'] })
console.log(JSON.stringify({ offset: new Date(2023, 5, 1).getTimezoneOffset(), sha256: g.manifest.files.find((f) => f.path === '5421-senja/00-samarbeidsavtale.docx').sha256 }))`
    const inZone = async (tz: string) => JSON.parse((await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz } })).stdout) as { offset: number; sha256: string }
    const runs = await Promise.all(['UTC', 'Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati'].map(inZone))
    // The zones really differ (0, −120, 240 and −840 minutes on the date)…
    expect(runs.map((r) => r.offset)).toEqual([0, -120, 240, -840])
    // …and the bytes do not.
    expect(runs.map((r) => r.sha256)).toEqual(Array(4).fill(SENJA_DOCX_SHA256))
  })
})
