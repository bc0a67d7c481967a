/** One FORMATS table and one format(result, name) per output family. */
import { describe, expect, it } from 'vitest'
import {
  COVERAGE_FORMAT_NAMES,
  coverageMatrix,
  diffSets,
  COVERAGE_FORMATS,
  DIAGNOSTICS_FORMAT_NAMES,
  DIAGNOSTICS_FORMATS,
  DIFF_FORMAT_NAMES,
  DIFF_FORMATS,
  formatCoverage,
  formatDiagnostics,
  formatDiff,
  formatHoring,
  formatStatus,
  HORING_FORMAT_NAMES,
  HORING_FORMATS,
  isAvtaleverkError,
  STATUS_FORMAT_NAMES,
  STATUS_FORMATS,
} from '../../src/index.js'
import { cliMessage } from '../../src/cli/io.js'

const EMPTY = { root: '', documents: [] }

describe('FORMATS tables', () => {
  it.each([
    ['diagnostics', DIAGNOSTICS_FORMATS, DIAGNOSTICS_FORMAT_NAMES],
    ['coverage', COVERAGE_FORMATS, COVERAGE_FORMAT_NAMES],
    ['diff', DIFF_FORMATS, DIFF_FORMAT_NAMES],
    ['høring', HORING_FORMATS, HORING_FORMAT_NAMES],
    ['status', STATUS_FORMATS, STATUS_FORMAT_NAMES],
  ] as const)('%s: the table has exactly the listed names, and only docx is binary', (_family, table, names) => {
    expect(Object.keys(table).sort()).toEqual([...names].sort())
    expect(Object.entries(table).filter(([, spec]) => spec.binary).map(([name]) => name)).toEqual(names.includes('docx' as never) ? ['docx'] : [])
  })

  it('an unknown format is an AvtaleverkError listing the known ones, in every family', async () => {
    const calls: Array<() => unknown> = [
      () => formatDiagnostics([], 'xml' as never),
      () => formatCoverage(coverageMatrix(EMPTY), 'xml' as never),
      () => formatStatus({} as never, 'xml' as never),
    ]
    for (const call of calls) expect(call).toThrowError(expect.objectContaining({ code: 'bruksfeil', message: expect.stringMatching(/^Ukjent format «xml»; velg ett av: /) }))
    const diff = await formatDiff(diffSets(EMPTY, EMPTY), 'xml' as never).catch((x: unknown) => x)
    expect(isAvtaleverkError(diff) && diff.message).toBe('Ukjent format «xml»; velg ett av: text, md, html, json, docx')
    const horing = await formatHoring({} as never, 'xml' as never).catch((x: unknown) => x)
    expect(isAvtaleverkError(horing) && horing.message).toBe('Ukjent format «xml»; velg ett av: md, html, json, docx')
    // A name inherited from Object.prototype is not a format.
    expect(() => formatDiagnostics([], 'toString' as never)).toThrowError(/Ukjent format «toString»/)
  })

  it('a docx date that does not exist is refused with the option’s name, which the CLI shows as its flag', async () => {
    const e = await formatDiff(diffSets(EMPTY, EMPTY), 'docx', { date: '2024-02-30' }).catch((x: unknown) => x)
    expect(isAvtaleverkError(e)).toBe(true)
    expect((e as Error).message).toBe('{ date } må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2023-06-01), ikke «2024-02-30»')
    expect(cliMessage((e as Error).message)).toMatch(/^--dato må være/)
    expect(cliMessage('Filen finnes fra før; bruk { force: true } for å skrive over den')).toBe('Filen finnes fra før; bruk --force for å skrive over den')
  })
})
