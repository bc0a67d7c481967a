import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { AGREEMENTS, captureIo, ROOT } from '../helpers.js'

const run = promisify(execFile)


describe('avtaleverk parse', () => {
  it('prints the outline of all eleven documents', async () => {
    const io = captureIo()
    expect(await runCli(['parse', AGREEMENTS], io)).toBe(0)
    const files = io.out.split('\n').filter((l) => l.startsWith(AGREEMENTS))
    expect(files).toHaveLength(11)
    expect(io.out).toContain('2.2 Samarbeid omkring behandlingsforløp  {samarbeidsavtale/del-2/2.2}  § 6-2: 2, 3, 5, 13')
    expect(io.out).toContain('9. Samarbeid om utvikling og planlegging av tjenestene  {samarbeidsavtale/del-1/9}  § 6-2: 12')
  })

  it('prints the model as JSON', async () => {
    const io = captureIo()
    expect(await runCli(['parse', path.join(AGREEMENTS, '03-retningslinje-3.md'), '--json'], io)).toBe(0)
    const model = JSON.parse(io.out)
    expect(model.documents[0].frontMatter.id).toBe('retningslinje-3')
    expect(model.documents[0].sections.map((s: { number: string }) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(model.documents[0].tree).toBeUndefined()
  })

  it('exits 2 with a Norwegian message on unreadable input', async () => {
    const io = captureIo()
    expect(await runCli(['parse', 'finnes-ikke.md'], io)).toBe(2)
    expect(io.err).toBe('finnes-ikke.md: Finner ikke filen eller mappen\n')
    expect(io.out).toBe('')
  })

  it('exits 2 on a usage error', async () => {
    const io = captureIo()
    expect(await runCli(['parse'], io)).toBe(2)
    expect(io.err).toMatch(/missing required argument|mangler/i)
  })

  it('works as the installed bin', async () => {
    const bin = path.join(ROOT, 'dist/cli.js')
    const { stdout } = await run(process.execPath, [bin, 'parse', 'agreements/01-retningslinje-1.md'], { cwd: ROOT })
    expect(stdout).toContain('3.2 Fremgangsmåte ved ønske om oppgaveoverføring  {retningslinje-1/3.2}')
    const failed = await run(process.execPath, [bin, 'parse', 'agreements/nope.md'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e)
    expect(failed).toMatchObject({ code: 2, stderr: 'agreements/nope.md: Finner ikke filen eller mappen\n' })
  })
})
