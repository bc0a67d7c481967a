/**
 * A ChangeSet carries hunks and references, not the unchanged text: a one-word change in the
 * real corpus is a small JSON, and everything that needs the text gets it from the old set.
 */
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import schema from '../../schemas/changeset.schema.json' with { type: 'json' }
import {
  agreementSet,
  applyChangeSet,
  type ChangeSet,
  changeSetWithText,
  diffSets,
  formatChangeSetJson,
  formatDiff,
  isAvtaleverkError,
  parseDocument,
  renderDiffDocx,
  renderDiffHtml,
  renderDiffMarkdown,
  renderDiffText,
  type AgreementSet,
} from '../../src/index.js'
import { loadCorpus } from '../helpers.js'

let before: AgreementSet
let after: AgreementSet

beforeAll(async () => {
  before = await loadCorpus()
  const docs = before.documents
  // One word of retningslinje 3 changed: «skal» → «må» in its first sentence with «skal».
  after = agreementSet(
    docs.map((d) => {
      if (d.frontMatter.id !== 'retningslinje-3') return d
      const at = d.source.indexOf(' skal ', d.source.indexOf('\n## '))
      return parseDocument(`${d.source.slice(0, at)} må ${d.source.slice(at + 6)}`, { path: d.path })
    }),
    'endret',
  )
})

const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema)

describe('a slim ChangeSet', () => {
  it('a one-word change is a small JSON; with includeText it is the whole text', () => {
    const slim = formatChangeSetJson(diffSets(before, after))
    const full = formatChangeSetJson(diffSets(before, after, { includeText: true }))
    expect(JSON.parse(slim).summary).toMatchObject({ sectionsChanged: 1, wordsAdded: 1, wordsRemoved: 1 })
    // No unchanged text in it: a sentence of another document is in the full one only.
    const unchanged = before.documents.find((d) => d.frontMatter.id === 'retningslinje-5')!.sections[0]!.text.slice(0, 60)
    expect(full).toContain(JSON.stringify(unchanged).slice(1, -1))
    expect(slim).not.toContain(JSON.stringify(unchanged).slice(1, -1))
    // What is left is the section references (ids, numbers, titles, lines of both versions).
    expect(slim.length).toBeLessThan(full.length * 0.75)
    for (const json of [slim, full]) expect(validateSchema(JSON.parse(json)), JSON.stringify(validateSchema.errors)).toBe(true)
    expect(JSON.parse(slim).options.includeText).toBe(false)
    expect(JSON.parse(full).options.includeText).toBe(true)
  })

  it('every renderer gives the same output from the slim ChangeSet, in-process or read back from JSON with the old set', async () => {
    const full = diffSets(before, after, { includeText: true })
    const slim = diffSets(before, after)
    const fromJson = JSON.parse(formatChangeSetJson(slim)) as ChangeSet
    expect(renderDiffText(slim)).toBe(renderDiffText(full))
    expect(renderDiffText(fromJson, { old: before })).toBe(renderDiffText(full))
    expect(renderDiffMarkdown(fromJson, { old: before })).toBe(renderDiffMarkdown(full))
    expect(renderDiffHtml(fromJson, { old: before })).toBe(renderDiffHtml(full))
    const docx = (cs: ChangeSet, old?: AgreementSet) => renderDiffDocx(cs, { date: '2024-01-01', ...(old ? { old } : {}) })
    expect(Buffer.from(await docx(fromJson, before)).equals(Buffer.from(await docx(full)))).toBe(true)
    expect(await formatDiff(fromJson, 'md', { old: before })).toBe(renderDiffMarkdown(full))
    expect(changeSetWithText(fromJson, before)).toEqual({ ...full })
  })

  it('applyChangeSet works from the JSON: old + ChangeSet gives the new texts', () => {
    const fromJson = JSON.parse(formatChangeSetJson(diffSets(before, after))) as ChangeSet
    const applied = applyChangeSet(before, fromJson).find((d) => d.id === 'retningslinje-3')!
    const target = after.documents.find((d) => d.frontMatter.id === 'retningslinje-3')!
    expect(applied.sections.map((s) => s.text).join('\n')).toContain('Kommunen må sørge for')
    expect(applied.preamble).toBe(target.preamble.text)
  })

  it('without the old set, or with the wrong one, it says so instead of rendering nonsense', () => {
    const fromJson = JSON.parse(formatChangeSetJson(diffSets(before, after))) as ChangeSet
    const e = (() => {
      try {
        renderDiffText(fromJson)
      } catch (x) {
        return x
      }
    })()
    expect(isAvtaleverkError(e) && e.code).toBe('bruksfeil')
    expect((e as Error).message).toContain('{ old: gammeltSett }')
    expect(() => changeSetWithText(fromJson, after)).toThrowError(/^Endringssettet passer ikke til den gamle versjonen: retningslinje-3: avvik ved tegn/)
  })

  it('ignoreFormatting keeps the text (its unchanged stretches are the new version’s)', () => {
    const cs = diffSets(before, after, { ignoreFormatting: true })
    expect(cs.options.includeText).toBe(true)
    expect(cs.documents.every((d) => d.sections.every((s) => s.hunks.every((h) => 'text' in h)))).toBe(true)
  })
})
