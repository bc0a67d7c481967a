/**
 * The Word files as their readers open them: one kommune copy, the redline and the
 * høringsoppsummering, converted to PDF by LibreOffice once (shared by the tests below; soffice
 * is slow to start), then read back. No template variable, no folder path, the headings in
 * order, «Side X av Y» on the pages, and an image of the first pages kept in
 * .vitest-artifacts/pages/.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo } from '../helpers.js'
import { inOrder, keepPageImage, lines, pdfPages, requireTools, SKIP_SOFFICE, sofficeToPdf } from './pdf.js'

const flat = (pages: string[]) => pages.join(' ').replace(/\s+/gu, ' ')
const PAGE_NUMBER = /^Side (\d+) av (\d+)$/u

/** Every page from `from` on says «Side i av n» with its own number and the right total. */
function numbered(pages: string[], from: number): string[] {
  return pages.flatMap((page, i) => {
    if (i + 1 < from) return []
    const found = lines(page).map((l) => PAGE_NUMBER.exec(l)).find(Boolean)
    return found && Number(found[1]) === i + 1 && Number(found[2]) === pages.length ? [] : [`side ${i + 1}: ${found ? found[0] : 'uten sidetall'}`]
  })
}

describe.skipIf(SKIP_SOFFICE)('the Word files in LibreOffice', () => {
  const pdf: Record<'copy' | 'redline' | 'horing', string> = { copy: '', redline: '', horing: '' }
  let seconds = 0

  beforeAll(async () => {
    requireTools(true)
    const dir = await mkdtemp(path.join(tmpdir(), 'avtaleverk-word-'))
    const cli = async (args: string[]) => expect(await runCli(args, captureIo())).toBeLessThan(2)
    await cli(['generate', 'agreements', '--dato', '2023-06-01', '--kommune', 'Kåfjord', '--format', 'docx', '--out', path.join(dir, 'k')])
    await cli(['diff', 'agreements', 'examples/revisjon-2024', '--format', 'docx', '--out', path.join(dir, 'endringer.docx')])
    await cli(['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements', '--til', 'examples/revisjon-2024', '--frist', '2024-05-01', '--format', 'docx', '--out', path.join(dir, 'horingsoppsummering.docx')])
    const started = Date.now()
    const [copy, redline, horing] = await sofficeToPdf([path.join(dir, 'k', '5426-kafjord', '00-samarbeidsavtale.docx'), path.join(dir, 'endringer.docx'), path.join(dir, 'horingsoppsummering.docx')])
    Object.assign(pdf, { copy, redline, horing })
    seconds = (Date.now() - started) / 1000
  }, 400_000)

  it('converts all three in one run of soffice', () => {
    expect(seconds).toBeGreaterThan(0)
    console.log(`soffice: 3 Word-filer til PDF på ${seconds.toFixed(1)} s`)
  })

  it('a kommune copy: a title page with the official name and no draft mark (vedtatt), the headings in order, page numbers', async () => {
    const pages = await pdfPages(pdf.copy)
    const titlePage = flat(pages.slice(0, 1))
    // pdftotext joins a word hyphenated at a line end («Nord-» / «Norge»), so the title is checked up to there.
    expect(titlePage).toContain('Samarbeidsavtale mellom Kåfjord kommune og Universitetssykehuset i Nord')
    expect(titlePage).toContain('Gáivuotna - Kåfjord - Kaivuono kommune')
    expect(titlePage).toContain('Versjon 2023 – vedtatt 1. juni 2023')
    const text = flat(pages)
    expect(text).not.toMatch(/\{\{|UTKAST/u)
    expect(inOrder(text, ['Del 1 – Overordnede bestemmelser', '1. Avtalens parter', 'Avtalen er inngått mellom Gáivuotna - Kåfjord - Kaivuono kommune', '5. Avtalens formål', '17. Signatur', 'Del 2 – Omforente retningslinjer', '2.9 Omforente beredskapsplaner'])).toEqual([])
    expect(numbered(pages, 2)).toEqual([])
    await keepPageImage(pdf.copy, 'word-kommunekopi-side-1', 1)
    await keepPageImage(pdf.copy, 'word-kommunekopi-side-2', 2)
  })

  it('the redline: titled by versions, variables as labels, every document from a new page, page numbers', async () => {
    const pages = await pdfPages(pdf.redline)
    const text = flat(pages)
    expect(flat(pages.slice(0, 1))).toContain('Endringer fra versjon 2023-forslag til versjon 2024-utkast')
    expect(text).not.toMatch(/\{\{|agreements\/|examples\//u)
    expect(text).toContain('Samarbeidsavtale mellom [kommunenavn] kommune')
    const titles = ['Samarbeidsavtale mellom [kommunenavn] kommune', 'RETNINGSLINJE nr. 1:', 'RETNINGSLINJE nr. 5:', 'RETNINGSLINJE nr. 9:', 'VEILEDER FOR FAKTURERING']
    expect(inOrder(text, titles)).toEqual([])
    // Each document's title opens a page (after the header line).
    for (const title of titles) expect(pages.some((p) => lines(p).slice(0, 3).join(' ').includes(title)), title).toBe(true)
    expect(numbered(pages, 1)).toEqual([])
    await keepPageImage(pdf.redline, 'word-redline-side-1', 1)
    await keepPageImage(pdf.redline, 'word-redline-side-2', 2)
  })

  it('the høringsoppsummering: for people, no ids, paths or ISO dates, no word broken in the table', async () => {
    const pages = await pdfPages(pdf.horing)
    const text = flat(pages)
    expect(text).not.toMatch(/\{\{|retningslinje-\d|\.yaml|agreements\/|\d{4}-\d{2}-\d{2}/u)
    expect(inOrder(text, ['Høringsoppsummering', 'Høringsfrist: 1. mai 2024', 'Respondenter', 'Respondent', 'Mottatt', 'Innspill', 'Brukerutvalget i UNN', '15. april 2024', 'Endret uten innspill'])).toEqual([])
    // A column too narrow for its words breaks them: «Respond» / «ent».
    expect(lines(pages[0]!)).toContain('Respondent')
    expect(numbered(pages, 1)).toEqual([])
    await keepPageImage(pdf.horing, 'word-horingsoppsummering-side-1', 1)
  })
})
