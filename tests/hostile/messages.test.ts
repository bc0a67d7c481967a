/** Every message a user can see is Norwegian, and says why. */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportError } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/program.js'
import { AvtaleverkError } from '../../src/errors.js'
import { loadInnspill } from '../../src/horing/load.js'
import { norwegianYamlMessage, parseYaml } from '../../src/parse/front-matter.js'
import { loadSignatures } from '../../src/status/load.js'
import { captureIo } from '../helpers.js'

/** English words that give a message away as untranslated. */
const ENGLISH = /\b(please|use|the|is|of|must|invalid|unexpected|did you mean|expected|missing|error)\b/i

function yamlFailure(text: string): AvtaleverkError {
  try {
    parseYaml(text, 'x.yaml')
  } catch (e) {
    if (e instanceof AvtaleverkError) return e
    throw e
  }
  throw new Error('no error')
}

describe('YAML errors', () => {
  it('several documents in one file: Norwegian, not «please use YAML.parseAllDocuments()»', () => {
    const e = yamlFailure('a: 1\n---\nb: 2\n')
    expect(e.message).toBe('Ugyldig YAML: filen har flere YAML-dokumenter (skilt med «---»); den skal ha ett')
    expect(e.line).toBe(2)
  })

  it.each([
    ['a: "x\n', 'et tegn mangler'],
    ['a: "\\q"\n', ''],
    ['a:\n  - 1\n b: 2\n', ''],
    ['a: b: c\n', ''],
    ['a: 1\n\tb: 2\n', ''],
    ['[a\n', ''],
    ['a: @x\n', ''],
    ['a: *y\n', ''],
  ])('%j gets a Norwegian message', (text, part) => {
    const e = yamlFailure(text)
    for (const m of [e, ...e.details]) {
      expect(m.message).toMatch(/^Ugyldig YAML: /)
      expect(m.message.slice('Ugyldig YAML: '.length)).not.toMatch(ENGLISH)
    }
    expect(e.message).toContain(part)
  })

  it('every code yaml can report has a Norwegian text', () => {
    const codes = ['ALIAS_PROPS', 'BAD_ALIAS', 'BAD_COLLECTION_TYPE', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN']
    for (const code of codes) expect(norwegianYamlMessage(code, 'English text'), code).not.toMatch(ENGLISH)
    expect(norwegianYamlMessage('SOMETHING_NEW', 'English text')).toBe('YAML-en kan ikke leses')
  })

  it('too many aliases (a «billion laughs») is Norwegian too', () => {
    const text = 'a: &a [1]\n' + Array.from({ length: 120 }, (_, i) => `b${i}: *a`).join('\n') + '\n'
    const e = yamlFailure(text)
    expect(e.message).toMatch(/for mange alias/)
  })
})

describe('the command line', () => {
  it('commander’s «(Did you mean …?)» is Norwegian', async () => {
    const io = captureIo()
    expect(await runCli(['validate', '--formt', 'json'], io)).toBe(2)
    expect(io.err).toBe('feil: ukjent valg «--formt»\n(Mente du --format?)\n')
    const cmd = captureIo()
    expect(await runCli(['valdate'], cmd)).toBe(2)
    expect(cmd.err).toBe('feil: ukjent kommando «valdate» (se avtaleverk --help)\n(Mente du validate?)\n')
  })

  it('--max-warnings exceeded says why it exits 1', async () => {
    const io = captureIo()
    expect(await runCli(['validate', 'agreements', '--max-warnings', '3', '--format', 'json'], io)).toBe(1)
    expect(io.err).toMatch(/^Avslutter med kode 1: \d+ advarsler, flere enn --max-warnings 3 tillater\n$/)
  })

  it('engine errors the user might meet are put in Norwegian', () => {
    const io = captureIo()
    reportError(io, new RangeError('Invalid string length'))
    expect(io.err).toMatch(/^avtaleverk: uventet feil: resultatet ble for stort til å lages som én tekst/)
    expect(io.err).not.toMatch(/Invalid string length/)
  })
})

describe('dates that do not exist', () => {
  const temp = () => mkdtemp(path.join(tmpdir(), 'avtaleverk-dates-'))
  it('2023-02-30 in front matter, innspill and signaturer is refused at its line', async () => {
    const dir = await temp()
    await writeFile(path.join(dir, 'a.md'), '---\nid: retningslinje-1\ntype: retningslinje\nnumber: 1\ntitle: T\nversion: "1"\nstatus: utkast\ndate: 2023-02-30\n---\n# T\n')
    const io = captureIo()
    await runCli(['parse', path.join(dir, 'a.md')], io)
    expect(io.err).toBe(`${path.join(dir, 'a.md')}:8:7: Datoen «2023-02-30» finnes ikke\n`)
    await writeFile(path.join(dir, 'i.yaml'), 'respondent:\n  kommune: Tromsø\nmottatt: 2023-02-30\ninnspill: []\n')
    await expect(loadInnspill(dir)).rejects.toMatchObject({ code: 'skjemafeil', file: path.join(dir, 'i.yaml'), line: 3, message: 'Datoen «2023-02-30» finnes ikke' })
    await writeFile(path.join(dir, 's.yaml'), 'signaturer:\n  - kommune: Tromsø\n    dato: 2023-02-29\n')
    await expect(loadSignatures(path.join(dir, 's.yaml'))).rejects.toMatchObject({ code: 'skjemafeil', line: 3, message: 'Datoen «2023-02-29» finnes ikke' })
  })

  it('a real leap day is a date', () => {
    expect(() => parseYaml('dato: 2024-02-29\n', 'x.yaml')).not.toThrow()
  })
})
