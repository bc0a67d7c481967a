/**
 * Generated copies have no leftover variables, whatever the registry says: for random kommune
 * names, official names, numbers, signatory titles, text blocks and dates, every copy either
 * comes out with every {{variable}} filled and the values in place, or the run is refused for
 * one of the two reasons a value may refuse it: the filled text reads as an ad-hoc placeholder
 * ("X kommune"), or a value brings a {{variable}} of its own (refused rather than written out,
 * so a copy never shows one; the test checks the variable reported is in one of the values).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import { AvtaleverkError } from '../../src/errors.js'
import { generateInstances } from '../../src/generate/generate.js'
import { allSections, parseDocument } from '../../src/parse/document.js'
import { findPlaceholders } from '../../src/validate/placeholders.js'
import { kommuneYaml, registry, smallSet } from './helpers.js'

/** Printable one-line text as the registry schema allows it, with the characters Markdown, HTML and templates care about. */
const value = fc
  .string({
    unit: fc.oneof(
      { weight: 120, arbitrary: fc.constantFrom(...'{}|\\`*_[]()<>#-!&"\' .1234567890 wxæøåáŋđčšžŧ'.split('')) },
      { weight: 1, arbitrary: fc.constantFrom('{{', '}}', '{{kommune.navn}}', '{{blokk.x}}', 'X kommune', 'Gáivuotna') },
    ),
    minLength: 1,
    maxLength: 30,
  })
  .map((s) => s.trim().replace(/\s+/gu, ' '))
  .filter((s) => s.length > 0)
/** A kommune's text block is Markdown of its own (one or more paragraphs, no headings). */
const block = fc
  .array(
    fc.oneof(
      { weight: 60, arbitrary: fc.constantFrom('Tilbudet', 'har', 'to', 'senger', '*legevakt*', '[helsesenteret](https://example.no)', 'æøå', '\n\n', '<b>', '&amp;', '\\') },
      { weight: 1, arbitrary: fc.constantFrom('{{kommune.navn}}', 'X kommune', '(SETT INN ANTALL)') },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((w) => w.join(' ').trim())
  .filter((s) => s.length > 0)
const number = fc.integer({ min: 1000, max: 9999 }).map(String)
const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

const yamlString = (s: string) => JSON.stringify(s)

describe('generated copies', () => {
  it('have no leftover variables for any registry values and dates', async () => {
    const seen = { generated: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(value, value, number, value, block, date, async (navn, offisielt, nummer, tittel, blokk, dato) => {
        const extra = `    offisielt_navn: ${yamlString(offisielt)}\n    signatar: { tittel: ${yamlString(tittel)} }\n    blokker:\n      ohd-tilbud: ${yamlString(blokk)}\n`
        let g
        try {
          g = await generateInstances(smallSet(), registry([kommuneYaml(navn, nummer, extra)]), { date: dato, formats: ['md', 'html'] })
        } catch (e) {
          expect(e).toBeInstanceOf(AvtaleverkError)
          const values = [navn, offisielt, tittel, blokk]
          const allowed = (m: string) => {
            if (/: den ferdige teksten har en plassholder: «[^»]+»/.test(m)) return true
            const variable = /: den ferdige teksten har en malvariabel: «(\{\{[^»]+\}\})»/.exec(m)?.[1]
            return variable !== undefined && values.some((v) => v.includes(variable))
          }
          const problems = [e as AvtaleverkError, ...(e as AvtaleverkError).details].map((x) => x.message).filter((m) => !allowed(m))
          expect(problems).toEqual([])
          seen.refused++
          return
        }
        seen.generated++
        const [y, m, d] = dato.split('-')
        for (const f of g.files) {
          const text = new TextDecoder().decode(f.data)
          expect(text, f.path).not.toMatch(/\uE000|\uE001/u)
          if (f.format === 'html') {
            expect(text).not.toMatch(/<script/u)
            continue
          }
          const doc = parseDocument(text, { path: f.path })
          expect([...doc.preamble.variables, ...allSections(doc.sections).flatMap((s) => s.variables)]).toEqual([])
          expect(findPlaceholders(doc)).toEqual([])
          expect(doc.title).toBe(`Avtale mellom ${navn} kommune og UNN`)
          expect(text).toContain(`Sist oppdatert: ${d}.${m}.${y}`)
        }
      }),
      { numRuns: propertyRuns(150) },
    )
    // Both ways are exercised, and most random values make a copy.
    expect(seen.refused).toBeGreaterThan(0)
    expect(seen.generated).toBeGreaterThan(seen.refused * 2)
  })
})
