/**
 * The ChangeSet is complete: for random documents and random edits (words changed, paragraphs
 * and sections added, removed, reordered, retitled, renumbered), the old set plus the ChangeSet
 * gives the new set's text back, and the ChangeSet is valid JSON against its schema. It is also
 * bound to its old set: applyChangeSet rebuilds the new text from the old text (only inserted
 * words come from the ChangeSet), so the same ChangeSet on an old set that differs by one word
 * must be refused, not turned into a plausible text.
 */
import { Ajv } from 'ajv'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../setup/env.js'
import schema from '../../schemas/changeset.schema.json' with { type: 'json' }
import { applyChangeSet } from '../../src/diff/apply.js'
import { AvtaleverkError } from '../../src/errors.js'
import { diffSets } from '../../src/diff/changeset.js'
import { allSections } from '../../src/parse/document.js'
import { retningslinje, setOf } from './fixtures.js'

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)

interface Draft {
  title: string
  paragraphs: string[]
  children: Draft[]
}

const WORDS = ['kommunen', 'UNN', 'skal', 'og', 'i', 'pasienten', '§', '6-2', '2.2', 'helse-', 'omsorgstjenester', '«avtalen»', '–', 'tiltak', 'Nord-Norge', 'partnerne', 'jf.', 'ØHD']
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => `Avsnitt ${w.join(' ')}.`)
const title = fc.constantFrom('Formål', 'Ansvar', 'Avvik', 'Varighet', 'Uenighet', 'Brukermedvirkning', 'Kommunens ansvar', 'UNNs ansvar')
const leaf = fc.record({ title, paragraphs: fc.array(paragraph, { maxLength: 3 }), children: fc.constant([] as Draft[]) })
const section = fc.record({ title, paragraphs: fc.array(paragraph, { maxLength: 3 }), children: fc.array(leaf, { maxLength: 2 }) })
const draft = fc.array(section, { minLength: 1, maxLength: 6 })

/** One random edit of a section list. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('word' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), section }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('retitle' as const), at: fc.nat(), title }),
  fc.record({ op: fc.constant('paragraph' as const), at: fc.nat(), paragraph }),
)
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function apply(sections: Draft[], e: Edit): Draft[] {
  const out = structuredClone(sections)
  const i = out.length === 0 ? 0 : e.at % out.length
  const target = out[i]
  switch (e.op) {
    case 'word':
      if (target && target.paragraphs.length > 0) target.paragraphs[0] = target.paragraphs[0]!.replace(/ \S+/u, ` ${e.word}`)
      break
    case 'drop':
      out.splice(i, 1)
      break
    case 'insert':
      out.splice(i, 0, e.section)
      break
    case 'move': {
      const [moved] = out.splice(i, 1)
      if (moved) out.splice(e.to % (out.length + 1), 0, moved)
      break
    }
    case 'retitle':
      if (target) target.title = e.title
      break
    case 'paragraph':
      target?.paragraphs.push(e.paragraph)
      break
  }
  return out
}

/** Markdown with sections numbered in order, as a committee renumbers after every change. */
function markdown(sections: Draft[]): string {
  return sections
    .map((s, i) => {
      const own = [`## ${i + 1}. ${s.title}`, ...s.paragraphs]
      const children = s.children.map((c, j) => [`### ${i + 1}.${j + 1} ${c.title}`, ...c.paragraphs].join('\n\n'))
      return [...own, ...children].join('\n\n')
    })
    .join('\n\n')
}

describe('applyChangeSet(old, diffSets(old, new)) gives new', () => {
  it('for random documents and random edits', () => {
    fc.assert(
      fc.property(draft, fc.array(edit, { maxLength: 5 }), fc.boolean(), (sections, edits, tight) => {
        const before = retningslinje(markdown(sections))
        const after = retningslinje(markdown(edits.reduce(apply, sections)))
        // A tight maxEditLength exercises the paragraph and section fallbacks as well.
        const cs = diffSets(setOf(before), setOf(after), tight ? { maxEditLength: 4 } : {})
        const [applied] = applyChangeSet(setOf(before), cs)
        expect(applied!.sections).toEqual(allSections(after.sections).map((s) => ({ id: s.id, title: s.title, text: s.text })))
        expect(JSON.parse(JSON.stringify(cs))).toEqual(cs)
        expect(validate(cs), JSON.stringify(validate.errors)).toBe(true)

        // The same ChangeSet on an old version one word off (a letter changed, or a word added) is
        // refused with a typed error.
        for (const how of ['letter', 'word'] as const) {
          const other = setOf(retningslinje(markdown(oneWordOff(sections, how))))
          let refused: unknown
          try {
            applyChangeSet(other, cs)
          } catch (e) {
            refused = e
          }
          expect(refused, how).toBeInstanceOf(AvtaleverkError)
          expect((refused as AvtaleverkError).message).toMatch(/^Endringssettet passer ikke til den gamle versjonen: /)
        }
      }),
      { numRuns: propertyRuns(300) },
    )
  })
})

/**
 * The same sections with the first paragraph there is one letter off (same length) or one word
 * longer; with no paragraph anywhere, one paragraph added.
 */
function oneWordOff(sections: Draft[], how: 'letter' | 'word'): Draft[] {
  const out = structuredClone(sections)
  const withText = out.flatMap((s) => [s, ...s.children]).find((s) => s.paragraphs.length > 0)
  if (withText) withText.paragraphs[0] = how === 'letter' ? withText.paragraphs[0]!.replace(/^Avsnitt/, 'Avsnytt') : withText.paragraphs[0]!.replace(/\.$/, ' ekstra.')
  else out[0]!.paragraphs.push('Avsnitt ekstra.')
  return out
}
