/**
 * Terminal output: control and escape characters from file names, headings and messages are
 * shown as \u escapes in every terminal format, so they cannot forge a `fil:1:1:` line or
 * recolour the terminal; a reader that closes the pipe early ends the command quietly.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { diffSets } from '../../src/diff/changeset.js'
import type { Hunk } from '../../src/diff/hunks.js'
import { AvtaleverkError } from '../../src/errors.js'
import { reportError } from '../../src/cli/io.js'
import { parseDocument } from '../../src/parse/document.js'
import { agreementSet } from '../../src/parse/load.js'
import { formatStylish } from '../../src/render/diagnostics/stylish.js'
import { renderDiffText } from '../../src/render/diff-text.js'
import { outlineText } from '../../src/render/outline.js'
import { formatStatusText } from '../../src/render/status.js'
import { terminalText } from '../../src/output/terminal.js'
import type { StatusReport } from '../../src/status/status.js'
import { captureIo, frontMatter, ROOT } from '../helpers.js'

const FORGED = 'x\n/etc/passwd:1:1: feil  alt er i orden\r\u001b[2J\u001b]0;tittel\u0007\u009b31m\u202e'
/** Our own colour codes removed: what is left must hold no control character at all (tab and line feed aside). */
const OURS = /\u001b\[(?:0|1|2|4|31|32|33|36)m/g
const stray = (text: string) => text.replace(OURS, '').match(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu) ?? []
const forgedLine = (text: string) => text.split('\n').some((l) => /^(?:\/etc\/)?passwd:1:1/.test(l.replace(OURS, '')))
/** A file name cannot hold a slash. */
const FORGED_NAME = 'x\npasswd:1:1: feil  alt er i orden\r\u001b[2J\u009b31m'

describe('control characters on their way to a terminal', () => {
  it('terminalText shows them as \\u escapes, and keeps line feeds only when asked', () => {
    expect(terminalText('a\u001b[31mb\nc\td\u009be')).toBe('a\\u001b[31mb\\u000ac\td\\u009be')
    expect(terminalText('a\nb\rc', { newlines: true })).toBe('a\nb\\u000dc')
  })

  it('stylish: a forged file name and message stay on their own line, colours or not', () => {
    const d = [{ ruleId: 'link-scheme', severity: 'error' as const, message: `melding ${FORGED}`, file: `fil${FORGED}.md`, line: 3, column: 1 }]
    for (const color of [false, true]) {
      const text = formatStylish(d, { color })
      expect(stray(text), text).toEqual([])
      expect(forgedLine(text)).toBe(false)
      expect(text).toContain('fil x\\u000a/etc/passwd:1:1'.replace(' ', ''))
    }
  })

  it('the outline, the text diff and the status table', () => {
    const mk = (title: string, extra: string) => agreementSet([parseDocument(`${frontMatter()}\n# Test\n\n## 1. Formål\n\nTekst.${extra}\n`, { path: 'r1.md' })], '')
    const set = mk('Test', '')
    set.documents[0]!.path = `r${FORGED}.md`
    set.documents[0]!.sections[0]!.title = `Formål${FORGED}`
    const outline = outlineText(set)
    expect(stray(outline)).toEqual([])
    expect(forgedLine(outline)).toBe(false)

    const cs = diffSets(mk('Test', ''), mk('Test', ' Mer tekst.'), { oldLabel: `gammel${FORGED}`, newLabel: 'ny' })
    const hunk = cs.documents[0]!.sections.flatMap((s) => s.hunks).find((h): h is Hunk => h.kind === 'ny')!
    hunk.text += FORGED
    for (const color of [false, true]) {
      const text = renderDiffText(cs, { color })
      expect(stray(text), text).toEqual([])
      expect(forgedLine(text)).toBe(false)
    }

    const report = {
      current: { id: '2024', dato: '2024-06-01' },
      kommuner: [{ nummer: '5401', navn: `Tromsø${FORGED}`, state: 'ikke signert', kommune: null, unn: null, sinceSigned: null }],
      totals: { signert: 0, 'delvis signert': 0, 'signert eldre versjon': 0, 'ikke signert': 1 },
      hashProblems: [{ file: `s${FORGED}.yaml`, line: 1, message: 'feil' }],
    } as unknown as StatusReport
    const status = formatStatusText(report)
    expect(stray(status)).toEqual([])
    expect(forgedLine(status)).toBe(false)
  })

  it('error lines: a file name cannot start a line of its own', () => {
    const io = captureIo()
    reportError(io, new AvtaleverkError('lesefeil', `Kan ikke lese${FORGED}`, { file: `a${FORGED}.md`, line: 2 }, [new AvtaleverkError('lesefeil', 'to', { file: `b${FORGED}.md` })]))
    expect(stray(io.err)).toEqual([])
    expect(forgedLine(io.err)).toBe(false)
    expect(io.err.split('\n')).toHaveLength(4) // two errors, «2 feil.», and the final line feed
  })

  it('validate and parse on a folder whose file name holds a line break and escape codes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-term-'))
    await writeFile(path.join(dir, `01-r${FORGED_NAME}.md`), `${frontMatter()}\n# Test\n\n[Les mer](javascript:alert(1))\n`)
    for (const args of [['validate', dir], ['parse', dir]]) {
      const io = captureIo()
      await runCli(args, io)
      const all = io.out + io.err
      expect(all.length, args[0]).toBeGreaterThan(0)
      expect(stray(all), args[0]).toEqual([])
      expect(forgedLine(all), args[0]).toBe(false)
    }
  })
})

describe('a reader that closes the pipe early', () => {
  it('`avtaleverk diff … -f json | head -1`: no stack trace, the command’s own exit code', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'diff', 'agreements', 'examples/revisjon-2024', '-f', 'json'], { cwd: ROOT })
    let err = ''
    let out = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    // The JSON is 300 KB, far more than a pipe holds: closing after the first chunk makes the next write fail.
    child.stdout.once('data', (d: Buffer) => {
      out += d.toString()
      child.stdout.destroy()
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(out.startsWith('{')).toBe(true)
    expect(err).toBe('')
    expect(code).toBe(1)
  })
})
