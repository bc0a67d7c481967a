/**
 * The remark plugin: unified().use(remarkParse).use(avtaleverkLint) reports through vfile
 * messages, read here by vfile-reporter as remark-cli would print them, on the real retningslinje
 * 2 (two wrong cross-references, two misspelt law citations) inside the bundled set.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { avtaleverkLint, validate } from '../../src/index.js'
import { AGREEMENTS, corpusProfile, loadCorpus } from '../helpers.js'

const processor = (options: Parameters<typeof avtaleverkLint>[0] = {}) => unified().use(remarkParse).use(avtaleverkLint, options).use(remarkStringify)
const read = async (name: string) => new VFile({ path: path.join(AGREEMENTS, name), value: await readFile(path.join(AGREEMENTS, name), 'utf8') })

describe('avtaleverkLint', () => {
  it('gives one vfile message per finding of the file, with rule id, source, place, offsets and url', async () => {
    const set = await loadCorpus()
    const profile = await corpusProfile()
    const input = await read('02-retningslinje-2.md')
    const text = String(input.value) // process() replaces the value with remark-stringify's output
    const file = await processor({ set, profile }).process(input)
    const expected = validate(set, { profile }).filter((d) => d.file === file.path)
    expect(expected.map((d) => d.ruleId)).toEqual(['defined-terms', 'cross-reference', 'cross-reference', 'law-citation', 'law-citation', 'delegation'])
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.source} ${m.fatal} ${m.reason}`)).toEqual(
      expected.map((d) => `${d.line}:${d.column} ${d.ruleId} avtaleverk ${d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined} ${d.message}`),
    )
    const citation = file.messages.find((m) => m.ruleId === 'law-citation' && m.reason.includes('§6-2.13'))!
    expect(citation.url).toMatch(/\/docs\/rules\/law-citation\.md$/)
    const place = citation.place as { start: { offset: number }; end: { offset: number } }
    expect(text.slice(place.start.offset, place.end.offset)).toBe('§6-2.13')
  })

  it('prints through vfile-reporter as remark-cli does: errors, warnings and the rule ids', async () => {
    const set = await loadCorpus()
    const file = await processor({ set, profile: await corpusProfile() }).process(await read('02-retningslinje-2.md'))
    const lines = reporter([file], { color: false }).split('\n')
    expect(lines[0]).toBe(file.path)
    expect(lines.slice(1, 7).map((l) => l.replace(/\s{2,}/g, ' '))).toEqual([
      expect.stringMatching(/^15:13-15:53 info «SAMARBEIDSAVTALE MELLOM KOMMUNENE OG UNN»: .* defined-terms avtaleverk$/),
      '163:340-163:352 error «Se punkt 5.2» sender leseren dit for å lese om barnekoordinator, men punkt 5.2 («Barn som pårørende») handler ikke om det; punkt 5.1.1.2 heter «Barnekoordinator» cross-reference avtaleverk',
      '187:65-187:82 error «i henhold til 3.1» kaller punktet «Helseopplysninger ved søknad», men punkt 3.1 i retningslinje 2 heter «Mens pasienten er til behandling i spesialisthelsetjenesten» cross-reference avtaleverk',
      expect.stringMatching(/^262:167-262:197 warning «Helse, og omsorgstjenesteloven» .* law-citation avtaleverk$/),
      '262:198-262:205 warning «§6-2.13»: nummeret er hektet på paragrafen med punktum; skriv «§ 6-2 nr. 13» law-citation avtaleverk',
      expect.stringMatching(/^374:1-374:\d+ info retningslinje 2 viser bare til samarbeidsavtalen, .* delegation avtaleverk$/),
    ])
    expect(lines.filter((l) => l.trim() !== '').at(-1)).toBe('6 messages (✖ 2 errors, ⚠ 2 warnings)')
  })

  it('alone, a file is a set of one (partial-set says so); without front matter it is one fatal message', async () => {
    const alone = await processor().process(await read('03-retningslinje-3.md'))
    expect(alone.messages.filter((m) => m.ruleId === 'partial-set')).toHaveLength(1)
    expect(alone.messages.find((m) => m.ruleId === 'numbering')?.reason).toMatch(/«10 \.»/)
    const bad = await processor().process(new VFile({ path: 'notat.md', value: '# Bare en overskrift\n' }))
    expect(bad.messages.map((m) => `${m.ruleId} ${m.fatal} ${m.file}`)).toEqual(['front-matter true notat.md'])
  })

  it('refuses bad options as validate does, before any file', async () => {
    await expect(processor({ config: { rules: { numberring: 'off' } } }).process(await read('03-retningslinje-3.md'))).rejects.toThrow(/ukjent regel «numberring» \(mente du «numbering»\?\)/)
  })
})
