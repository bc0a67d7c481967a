import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import { applyHunks, cutHunks, newText, oldText } from '../../src/diff/hunks.js'
import { diffBlocks } from '../../src/diff/words.js'

const changes = (blocks: [string[], string[]], options = {}) =>
  diffBlocks(...blocks, options)
    .hunks.filter((h) => h.kind !== 'lik')
    .map((h) => `${h.kind === 'ny' ? '+' : '-'}${h.text}`)

describe('diffBlocks: word diff of a section text', () => {
  it('shows a changed number as that number only', () => {
    const d = diffBlocks(['Helse- og omsorgstjenesteloven § 6-2, slår fast at partnerne skal samarbeide.'], ['Helse- og omsorgstjenesteloven § 6-2 nr. 7 slår fast at partnerne skal samarbeide.'])
    expect(d.hunks).toEqual([
      { kind: 'lik', text: 'Helse- og omsorgstjenesteloven § 6-2' },
      { kind: 'fjernet', text: ',' },
      { kind: 'ny', text: ' nr. 7' },
      { kind: 'lik', text: ' slår fast at partnerne skal samarbeide.' },
    ])
    expect([d.wordsAdded, d.wordsRemoved, d.fallback]).toEqual([2, 0, null])
  })

  it('reads as a redline: a rewritten phrase is one removal and one addition, not word for word', () => {
    expect(changes([['2.2 Retningslinjer for samarbeid omkring behandlingsforløp'], ['2.2 Samarbeid omkring behandlingsforløp']])).toEqual(['-Retningslinjer for samarbeid', '+Samarbeid'])
    expect(changes([['a b c d e'], ['a x y z e']])).toEqual(['-b c d', '+x y z'])
  })

  it('adds and removes whole paragraphs with their paragraph break', () => {
    const d = diffBlocks(['Første.', 'Andre.'], ['Første.', 'Ny.', 'Andre.'])
    expect(d.hunks).toEqual([
      { kind: 'lik', text: 'Første.' },
      { kind: 'ny', text: '\n\nNy.' },
      { kind: 'lik', text: '\n\nAndre.' },
    ])
    expect(changes([['Første.', 'Andre.'], ['Andre.']])).toEqual(['-Første.\n\n'])
  })

  it('ignores line wrapping, double spaces and paragraph breaks with ignoreFormatting', () => {
    const oldBlocks = ['Partnerne skal  samarbeide om\nkvalitet.', 'Og mer.']
    const newBlocks = ['Partnerne skal samarbeide om kvalitet. Og mer.']
    expect(changes([oldBlocks, newBlocks])).not.toEqual([])
    expect(changes([oldBlocks, newBlocks], { ignoreFormatting: true })).toEqual([])
    expect(changes([['Partnerne skal\nsamarbeide.'], ['Partene skal samarbeide.']], { ignoreFormatting: true })).toEqual(['-Partnerne', '+Partene'])
  })

  it('falls back to whole paragraphs over maxEditLength, and says so', () => {
    const d = diffBlocks(['Uendret innledning.', 'en to tre fire fem seks sju'], ['Uendret innledning.', 'åtte ni ti elleve tolv tretten fjorten'], { maxEditLength: 5 })
    expect(d.fallback).toEqual({ level: 'avsnitt', reason: 'for-mange-endringer' })
    expect(d.hunks).toEqual([
      { kind: 'lik', text: 'Uendret innledning.\n\n' },
      { kind: 'fjernet', text: 'en to tre fire fem seks sju' },
      { kind: 'ny', text: 'åtte ni ti elleve tolv tretten fjorten' },
    ])
    expect([d.wordsAdded, d.wordsRemoved]).toEqual([7, 7])
  })

  it('falls back to the whole section when even the paragraphs differ too much', () => {
    const d = diffBlocks(['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h'], { maxEditLength: 3 })
    expect(d.fallback).toEqual({ level: 'punkt', reason: 'for-mange-endringer' })
    expect(d.hunks).toEqual([
      { kind: 'fjernet', text: 'a\n\nb\n\nc\n\nd' },
      { kind: 'ny', text: 'e\n\nf\n\ng\n\nh' },
    ])
  })

  it('falls back at once when the time budget is spent', () => {
    const d = diffBlocks(['gammel tekst'], ['ny tekst'], { deadline: Date.now() - 1 })
    expect(d.fallback).toEqual({ level: 'punkt', reason: 'tidsgrense' })
    expect(applyHunks('gammel tekst', d.hunks)).toBe('ny tekst')
  })

  it('describes both texts exactly, for any paragraphs and any maxEditLength', () => {
    const paragraph = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom('UNN', 'kommunen', '§', '6-2', 'og', ',', '.', ' ', '\n', '«', '»', 'helse-'), { maxLength: 20 }).map((t) => t.join('')))
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.array(paragraph, { maxLength: 6 }), fc.integer({ min: 0, max: 60 }), (a, b, maxEditLength) => {
        const d = diffBlocks(a, b, { maxEditLength })
        expect(oldText(d.hunks)).toBe(a.join('\n\n'))
        expect(applyHunks(a.join('\n\n'), d.hunks)).toBe(b.join('\n\n'))
        expect(d.hunks.every((h, i) => h.text !== '' && (i === 0 || h.kind !== d.hunks[i - 1]!.kind))).toBe(true)
      }),
      { numRuns: propertyRuns(400) },
    )
  })
})

describe('applyHunks and cutHunks', () => {
  it('refuses hunks that do not describe the text', () => {
    expect(() => applyHunks('annen tekst', [{ kind: 'lik', text: 'tekst' }])).toThrow(/passer ikke/)
  })

  it('cuts one diff into the pieces of a split, keeping both sides whole', () => {
    const d = diffBlocks(['Første avsnitt.', 'Andre avsnitt.'], ['Første avsnitt.', 'Andre avsnitt, endret.'])
    const pieces = cutHunks(d.hunks, ['Første avsnitt.'.length, 'Andre avsnitt, endret.'.length], '\n\n')
    expect(pieces.map(newText)).toEqual(['Første avsnitt.', 'Andre avsnitt, endret.'])
    expect(pieces.map(oldText).join('')).toBe('Første avsnitt.\n\nAndre avsnitt.')
  })
})
