import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

/** The Word bytes (and so the hashes kommuner sign) must not depend on the machine's timezone. */
describe('Word output in every timezone', () => {
  it('gives the same bytes in Oslo, New York and UTC', () => {
    const script = `import { loadAgreementSet, loadKommuneRegistry, generateInstances } from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))}
const set = await loadAgreementSet(${JSON.stringify(path.join(ROOT, 'agreements'))})
const reg = await loadKommuneRegistry(${JSON.stringify(path.join(ROOT, 'agreements/kommuner.yaml'))})
const g = await generateInstances(set, reg, { date: '2023-06-01', kommuner: ['Senja'], formats: ['docx'] })
console.log(g.manifest.files.find((f) => f.path.endsWith('00-samarbeidsavtale.docx')).sha256)`
    const hash = (tz: string) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).trim()
    const hashes = ['UTC', 'Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati'].map(hash)
    expect(new Set(hashes).size).toBe(1)
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/)
  })
})
