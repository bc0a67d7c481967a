/**
 * The commands run in this process (runCli with a recording Io), for what the bin tests in a
 * child process cannot measure: each option's default and its given value, the messages on
 * the way out, and the shared error and signal handling of src/cli/.
 */
import { EventEmitter } from 'node:events'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { whileWriting } from '../../src/cli/interrupt.js'
import { engineMessage, EXIT_ERROR, EXIT_INTERRUPTED, quietWhenClosed, reportError } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/program.js'
import { coverageCommand } from '../../src/cli/commands/coverage.js'
import { generateCommand } from '../../src/cli/commands/generate.js'
import { horingRapportCommand } from '../../src/cli/commands/horing.js'
import { statusCommand, versionsCommand } from '../../src/cli/commands/status.js'
import { validateCommand } from '../../src/cli/commands/validate.js'
import { AvtaleverkError } from '../../src/errors.js'
import { AGREEMENTS, captureIo, ROOT } from '../helpers.js'

/** captureIo with other settings (a terminal, another current folder). */
function recording(over: { isTTY?: boolean; cwd?: string } = {}) {
  const io = { ...captureIo(), ...over }
  io.stdout = (t: string | Uint8Array) => void (io.out += typeof t === 'string' ? t : Buffer.from(t).toString('latin1'))
  io.stderr = (t: string) => void (io.err += t)
  return io
}
const fresh = () => mkdtemp(path.join(tmpdir(), 'avtaleverk-cli-'))
const EXAMPLE = path.join(ROOT, 'examples/status')
const R3 = 'RETNINGSLINJE nr. 3: Utskrivning\n\n1. Formål\n\nKommunen og UNN skal samarbeide om utskrivning (helse- og omsorgstjenesteloven § 6-2 nr. 3).\n\n2. Ansvar\n\nUNN varsler kommunen.\n'

describe('coverage, versions and status with their defaults', () => {
  it('coverage without a folder reads agreements/ in the current folder', async () => {
    const io = captureIo()
    expect(await runCli(['coverage'], io)).toBe(0)
    expect(io.out.split('\n')[0]).toMatch(/^hotjl § 6-2 +SA +R1 +R2 .* VEIL +dekket$/)
    expect(io.out).toMatch(/^nr\. 1 +S +K /m)
    const named = captureIo()
    expect(await runCli(['coverage', 'agreements', '--config', path.join(AGREEMENTS, 'avtaleverk.config.yaml')], named)).toBe(0)
    expect(named.out).toBe(io.out)
  })

  it('coverage with --profile recommended judges by that profile', async () => {
    const io = captureIo()
    expect(await runCli(['coverage', 'agreements', '--profile', 'recommended', '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out)).toMatchObject({ cells: expect.any(Object) })
  })

  it('versions without --versjoner lists agreements/versjoner.yaml', async () => {
    const io = captureIo()
    expect(await runCli(['versions'], io)).toBe(0)
    expect(io.out).toMatch(/^\* 2023 +2023-06-01 +vedtatt +agreements /)
  })

  it('status with its registry and signature list named gives what the defaults give', async () => {
    const versjoner = path.join(EXAMPLE, 'versjoner.yaml')
    const [named, implicit] = [captureIo(), captureIo()]
    expect(await runCli(['status', '--versjoner', versjoner, '--signaturer', path.join(EXAMPLE, 'signaturer.yaml'), '--kommuner', path.join(AGREEMENTS, 'kommuner.yaml'), '--format', 'json'], named)).toBe(0)
    expect(await runCli(['status', '--versjoner', versjoner, '--format', 'json'], implicit)).toBe(0)
    expect(JSON.parse(named.out).totals).toEqual(JSON.parse(implicit.out).totals)
    expect(JSON.parse(named.out).totals['ikke signert']).toBe(20)
  })
})

describe('validate options', () => {
  // The bundled set is faithful, defects included: it has errors (code 1) and 17 warnings.
  it('--max-warnings 0 ends with code 1 and says why; -1 means no limit', async () => {
    const io = captureIo()
    expect(await runCli(['validate', '--max-warnings', '0'], io)).toBe(1)
    expect(io.err).toMatch(/^Avslutter med kode 1: \d+ advarsler, flere enn --max-warnings 0 tillater\n$/)
    const unlimited = captureIo()
    expect(await runCli(['validate', '--max-warnings', '-1'], unlimited)).toBe(1)
    expect(unlimited.err).toBe('')
    expect(unlimited.out).toBe(io.out)
  })

  it('--max-warnings that is not a whole number is a usage error', async () => {
    const io = captureIo()
    expect(await runCli(['validate', '--max-warnings', '1.5'], io)).toBe(2)
    expect(io.err).toBe('--max-warnings må være et heltall, ikke «1.5»\n')
  })

  it('colours on a terminal, not with --no-color, not into a file', async () => {
    const io = recording({ isTTY: true })
    expect(await runCli(['validate'], io)).toBe(1)
    expect(io.out).toContain('\u001b[')
    const plainIo = recording({ isTTY: true })
    expect(await runCli(['validate', '--no-color'], plainIo)).toBe(1)
    expect(plainIo.out).not.toContain('\u001b[')
    expect(plainIo.out.replace(/\s+/g, ' ')).toBe(io.out.replace(/\u001b\[\d+m/g, '').replace(/\s+/g, ' '))
    const file = path.join(await fresh(), 'funn.txt')
    const toFile = recording({ isTTY: true })
    expect(await runCli(['validate', '--out', file], toFile)).toBe(1)
    expect(toFile.err).toBe(`Skrev ${file}\n`)
    expect(await readFile(file, 'utf8')).toBe(plainIo.out)
  })
})

describe('diff, generate, høring and import options', () => {
  it('diff on a terminal colours its text; with --author and --dato into Word it names them', async () => {
    const io = recording({ isTTY: true })
    expect(await runCli(['diff', 'agreements', 'examples/revisjon-2024'], io)).toBe(1)
    expect(io.out).toMatch(/\u001b\[\d+m/)
    const bad = captureIo()
    expect(await runCli(['diff', 'agreements', 'examples/revisjon-2024', '--format', 'docx', '--author', 'Sekretariatet', '--dato', '2024-13-01', '--out', path.join(await fresh(), 'r.docx')], bad)).toBe(2)
    expect(bad.err).toMatch(/^--dato .*2024-13-01/)
  })

  it('generate without a folder or --format: agreements/, every format, for the kommune asked', async () => {
    const out = path.join(await fresh(), 'ut')
    const io = captureIo()
    expect(await runCli(['generate', '--dato', '2023-06-01', '--kommune', 'Senja', '--kommuner', path.join(AGREEMENTS, 'kommuner.yaml'), '--versjoner', path.join(AGREEMENTS, 'versjoner.yaml'), '--out', out], io)).toBe(0)
    const files = await readdir(path.join(out, '5421-senja'))
    for (const ext of ['md', 'html', 'docx']) expect(files.filter((f) => f.endsWith(`.${ext}`)), ext).toHaveLength(11)
    expect(await readdir(out)).toEqual(['5421-senja', 'manifest.json'])
    expect(io.out).toContain(out)
  })

  it('høring rapport without --format is Markdown; --kommuner names the registry', async () => {
    const io = captureIo()
    expect(await runCli(['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--kommuner', path.join(AGREEMENTS, 'kommuner.yaml')], io)).toBe(0)
    expect(io.out).toMatch(/^# /)
    expect(io.out).not.toMatch(/<html|\u001b/)
  })

  it('import of a small text: the report as JSON, with its type and fields; then written, naming what to fill in', async () => {
    const dir = await fresh()
    await writeFile(path.join(dir, 'r3.txt'), R3)
    const rec = recording({ cwd: dir })
    expect(await runCli(['import', 'r3.txt', '--type', 'retningslinje', '--felt', 'number=3', '--felt', 'version=2024-1', '--format', 'json'], rec)).toBe(0)
    const report = JSON.parse(rec.out)
    expect(report).toMatchObject({ generator: 'avtaleverk import', sources: [{ name: 'r3.txt', format: 'text', documents: 1 }], fidelity: { sourceWords: 24, keptWords: 24, ratio: 1 } })
    expect(report.documents[0]).toMatchObject({ file: '00-retningslinje-3.md', id: 'retningslinje-3' })
    expect(rec.err).toBe('1 dokument, 100,00 % av kildens ord beholdt i rekkefølge. Ingen filer skrevet; bruk --out MAPPE for å skrive dem.\n')

    const out = path.join(dir, 'ut')
    const w = recording({ cwd: dir })
    expect(await runCli(['import', 'r3.txt', '--out', out], w)).toBe(0)
    expect(w.out).toMatch(/^00-retningslinje-3\.md \(retningslinje-3\), kildelinje 1–9\n/)
    expect(w.err).toBe(`Skrev 1 dokument og manifest.json til ${out} (100,00 % av kildens ord beholdt i rekkefølge).\nFyll inn front matter i 1 av dem (se «fyll inn» i rapporten), eller bruk --felt nøkkel=verdi.\n`)
    expect((await readdir(out)).sort()).toEqual(['00-retningslinje-3.md', 'manifest.json'])
    expect(await readFile(path.join(out, '00-retningslinje-3.md'), 'utf8')).toMatch(/^---\nid: retningslinje-3\n/)
  })

  it('import refuses an unknown report format and a folder given as a file', async () => {
    const dir = await fresh()
    await mkdir(path.join(dir, 'mappe'))
    await writeFile(path.join(dir, 'r3.txt'), R3)
    const rec = recording({ cwd: dir })
    expect(await runCli(['import', 'r3.txt', '--format', 'xml'], rec)).toBe(2)
    expect(rec.err).toBe('Ukjent format «xml»; velg text eller json\n')
    const f = recording({ cwd: dir })
    expect(await runCli(['import', 'mappe'], f)).toBe(2)
    expect(f.err).toBe('mappe: Dette er ikke en fil\n')
  })
})

describe('the command functions on their own', () => {
  // The CLI passes its defaults (commander's); called as functions, the commands have the same ones.
  it('coverage, versions, status, validate: no options give what the CLI gives', async () => {
    const [fn, cli] = [recording(), recording()]
    expect(await coverageCommand(undefined, {}, fn)).toBe(0)
    expect(await runCli(['coverage'], cli)).toBe(0)
    expect(fn.out).toBe(cli.out)
    for (const [call, argv] of [
      [(io: ReturnType<typeof recording>) => versionsCommand({}, io), ['versions']],
      [(io: ReturnType<typeof recording>) => statusCommand({}, io), ['status']],
      [(io: ReturnType<typeof recording>) => validateCommand([], {}, io), ['validate']],
    ] as const) {
      const [a, b] = [recording(), recording()]
      expect(await call(a), argv[0]).toBe(await runCli([...argv], b))
      expect(a.out, argv[0]).toBe(b.out)
      expect(a.out.length).toBeGreaterThan(50)
    }
  })

  it('høring rapport and generate: no format gives Markdown, every format', async () => {
    const md = recording()
    expect(await horingRapportCommand({ innspill: 'examples/horing-2024/innspill', fra: 'agreements', til: 'examples/revisjon-2024' }, md)).toBe(0)
    expect(md.out).toMatch(/^# /)
    const out = path.join(await fresh(), 'ut')
    expect(await generateCommand(undefined, { dato: '2023-06-01', kommune: ['Senja'], out }, recording())).toBe(0)
    expect((await readdir(path.join(out, '5421-senja'))).map((f) => path.extname(f)).sort().filter((e, i, a) => a.indexOf(e) === i)).toEqual(['.docx', '.html', '.md'])
  })
})

describe('help and errors', () => {
  it('an unknown option is a usage error in Norwegian, code 2', async () => {
    const io = captureIo()
    expect(await runCli(['validate', '--ukjent'], io)).toBe(2)
    expect(io.err).toBe('feil: ukjent valg «--ukjent»\n')
  })

  it('diff --update-labels with --to (a git revision) is refused before anything is read', async () => {
    const io = captureIo()
    expect(await runCli(['diff', 'finnes-ikke', '--from', 'HEAD~1', '--to', 'HEAD', '--update-labels'], io)).toBe(2)
    expect(io.err).toBe('--update-labels skriver i filene på disk og kan ikke brukes med --to (en git-revisjon)\n')
  })

  it('--help ends with code 0 and prints the commands', async () => {
    const io = captureIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(io.out).toMatch(/validate/)
    expect(io.out).toMatch(/generate/)
  })

  it('an error with details prints one line each and the count; an abort has its own exit code', () => {
    const io = captureIo()
    const e = new AvtaleverkError('skjemafeil', 'Første', { file: 'a.yaml', line: 2 }, [new AvtaleverkError('skjemafeil', 'Andre', { file: 'a.yaml', line: 5 })])
    expect(reportError(io, e)).toBe(EXIT_ERROR)
    expect(io.err).toBe('a.yaml:2: Første\na.yaml:5: Andre\n2 feil.\n')
    const aborted = captureIo()
    expect(reportError(aborted, new AvtaleverkError('avbrutt', 'Avbrutt'))).toBe(EXIT_INTERRUPTED)
    expect(aborted.err).toBe('Avbrutt\n')
  })

  it('an unexpected error gets its message, not a stack; the engine’s own in Norwegian', () => {
    const io = captureIo()
    expect(reportError(io, new RangeError('Invalid string length'))).toBe(EXIT_ERROR)
    expect(io.err).toBe('avtaleverk: uventet feil: resultatet ble for stort til å lages som én tekst; del opp inndataene eller velg et annet format\nDette er en feil i avtaleverk; meld den gjerne med kommandoen og filene som ga den.\n')
    expect(engineMessage(new RangeError('Maximum call stack size exceeded'))).toBe('inndataene er nestet for dypt til å behandles')
    expect(engineMessage(new RangeError('Invalid array length'))).toBe('inndataene er for store til å behandles')
    expect(engineMessage(new RangeError('Array buffer allocation failed'))).toBe('inndataene er for store til å behandles')
    expect(engineMessage('en streng')).toBe('en streng')
    expect(engineMessage(new Error('noe annet'))).toBe('noe annet')
  })
})

describe('output streams and signals', () => {
  const exitCode = process.exitCode
  afterEach(() => {
    process.exitCode = exitCode
    vi.restoreAllMocks()
  })

  class FakeStream extends EventEmitter {
    written: Array<string | Uint8Array> = []
    write(data: string | Uint8Array) {
      this.written.push(data)
      return true
    }
  }

  it('a reader that has gone (EPIPE): the rest is dropped quietly, the exit code untouched', () => {
    const stream = new FakeStream()
    const write = quietWhenClosed(stream as unknown as NodeJS.WriteStream)
    write('første\n')
    stream.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }))
    write('andre\n')
    expect(stream.written).toEqual(['første\n'])
    expect(process.exitCode).toBe(exitCode)
  })

  it('any other stream error is reported once on stderr and makes the exit code 2', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const stream = new FakeStream()
    const write = quietWhenClosed(stream as unknown as NodeJS.WriteStream)
    stream.emit('error', Object.assign(new Error('EIO'), { code: 'EIO' }))
    stream.emit('error', Object.assign(new Error('EIO'), { code: 'EIO' }))
    write('tapt\n')
    expect(stream.written).toEqual([])
    expect(stderr.mock.calls).toEqual([['avtaleverk: kunne ikke skrive utdata: EIO\n']])
    expect(process.exitCode).toBe(2)
  })

  it('the first signal while writing aborts the write; a second ends the process as without us; none is left listening', async () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true)
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
    const reason = await whileWriting(async (signal) => {
      expect(process.listenerCount('SIGINT')).toBe(before[0]! + 1)
      process.emit('SIGTERM', 'SIGTERM')
      expect(signal.aborted).toBe(true)
      expect(kill).not.toHaveBeenCalled()
      process.emit('SIGINT', 'SIGINT')
      expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT')
      return signal.reason
    })
    expect(reason).toBe('SIGTERM')
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before)
  })
})
