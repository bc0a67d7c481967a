/**
 * Front matter as people get it wrong, on retningslinje 3 of the bundled set: each mistake
 * gives its Norwegian message at the line of the key, all of them at once, and the forms the
 * sources use (a year alone as date, a status with words after it, nynorsk types) are read.
 */
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { parseDocument } from '../../src/parse/document.js'
import { norwegianYamlMessage, parseYaml } from '../../src/parse/front-matter.js'
import { readAgreement } from '../helpers.js'

const R3 = readAgreement('03-retningslinje-3.md')
const END = R3.indexOf('\n---\n', 4)
const FRONT = R3.slice(4, END + 1)
const BODY = R3.slice(END + 5)

/** Retningslinje 3 with its front matter edited: `edit` gets and returns the lines between the `---`. */
function r3(edit: (lines: string[]) => string[]) {
  return `---\n${edit(FRONT.trimEnd().split('\n')).join('\n')}\n---\n${BODY}`
}
const set = (key: string, value: string) => (lines: string[]) => lines.map((l) => (l.startsWith(`${key}:`) ? `${key}: ${value}` : l))

function errorsOf(text: string): Array<{ line: number | undefined; message: string }> {
  try {
    parseDocument(text, { path: 'retningslinje-3.md' })
  } catch (e) {
    if (!(e instanceof AvtaleverkError)) throw e
    return [e, ...e.details].map((x) => ({ line: x.line, message: x.message }))
  }
  throw new Error('parsed without an error')
}

describe('front matter read as the sources write it', () => {
  it('retningslinje 3 as bundled', () => {
    const doc = parseDocument(R3, { path: 'retningslinje-3.md' })
    expect(doc.frontMatter).toMatchObject({ id: 'retningslinje-3', type: 'retningslinje', number: 3, status: 'forslag', date: '2023-06-01', hotjl: [4] })
  })

  it('a year alone as date, and a status with words after it', () => {
    const doc = parseDocument(r3((l) => set('status', 'vedtatt i SSU 1. juni')(set('date', '2023')(l))), { path: 'retningslinje-3.md' })
    expect(doc.frontMatter).toMatchObject({ date: '2023', status: 'vedtatt' })
  })

  it('a status whose first word is no status is refused as written', () => {
    expect(errorsOf(r3(set('status', 'sendt til kommunene')))).toEqual([{ line: 7, message: expect.stringMatching(/^Front matter: «status» må være en av: "utkast", "høring"/) }])
  })

  it('nynorsk type: the language follows from it unless stated', () => {
    expect(parseDocument(r3(set('type', 'retningsline')), { path: 'retningslinje-3.md' }).language).toBe('nn')
    expect(parseDocument(r3((l) => [...set('type', 'retningsline')(l), 'language: nb']), { path: 'retningslinje-3.md' }).language).toBe('nb')
    expect(parseDocument(R3, { path: 'retningslinje-3.md' }).language).toBe('nb')
  })
})

describe('schema errors, each at its key and all at once', () => {
  it.each([
    ['number', 'tre', 'Front matter: «number» har feil type (skal være heltall)'],
    ['number', '-1', 'Front matter: «number» må være minst 0'],
    ['number', '100', 'Front matter: «number» kan være høyst 99'],
    ['date', '1. juni 2023', 'Front matter: «date» har ugyldig format (dato skrives ÅÅÅÅ-MM-DD)'],
    ['id', 'Retningslinje 3', 'Front matter: «id» har ugyldig format (skal passe mønsteret ^[a-z0-9][a-z0-9-]*$)'],
    ['title', '""', 'Front matter: «title» kan ikke være tom'],
    ['hotjl', '[4, 4]', 'Front matter: «hotjl» har samme verdi flere ganger'],
    ['hotjl', 'fire', 'Front matter: «hotjl» har feil type (skal være liste)'],
    ['anchor', '{ del: 2 }', 'Front matter: «anchor» har feil type (skal være tekst)'],
  ])('%s: %s', (key, value, message) => {
    const line = FRONT.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 2
    expect(errorsOf(r3(set(key, value)))).toEqual([{ line, message }])
  })

  it('a missing title and a wrong type together, each at its line (the first line of the front matter for what is missing)', () => {
    const text = r3((l) => l.filter((x) => !x.startsWith('title:')).map((x) => (x.startsWith('type:') ? 'type: avtale' : x)))
    expect(errorsOf(text)).toEqual([
      { line: 2, message: 'Front matter: mangler påkrevd felt «title»' },
      { line: 3, message: expect.stringMatching(/^Front matter: «type» må være en av: "samarbeidsavtale"/) },
    ])
  })

  it('front matter that is a list, or a single value, is no table', () => {
    for (const front of ['- id: retningslinje-3', 'retningslinje-3']) {
      expect(errorsOf(`---\n${front}\n---\n${BODY}`)).toEqual([{ line: 2, message: 'Front matter må være en YAML-tabell med nøkler som id, type og title' }])
    }
  })
})

describe('YAML errors in Norwegian, at their lines', () => {
  it('a date that is no day, wherever it stands', () => {
    expect(errorsOf(r3(set('date', '2023-02-30')))).toEqual([{ line: 8, message: 'Datoen «2023-02-30» finnes ikke' }])
  })

  it('two mistakes give two errors; an unterminated quote is reported on the last line, not past it', () => {
    const errors = errorsOf(r3((l) => [...set('title', 'Beskrivelse: av tilbudet: ØHD')(l), 'hearing: "revidert etter']))
    expect(errors.length).toBeGreaterThanOrEqual(2)
    expect(errors[0]!.line).toBe(5)
    const last = FRONT.trimEnd().split('\n').length + 2
    for (const e of errors.slice(1)) expect(e.line).toBeLessThanOrEqual(last)
    for (const { message } of errors) expect(message).toMatch(/^Ugyldig YAML: [a-zæøå]/)
    for (const { message } of errors) expect(message).not.toMatch(/\b(the|must|is|are|expected|unexpected|missing|key|value)\b/)
  })

  it('a duplicate key', () => {
    expect(errorsOf(r3((l) => [...l, 'number: 4']))).toEqual([{ line: 13, message: 'Ugyldig YAML: samme nøkkel står to ganger' }])
  })

  it('an alias bomb is refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)]
    expect(() => parseYaml(bomb.join('\n'), 'bombe.yaml')).toThrow(expect.objectContaining({ code: 'ugyldig-yaml', file: 'bombe.yaml', line: 1, message: 'Ugyldig YAML: for mange alias-henvisninger (*navn); høyst 100 er tillatt' }))
  })

  it('an error code the table does not know still gets Norwegian, never the English message', () => {
    expect(norwegianYamlMessage('DUPLICATE_KEY', 'Map keys must be unique')).toBe('samme nøkkel står to ganger')
    expect(norwegianYamlMessage('SOMETHING_NEW', 'Something went wrong')).toBe('YAML-en kan ikke leses')
  })

  it('YAML that starts further down its file reports lines of the file', () => {
    expect(() => parseYaml('a: 1\nb: [', 'fil.md', 10)).toThrow(expect.objectContaining({ line: 11 }))
    expect(parseYaml('a: 1\nb: 2', 'fil.md', 10).keyLines).toEqual({ a: 10, b: 11 })
  })
})
