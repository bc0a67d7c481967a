/**
 * Rules others can add (ESLint's manner): validate(set, { rules, config }) runs a rule from
 * outside beside the built-in ones, with meta (docs url, option schema, messages), options
 * merged with its defaults, context.report(), and the config checked inside validate. The rule
 * used here judges the real bundled set: sections longer than a number of words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AvtaleverkError, isAvtaleverkError } from '../../src/errors.js'
import type { AgreementSet } from '../../src/model.js'
import { allSections } from '../../src/parse/document.js'
import { loadConfig } from '../../src/validate/config.js'
import { validate } from '../../src/validate/index.js'
import { validatePaths } from '../../src/validate/run.js'
import { defineRule, type OptionsOf, type RuleSettingFor } from '../../src/validate/types.js'
import { AGREEMENTS, corpusProfile, loadCorpus } from '../helpers.js'
import { ajvCompiler } from '../../src/validate/ajv-compiler.js'
import { useSchemaCompiler } from '../../src/validate/rule-check.js'

// What avtaleverk/node does when loaded: rules' meta.schema compiled with Ajv (the core has no compiler).
useSchemaCompiler(ajvCompiler)

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

const longSection = defineRule<{ max: number; countChildren: boolean }>({
  id: 'min-region/langt-punkt',
  defaultSeverity: 'warning',
  description: 'Et punkt skal ikke være for langt',
  defaultOptions: { max: 500, countChildren: false },
  meta: {
    docs: { url: 'https://example.org/regler/langt-punkt' },
    schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 }, countChildren: { type: 'boolean' } }, additionalProperties: false },
    messages: { long: 'Punkt {{number}} har {{words}} ord; høyst {{max}}' },
  },
  check({ set, options, report }) {
    for (const document of set.documents) {
      for (const section of allSections(document.sections)) {
        const n = words(section.text)
        if (n > options.max) report({ document, range: section.range, messageId: 'long', data: { number: section.number ?? '?', words: n, max: options.max } })
      }
    }
  },
})

let set: AgreementSet
beforeAll(async () => {
  set = await loadCorpus()
})

describe('a rule from outside', () => {
  it('runs beside the built-in rules, reports through context.report with its message template, url and offsets', async () => {
    const profile = await corpusProfile()
    const builtIn = validate(set, { profile })
    const all = validate(set, { profile, rules: [longSection], config: { rules: { 'min-region/langt-punkt': { options: { max: 150 } } } } })
    const mine = all.filter((d) => d.ruleId === 'min-region/langt-punkt')
    // What the rule should find, counted here over the real set independently of the engine.
    const expected = set.documents.flatMap((doc) => allSections(doc.sections).filter((s) => words(s.text) > 150).map((s) => `${path.basename(doc.path)}:${s.range.start.line}`))
    expect(expected.length).toBeGreaterThan(3)
    expect(mine.map((d) => `${path.basename(d.file)}:${d.line}`).sort()).toEqual(expected.sort())
    expect(all.filter((d) => d.ruleId !== 'min-region/langt-punkt')).toEqual(builtIn)
    for (const d of mine) {
      expect(d).toMatchObject({ severity: 'warning', source: 'avtaleverk', url: 'https://example.org/regler/langt-punkt' })
      expect(d.message).toMatch(/^Punkt \S+ har \d+ ord; høyst 150$/)
      // The offsets point at the section's heading in the file's text.
      const source = set.documents.find((doc) => doc.path === d.file)!.source
      expect(source.slice(d.offset, d.offset! + 3)).toMatch(/^#/)
      expect(source.slice(0, d.offset).split('\n')).toHaveLength(d.line)
    }
  })

  it('merges the options given over its defaults and takes severities like a built-in rule', () => {
    const seen: Array<OptionsOf<typeof longSection>> = []
    const spy = defineRule<OptionsOf<typeof longSection>>({ ...longSection, id: 'spion', check: ({ options }) => void seen.push(options) })
    const setting = { severity: 'error', options: { max: 10 } } satisfies RuleSettingFor<typeof spy>
    validate(set, { rules: [spy], config: { rules: { spion: setting } } })
    expect(seen).toEqual([{ max: 10, countChildren: false }])
    const off = validate(set, { rules: [longSection], config: { rules: { 'min-region/langt-punkt': 'off' } } })
    expect(off.some((d) => d.ruleId === 'min-region/langt-punkt')).toBe(false)
    const asError = validate(set, { rules: [longSection], config: { rules: { 'min-region/langt-punkt': { severity: 'error', options: { max: 150 } } } } })
    expect(asError.filter((d) => d.ruleId === 'min-region/langt-punkt').every((d) => d.severity === 'error')).toBe(true)
  })

  it('may return findings instead of reporting them, or both', () => {
    const both = defineRule({
      id: 'begge',
      defaultSeverity: 'info',
      description: 'Begge veier',
      defaultOptions: {},
      check({ set: s, report }) {
        report({ document: s.documents[0]!, line: 2, message: 'rapportert' })
        return [{ document: s.documents[1]!, line: 3, message: 'returnert' }]
      },
    })
    const found = validate(set, { rules: [both] }).filter((d) => d.ruleId === 'begge')
    expect(found.map((d) => `${path.basename(d.file)}:${d.line} ${d.message}`).sort()).toEqual([`${path.basename(set.documents[0]!.path)}:2 rapportert`, `${path.basename(set.documents[1]!.path)}:3 returnert`].sort())
    expect(found[0]!.url).toBeUndefined()
  })

  it('a rule that throws, or reports an unknown message id, is one error under its id, not a crash', () => {
    const throws = defineRule({ id: 'kaster', defaultSeverity: 'warning', description: 'x', defaultOptions: {}, check: () => { throw new TypeError('undefined is not a function') } })
    const badId = defineRule({ ...longSection, id: 'feil-id', check: ({ set: s, report }) => report({ document: s.documents[0]!, messageId: 'finnes-ikke' }) })
    const found = validate(set, { rules: [throws, badId] }).filter((d) => d.ruleId === 'kaster' || d.ruleId === 'feil-id')
    expect(found.map((d) => `${d.ruleId} ${d.severity} ${d.message}`).reverse()).toEqual([
      'kaster error Regelen kaster feilet: uventet feil (TypeError: «undefined is not a function»). De andre reglene er kjørt; meld gjerne feilen i avtaleverk',
      'feil-id error Regelen feil-id feilet: context.report() fikk messageId «finnes-ikke», som regelens meta.messages ikke har (den har long). De andre reglene er kjørt; meld gjerne feilen i avtaleverk',
    ])
  })
})

describe('the config is checked inside validate', () => {
  const thrown = (f: () => unknown): AvtaleverkError => {
    try {
      f()
    } catch (e) {
      if (isAvtaleverkError(e)) return e
      throw new Error(`not an AvtaleverkError: ${String(e)}`)
    }
    throw new Error('did not throw')
  }
  const all = (e: AvtaleverkError) => [e, ...e.details].map((x) => x.message)

  it('names an unknown rule id with the nearest one', () => {
    const e = thrown(() => validate(set, { config: { rules: { numberring: 'off' } } }))
    expect(e.code).toBe('skjemafeil')
    expect(e.file).toBe('validate({ config })')
    expect(e.message).toMatch(/^Konfigurasjon: ukjent regel «numberring» \(mente du «numbering»\?\); reglene er hotjl-coverage, .*\(en egen regel må gis til validate som \{ rules \}\)$/)
  })

  it('knows a custom rule id only when the rule is passed', () => {
    const config = { rules: { 'min-region/langt-punkt': { severity: 'error' as const, options: { max: 150 } } } }
    expect(thrown(() => validate(set, { config })).message).toMatch(/ukjent regel «min-region\/langt-punkt»/)
    expect(validate(set, { config, rules: [longSection] }).some((d) => d.ruleId === 'min-region/langt-punkt' && d.severity === 'error')).toBe(true)
  })

  it('refuses options that fail the rule’s schema, naming the rule and the option', () => {
    const e = thrown(() => validate(set, { rules: [longSection], config: { rules: { 'min-region/langt-punkt': { options: { max: 'mange', extra: 1 } } } } }))
    expect(all(e).sort()).toEqual(['Konfigurasjon: regelen «min-region/langt-punkt»: ukjent felt «extra»', 'Konfigurasjon: regelen «min-region/langt-punkt»: «options.max» har feil type (skal være heltall)'])
  })

  it('refuses a bad shape and a bad or catastrophic regular expression with AvtaleverkError, not TypeError or SyntaxError', () => {
    expect(thrown(() => validate(set, { config: { rules: { terminology: { options: { glossary: 'ord' } } } } as never })).code).toBe('skjemafeil')
    const bad = thrown(() => validate(set, { config: { terminology: [{ term: '(ufullført', preferred: 'x' }] } }))
    expect(bad.message).toBe('Konfigurasjon: terminology.term «(ufullført» er ikke et gyldig regulært uttrykk')
    const slow = thrown(() => validate(set, { config: { rules: { terminology: { options: { glossary: [{ term: '(a+)+$', preferred: 'x' }] } } } } }))
    expect(slow.message).toMatch(/^Konfigurasjon: rules\.terminology\.options\.glossary\.term «\(a\+\)\+\$» avvises: uttrykket kan gi katastrofal tilbakesporing/)
  })

  it('checks a hand-made profile too: its regular expressions and rule ids', () => {
    const e = thrown(() => validate(set, { profile: { terminology: [{ term: '[', preferred: 'x' }], rules: { 'ukjent-regel': 'error' } } }))
    expect(all(e).sort()).toEqual([expect.stringMatching(/^Konfigurasjon: terminology\.term «\[» er ikke et gyldig regulært uttrykk$/), expect.stringMatching(/^Konfigurasjon: ukjent regel «ukjent-regel»/)].sort())
  })

  it('refuses a malformed rule list: a clash with a built-in id, a rule without check, a bad id', () => {
    expect(thrown(() => validate(set, { rules: [{ ...longSection, id: 'numbering' }] })).message).toBe('validate(): regel «numbering» i { rules } har samme id som en innebygd regel; gi den et eget navn')
    expect(thrown(() => validate(set, { rules: [{ ...longSection, check: undefined } as never] })).message).toMatch(/mangler funksjonen check\(context\)/)
    expect(thrown(() => validate(set, { rules: [{ ...longSection, id: 'Store Bokstaver' }] })).message).toMatch(/trenger en id av små bokstaver/)
    expect(thrown(() => validate(set, { rules: [longSection, longSection] })).message).toMatch(/finnes to ganger/)
  })
})

describe('a config file may name a custom rule when the rule is given', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'avtaleverk-rules-'))
    writeFileSync(path.join(dir, 'avtaleverk.config.yaml'), 'extends: unn-2023\nrules:\n  min-region/langt-punkt:\n    severity: error\n    options:\n      max: 0\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('loadConfig with { rules } checks its options against the rule’s schema, at the line', async () => {
    const file = path.join(dir, 'avtaleverk.config.yaml')
    const e = await loadConfig(file, { rules: [longSection] }).then(
      () => null,
      (x: unknown) => x as AvtaleverkError,
    )
    expect(e && `${e.line} ${e.message}`).toMatch(/^5 Konfigurasjon: regelen «min-region\/langt-punkt»: «options\.max» må være minst 1$/)
    await expect(loadConfig(file)).rejects.toThrow(/ukjent regel «min-region\/langt-punkt»/)
  })

  it('validatePaths runs the rule with the config found beside the set', async () => {
    writeFileSync(path.join(dir, 'avtaleverk.config.yaml'), 'extends: unn-2023\nrules:\n  min-region/langt-punkt:\n    severity: error\n    options:\n      max: 150\n')
    const { diagnostics } = await validatePaths([AGREEMENTS], { config: path.join(dir, 'avtaleverk.config.yaml'), rules: [longSection] })
    const mine = diagnostics.filter((d) => d.ruleId === 'min-region/langt-punkt')
    expect(mine.length).toBeGreaterThan(3)
    expect(mine.every((d) => d.severity === 'error')).toBe(true)
  })
})
