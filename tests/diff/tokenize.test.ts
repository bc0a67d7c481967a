import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import { countWords, tokenize, tokenKind, words } from '../../src/diff/tokenize.js'

describe('tokenize', () => {
  it('keeps paragraph numbers, section numbers and compounds as one word', () => {
    const tokens = tokenize('Hotjl. § 6-2, pkt. 12 og punkt 5.1.1.2 om Nord-Norge og e-læring')
    for (const word of ['6-2', '12', '5.1.1.2', 'Nord-Norge', 'e-læring', 'Hotjl', 'pkt']) expect(tokens).toContain(word)
    expect(tokens.filter((t) => tokenKind(t) === 'mark')).toEqual(['.', '§', ',', '.'])
  })

  it('keeps the hyphen of a shared ending with its word: "helse- og omsorgstjenester"', () => {
    expect(tokenize('helse- og omsorgstjenester')).toEqual(['helse-', ' ', 'og', ' ', 'omsorgstjenester'])
    expect(tokenize('regionale-, lokale-')).toEqual(['regionale-', ',', ' ', 'lokale-'])
  })

  it('makes quotation marks, dashes and a sentence-final dot tokens of their own', () => {
    expect(tokenize('«UNN» – se punkt 2.2.')).toEqual(['«', 'UNN', '»', ' ', '–', ' ', 'se', ' ', 'punkt', ' ', '2.2', '.'])
  })

  it('counts words, not whitespace, punctuation or §', () => {
    expect(countWords('Helse- og omsorgstjenesteloven § 6-2 nr. 7 slår fast.')).toBe(8)
    expect(words('Avtalens Del 1')).toEqual(['avtalens', 'del', '1'])
  })

  it('joins back to the text, whatever the text (surrogates and control characters included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const tokens = tokenize(text)
        expect(tokens.join('')).toBe(text)
        expect(tokens.every((t) => t.length > 0)).toBe(true)
        expect(countWords(text)).toBe(tokens.filter((t) => tokenKind(t) === 'word').length)
      }),
      { numRuns: propertyRuns(500) },
    )
  })
})
