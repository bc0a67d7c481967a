/**
 * No script in HTML we write: every link and image address that reaches an HTML page or a Word
 * file goes through one allow-list (http, https, mailto, relative, #fragment). The rest is
 * printed as text, and `validate` reports it (rule link-scheme).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { diffSets } from '../../src/diff/changeset.js'
import { generateInstances } from '../../src/generate/generate.js'
import { parseDocument } from '../../src/parse/document.js'
import { agreementSet } from '../../src/parse/load.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { renderDiffHtml } from '../../src/render/diff-html.js'
import { isAllowedUrl } from '../../src/output/url.js'
import { validate } from '../../src/validate/index.js'
import { captureIo, frontMatter, ROOT } from '../helpers.js'
import { kommuneYaml, registry, smallSet, SMALL_BODY } from '../generate/helpers.js'

/** Hostile links, one per line of Markdown, each with the text that must survive as plain text. */
const HOSTILE: Array<[string, string]> = [
  ['[Les mer](javascript:alert(1))', 'Les mer'],
  ['[VB](vbscript:msgbox(1))', 'VB'],
  ['[Data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'Data'],
  ['<javascript:alert(2)>', 'javascript:alert(2)'],
  ['![Bildetekst](javascript:alert(3))', 'Bildetekst'],
  ['![Svg](<data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+>)', 'Svg'],
  ['[Referanse][x]\n\n[x]: javascript:alert(4)', 'Referanse'],
  ['[Blandet](JaVaScRiPt:alert(5))', 'Blandet'],
  ['[Tab](java&#x09;script:alert(6))', 'Tab'],
  ['[Kolon](javascript&colon;alert(7))', 'Kolon'],
  ['[Linjeskift](java&#10;script:alert(8))', 'Linjeskift'],
  ['[Mellomrom](&#32;javascript:alert(9))', 'Mellomrom'],
  ['[Kontroll](&#1;javascript:alert(10))', 'Kontroll'],
]
const SAFE = '[Helsedirektoratet](https://www.helsedirektoratet.no/) og [e-post](mailto:post@unn.no) og [punkt 2](#punkt-2)'

/**
 * Every href/src in a page, as a browser reads it: entities decoded, tabs and newlines removed,
 * leading spaces and control characters trimmed. Written independently of src/output/url.ts.
 */
function addresses(html: string): string[] {
  const decode = (v: string) =>
    v.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&colon;/gi, ':').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
  return [...html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => decode(m[1] ?? m[2] ?? m[3] ?? '').replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))
}
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? null
const scriptable = (html: string) => addresses(html).filter((a) => { const s = schemeOf(a); return s !== null && !['http', 'https', 'mailto'].includes(s) })

const body = `${SMALL_BODY}\n## 3. Lenker\n\n${SAFE}\n\n${HOSTILE.map(([md]) => md).join('\n\n')}\n`

describe('links and images in agreement Markdown', () => {
  it('the allow-list: http, https, mailto, relative and fragments; nothing else, however written', () => {
    for (const ok of ['https://unn.no', 'HTTP://unn.no', 'mailto:a@b.no', '../x.md', '#punkt-2', '', '?a=b:c', 'x/y:z']) expect(isAllowedUrl(ok), ok).toBe(true)
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', 'java\nscript:x', ' javascript:x', '\u0001javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'javascript%3Aalert(1):']) expect(isAllowedUrl(bad), JSON.stringify(bad)).toBe(false)
  })

  it('generated HTML: hostile links become their text, safe ones stay links', async () => {
    const g = await generateInstances(smallSet(body), registry([kommuneYaml('Harstad', '5503')]), { date: '2024-06-01', formats: ['html'] })
    const html = new TextDecoder().decode(g.files[0]!.data)
    expect(scriptable(html)).toEqual([])
    expect(html).not.toMatch(/alert\(\d+\)"/)
    for (const [, text] of HOSTILE) expect(html, text).toContain(text)
    expect(html).toContain('<a href="https://www.helsedirektoratet.no/">Helsedirektoratet</a>')
    expect(html).toContain('<a href="mailto:post@unn.no">e-post</a>')
    expect(html).toContain('<a href="#punkt-2">punkt 2</a>')
  })

  it('generated Word: only http(s) and mailto become hyperlinks', async () => {
    const g = await generateInstances(smallSet(body), registry([kommuneYaml('Harstad', '5503')]), { date: '2024-06-01', formats: ['docx'] })
    const rels = docxPart(g.files[0]!.data, 'word/_rels/document.xml.rels')!
    const targets = [...rels.matchAll(/TargetMode="External"[^>]*|Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[0])
    expect(rels).toContain('Target="https://www.helsedirektoratet.no/"')
    expect(rels).toContain('Target="mailto:post@unn.no"')
    expect(rels).not.toMatch(/script|data:/i)
    expect(targets.length).toBeGreaterThanOrEqual(2)
    expect(docxPart(g.files[0]!.data, 'word/document.xml')).toContain('Les mer')
  })

  it('a kommune’s text block with a javascript: link is refused before anything is rendered', async () => {
    const head = 'standardsignatar:\n  tittel: Kommunedirektør\nstandardblokker:\n  ohd-tilbud: "[Les mer](javascript:alert(1))"\n'
    expect(() => registry([kommuneYaml('Harstad', '5503')], head)).toThrow(/lenke som ikke er en nettadresse/)
  })

  it('validate reports each hostile link (rule link-scheme) at its line, and nothing in the bundled set', async () => {
    const doc = parseDocument(`${frontMatter({ id: 'retningslinje-1' })}\n# Test\n\n${SAFE}\n\n${HOSTILE.map(([md]) => md).join('\n\n')}\n`, { path: 'r1.md' })
    const found = validate(agreementSet([doc], '')).filter((d) => d.ruleId === 'link-scheme')
    expect(found).toHaveLength(HOSTILE.length)
    expect(found.every((d) => d.severity === 'error')).toBe(true)
    expect(found[0]).toMatchObject({ file: 'r1.md', line: 15, column: 1, message: expect.stringMatching(/^Lenken går til «javascript:alert\(1\)»; bare http, https, mailto/) })
    expect(found.map((d) => d.message).join('\n')).toContain('«java\\u0009script:alert(6)»')
    const io = captureIo()
    await runCli(['validate', 'agreements', '-f', 'json'], io)
    expect(JSON.parse(io.out).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'link-scheme')).toEqual([])
  })
})

describe('values that reach the other HTML outputs', () => {
  const hostile = '[Les mer](javascript:alert(1)) <a href="javascript:alert(2)">x</a> <img src=x onerror=alert(3)>'

  it('the diff report shows a hostile link as text', () => {
    const mk = (extra: string) => agreementSet([parseDocument(`${frontMatter()}\n# Test\n\n## 1. Formål\n\nTekst.${extra}\n`, { path: 'r1.md' })], '')
    const html = renderDiffHtml(diffSets(mk(''), mk(`\n\n${hostile}`)))
    expect(scriptable(html)).toEqual([])
    expect(html).not.toMatch(/<img|<a href="javascript/i)
    expect(html).toContain('Les mer')
  })

  it('the høringsoppsummering and the status page print innspill and signatories as text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-links-'))
    await writeFile(path.join(dir, 'a.yaml'), `respondent:\n  organisasjon: '${hostile.replace(/'/g, "''")}'\nmottatt: 2024-04-15\ninnspill:\n  - dokument: retningslinje-1\n    tekst: '${hostile.replace(/'/g, "''")}'\n    vurdering: tatt til følge\n`)
    const io = captureIo()
    expect(await runCli(['høring', 'rapport', '--innspill', dir, '--fra', 'agreements', '--til', 'examples/revisjon-2024', '-f', 'html'], io), io.err).toBe(0)
    expect(scriptable(io.out)).toEqual([])
    expect(io.out).not.toMatch(/<img|<a href="javascript/i)
    expect(io.out).toContain('[Les mer](javascript:alert(1))')
    const status = captureIo()
    expect(await runCli(['status', '--versjoner', path.join(ROOT, 'examples/status/versjoner.yaml'), '-f', 'html'], status), status.err).toBe(0)
    expect(scriptable(status.out)).toEqual([])
  })
})
