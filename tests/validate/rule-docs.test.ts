/**
 * Every rule's page in docs/rules/ shows a failing and a passing example; each runs here, so a
 * page cannot promise what the rule does not do. An example runs when an HTML comment right
 * before its code block says how (docs/rules/README.md, «Examples that run»):
 *
 *   <!-- test: fails 2 in retningslinje-1; profile unn-2023; retningslinje-2 hotjl: [2, 3, 5] -->
 *
 * `fails N` / `passes` (the rule's findings), then where the example goes in the sound fixture
 * set (tests/validate/fixtures.ts): `in DOC` (added at the end of that document), `replacing DOC
 * NUMBER` (in place of that section, down to the next heading of its level or higher), `as DOC`
 * (the whole file of that document), `as veileder` (the body of a veileder alone in its set).
 * After `;`: `profile NAME`, `rule ID SEVERITY`, `DOC KEY: VALUE` for a front-matter line, or
 * `DOC without «TEXT»` to take a text out of that document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAvtaleverkError, type AvtaleverkError } from '../../src/errors.js'
import type { AgreementDocument } from '../../src/model.js'
import { parseDocument } from '../../src/parse/document.js'
import { validate } from '../../src/validate/index.js'
import type { RuleSetting } from '../../src/validate/profile.js'
import { loadProfile } from '../../src/validate/profile-load.js'
import { RULES } from '../../src/validate/rules/index.js'
import { ROOT } from '../helpers.js'
import { fm, soundSet } from './fixtures.js'

const DOCS = path.join(ROOT, 'docs/rules')

interface Example {
  rule: string
  line: number
  directive: string
  code: string
}

/** The examples of a page: each code block with a `<!-- test: … -->` comment right before its fence. */
function examples(rule: string): Example[] {
  const lines = readFileSync(path.join(DOCS, `${rule}.md`), 'utf8').split('\n')
  const out: Example[] = []
  lines.forEach((l, i) => {
    const m = /^<!--\s*test:\s*(.+?)\s*-->$/.exec(l)
    if (!m) return
    if (!/^```/.test(lines[i + 1] ?? '')) throw new Error(`docs/rules/${rule}.md:${i + 1}: the test comment must stand right before a code block`)
    const end = lines.findIndex((x, j) => j > i + 1 && /^```\s*$/.test(x))
    out.push({ rule, line: i + 1, directive: m[1]!, code: lines.slice(i + 2, end).join('\n') })
  })
  return out
}

function fileOf(files: Record<string, string>, id: string): string {
  const name = Object.keys(files).find((f) => f.replace(/^\d+-/, '').replace(/\.md$/, '') === id)
  if (!name) throw new Error(`no document ${id} in the fixture set`)
  return name
}

function replaceSection(source: string, number: string, code: string): string {
  const lines = source.split('\n')
  const start = lines.findIndex((l) => new RegExp(`^#+ ${number.replace(/\./g, '\\.')}(\\s|$)`).test(l))
  if (start < 0) throw new Error(`no section ${number}`)
  const level = /^#+/.exec(lines[start]!)![0].length
  let end = lines.findIndex((l, j) => j > start && new RegExp(`^#{1,${level}} `).test(l))
  if (end < 0) end = lines.length
  return [...lines.slice(0, start), code, '', ...lines.slice(end)].join('\n')
}

/** The rule's findings when the example is put where its directive says. */
async function run(example: Example): Promise<{ expected: number; found: string[] }> {
  const [head, ...options] = example.directive.split(';').map((s) => s.trim())
  const m = /^(fails (\d+)|passes) (in|replacing|as) (\S+)(?: (\S+))?$/.exec(head!)
  if (!m) throw new Error(`docs/rules/${example.rule}.md:${example.line}: cannot read «${head}»`)
  const expected = m[2] ? Number(m[2]) : 0
  let files: Record<string, string> = soundSet()
  const [where, target, number] = [m[3]!, m[4]!, m[5]]
  if (where === 'as' && target === 'veileder') files = { 'veileder.md': `${fm({ id: 'veileder', type: 'veileder', title: 'Veileder' })}\n# Veileder\n\n${example.code}\n` }
  else if (where === 'as') files[fileOf(files, target)] = `${example.code}\n`
  else if (where === 'in') files[fileOf(files, target)] = `${files[fileOf(files, target)]!}\n${example.code}\n`
  else files[fileOf(files, target)] = replaceSection(files[fileOf(files, target)]!, number!, example.code)
  let profile
  const rules: Record<string, RuleSetting> = {}
  for (const option of options) {
    // `DOC without «TEXT»`: the fixture's text taken out of that document (the sound set's retningslinjer state their § 6-2 points).
    const without = /^(\S+) without «(.+)»$/.exec(option)
    if (without) {
      const name = fileOf(files, without[1]!)
      if (!files[name]!.includes(without[2]!)) throw new Error(`docs/rules/${example.rule}.md:${example.line}: «${without[2]}» is not in ${without[1]}`)
      files[name] = files[name]!.replace(without[2]!, '')
      continue
    }
    const o = /^profile (\S+)$/.exec(option) ?? /^rule (\S+) (\S+)$/.exec(option) ?? /^(\S+) (\w+): (.*)$/.exec(option)
    if (!o) throw new Error(`docs/rules/${example.rule}.md:${example.line}: cannot read «${option}»`)
    if (option.startsWith('profile ')) profile = await loadProfile(o[1]!)
    else if (option.startsWith('rule ')) rules[o[1]!] = o[2] as RuleSetting
    else {
      const name = fileOf(files, o[1]!)
      files[name] = files[name]!.replace(new RegExp(`^${o[2]}:.*$`, 'm'), `${o[2]}: ${o[3]}`)
    }
  }
  const documents: AgreementDocument[] = []
  const loadErrors: AvtaleverkError[] = []
  for (const [name, text] of Object.entries(files)) {
    try {
      documents.push(parseDocument(text, { path: name }))
    } catch (e) {
      if (!isAvtaleverkError(e)) throw e
      loadErrors.push(e)
    }
  }
  const found = validate({ root: '', documents }, { ...(profile ? { profile } : {}), loadErrors, config: { rules } })
    .filter((d) => d.ruleId === example.rule)
    .map((d) => `${d.file}:${d.line} ${d.message}`)
  return { expected, found }
}

const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.replace(/\.md$/, ''))

describe('docs/rules', () => {
  it('has a page for every rule, and every rule has its own test file', () => {
    expect(RULES.map((r) => r.id).filter((id) => !pages.includes(id))).toEqual([])
    expect(RULES.map((r) => r.id).filter((id) => !existsSync(path.join(ROOT, 'tests/validate', `${id}.test.ts`)))).toEqual([])
  })

  for (const rule of pages) {
    const hasExample = /^## Example/m.test(readFileSync(path.join(DOCS, `${rule}.md`), 'utf8'))
    // A page without examples (partial-set) has nothing to run.
    if (!hasExample && examples(rule).length === 0) continue
    describe(rule, () => {
      if (hasExample) it('shows at least one failing and one passing example that run', () => {
        const directives = examples(rule).map((e) => e.directive)
        expect(directives.some((d) => d.startsWith('fails'))).toBe(true)
        expect(directives.some((d) => d.startsWith('passes'))).toBe(true)
      })
      for (const example of examples(rule)) {
        it(`${example.directive} (line ${example.line})`, async () => {
          const { expected, found } = await run(example)
          expect(found, `docs/rules/${rule}.md:${example.line}`).toHaveLength(expected)
        })
      }
    })
  }
})
