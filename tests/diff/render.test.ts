/**
 * Every output format of a ChangeSet: the right words marked in the right way, the counts of
 * the summary equal to the ChangeSet's, and the Word file's tracked changes giving the new text
 * on "accept all" and the old text on "reject all".
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { type ChangeSet, diffSets } from '../../src/diff/changeset.js'
import { loadAgreementSet } from '../../src/parse/load.js'
import { renderDiffDocx } from '../../src/render/diff-docx.js'
import { renderDiffHtml } from '../../src/render/diff-html.js'
import { renderDiffMarkdown } from '../../src/render/diff-md.js'
import { renderDiffText } from '../../src/render/diff-text.js'
import { docxPart } from '../../src/output/docx-pack.js'
import { loadCorpus } from '../helpers.js'
import { BASE, diffBodies, REVISION } from './fixtures.js'

let real: ChangeSet
beforeAll(async () => {
  real = diffSets(await loadCorpus(), await loadAgreementSet(REVISION), { oldLabel: 'agreements', newLabel: 'examples/revisjon-2024' })
})

describe('text', () => {
  it('starts with the summary table and marks words like git --word-diff when not coloured', () => {
    const text = renderDiffText(real)
    const lines = text.split('\n')
    expect(lines[0]).toBe('Endringer fra agreements til examples/revisjon-2024')
    expect(lines[2]).toMatch(/^Dokument\s+Status\s+Punkter endret\s+Ord \+\s+Ord −$/u)
    expect(lines[3]).toMatch(/^samarbeidsavtale\s+revidert\s+8\s+13\s+23$/u)
    expect(text).toContain('av [-14-]{+24+}. juni 2011')
    expect(text).toContain('  5. Videreutvikling av møtearenaer for kompetansebygging og deling av kunnskap  (omnummerert (4. → 5.))')
    expect(text).not.toContain('\u001b[')
  })

  it('colours removed words red and added words green for a terminal', () => {
    const text = renderDiffText(real, { color: true })
    expect(text).toContain('\u001b[31m14\u001b[0m\u001b[32m24\u001b[0m')
    expect(text).not.toContain('[-14-]')
  })
})

describe('md', () => {
  it('is a GitHub/GitLab redline with <del> and <ins> and a summary table', () => {
    const md = renderDiffMarkdown(real)
    expect(md).toContain('| samarbeidsavtale | revidert | 8 | 13 | 23 |')
    expect(md).toContain('av <del>14</del><ins>24</ins>. juni 2011')
    expect(md).toContain('### 2.4 Gjensidig kunnskapsoverføring og informasjonsutveksling<del> og for</del><ins>,</ins> faglige nettverk og hospitering')
  })

  it('escapes Markdown and HTML in agreement text', () => {
    // Escaped in the agreement's Markdown, so these are literal characters of its text.
    const { cs } = diffBodies(BASE, BASE.replace('i god tid', 'i \\*god\\* tid &lt;b&gt; \\[lenke\\](y)'))
    const md = renderDiffMarkdown(cs)
    expect(md).toContain('i <ins>\\*</ins>god<ins>\\*</ins> tid<ins> &lt;b&gt; \\[lenke\\](y)</ins>')
    // A paragraph whose text starts like an ordered list item stays a paragraph.
    const listLike = diffBodies(`${BASE}\n## 5. Ledd\n\n1\\. ledd gjelder.\n`, `${BASE}\n## 5. Ledd\n\n1\\. ledd gjelder ikke.\n`)
    expect(renderDiffMarkdown(listLike.cs)).toContain('\n1\\. ledd gjelder<ins> ikke</ins>.\n')
  })
})

describe('html', () => {
  it('shows the ChangeSet counts in the summary, one table-of-contents link per changed section', () => {
    const html = renderDiffHtml(real)
    const count = (key: string) => /data-count="([^"]+)">([^<]*)</u.exec(html.slice(html.indexOf(`data-count="${key}"`) - 1))?.[2]
    expect(count('documents-changed')).toBe(`${real.summary.documents.revidert} av 11`)
    expect(count('sections-changed')).toBe(String(real.summary.sectionsChanged))
    expect(count('words-added')).toBe(String(real.summary.wordsAdded))
    expect(count('words-removed')).toBe(String(real.summary.wordsRemoved))
    const links = [...html.matchAll(/<a href="#(endring-[\d-]+)">/gu)].map((m) => m[1])
    expect(links).toHaveLength(real.summary.sectionsChanged)
    for (const id of links) expect(html).toContain(`<article class="change" id="${id}">`)
  })

  it('marks words with <del>/<ins> and shows old and new numbers side by side', () => {
    const html = renderDiffHtml(real)
    expect(html).toContain('av <del>14</del><ins>24</ins>. juni 2011')
    expect(html).toContain('<span class="nums"><span class="old" title="gammelt nummer">4.1</span> → <span class="new" title="nytt nummer">5.1</span></span>Faglige nettverk')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<(script|link|img)\b/u)
  })

  it('escapes agreement text', () => {
    const { cs } = diffBodies(BASE, BASE.replace('i god tid', 'i &lt;script&gt;alert(1)&lt;/script&gt; tid'))
    expect(renderDiffHtml(cs)).toContain('<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>')
  })
})

/** Paragraph texts of a document.xml after "accept all" or "reject all", without whitespace. */
function resolved(xml: string, accept: boolean): string {
  const body = xml.slice(xml.indexOf('</w:tbl>'))
  const without = body.replace(accept ? /<w:del\b[^>]*>[\s\S]*?<\/w:del>/gu : /<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/gu, '')
  return [...without.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((m) => m[1]).join('').replace(/\s+/gu, '')
}

describe('docx', () => {
  const options = { author: 'Revisjonsutvalget', date: '2024-03-15' }

  it('tracks each change as w:del / w:ins at the right words, with the author and date given', async () => {
    const xml = docxPart(await renderDiffDocx(real, options), 'word/document.xml')!
    const mark = 'w:author="Revisjonsutvalget" w:date="2024-03-15T00:00:00Z"'
    expect(xml).toMatch(new RegExp(`<w:del w:id="\\d+" ${mark}><w:r><w:delText xml:space="preserve">14</w:delText></w:r></w:del><w:ins w:id="\\d+" ${mark}><w:r><w:t xml:space="preserve">24</w:t></w:r></w:ins>`, 'u'))
    expect(xml).toContain('<w:delText xml:space="preserve">Aktuttmedisinforskriften</w:delText>')
    expect(xml).toContain('<w:t xml:space="preserve">Akuttmedisinforskriften</w:t>')
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/gu)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThan(40)
  })

  it('gives the new text on accept-all and the old text on reject-all', async () => {
    const newBody = BASE.replace('i god tid', 'i rimelig tid').replace('\n## 3. Avvik\n', '\n## 3. Avvikshåndtering\n').replace('## 4. Varighet', '## 5. Varighet\n\nNy tekst.\n\n## 4. Ny')
    const { cs, oldDoc, newDoc } = diffBodies(BASE, newBody)
    const xml = docxPart(await renderDiffDocx(cs, options), 'word/document.xml')!
    const flat = (doc: typeof oldDoc) => [doc.title, ...doc.sections.flatMap((s) => [s.heading, s.text])].join('').replace(/\s+/gu, '')
    expect(resolved(xml, true)).toBe(flat(newDoc))
    expect(resolved(xml, false)).toBe(flat(oldDoc))
    // A new section's paragraphs carry an inserted paragraph mark, so rejecting removes them whole.
    expect(xml).toMatch(/<w:pPr><w:pStyle w:val="Heading2"\/><w:rPr><w:ins w:id="\d+" w:author="Revisjonsutvalget"/u)
  })

  it('is the same bytes for the same input, and defaults to the new version’s date', async () => {
    const [a, b] = [await renderDiffDocx(real, options), await renderDiffDocx(real, options)]
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    expect(docxPart(await renderDiffDocx(real), 'word/document.xml')).toContain('w:author="avtaleverk" w:date="2024-03-01T00:00:00Z"')
  })

  it('keeps the documents’ structure: lists, «a)» lines, tables, the signature block; labels for variables; a page per document', async () => {
    const sets = { old: await loadCorpus(), new: await loadAgreementSet(REVISION) }
    const docx = await renderDiffDocx(real, { ...options, sets })
    const xml = docxPart(docx, 'word/document.xml')!
    const text = [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((m) => m[1]).join('')
    expect(text).not.toContain('{{')
    expect(text).toContain('Samarbeidsavtale mellom [kommunenavn] kommune og Universitetssykehuset i Nord-Norge HF')
    expect(text).toContain('[signatarens tittel]')
    expect(text).toContain('Endringer fra versjon 2023-forslag til versjon 2024-utkast')
    expect(text).not.toMatch(/agreements|examples\//u)
    // Del 1 § 3's list of retningslinjer: one bulleted paragraph per item.
    expect(xml).toMatch(/<w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">2\.1 Oppgave- og ansvarsfordeling/u)
    // Del 1 § 5: «a) er faglig gode» on its own list paragraph, the letter kept as text.
    expect(xml).toMatch(/<w:pStyle w:val="ListParagraph"\/><w:ind w:left="425" w:hanging="425"\/><\/w:pPr><w:r><w:t xml:space="preserve">a\) er faglig gode<\/w:t>/u)
    // The signature block of Del 1 § 17: a table, the two fields side by side.
    const signature = xml.slice(xml.indexOf('17. Signatur'))
    expect(signature.slice(signature.indexOf('<w:tbl>'), signature.indexOf('</w:tbl>'))).toMatch(/Sted\/dato:.*Sted\/dato:.*\[signatarens tittel\].*Administrerende direktør/su)
    // Retningslinje 9's definitions: a table with its rows.
    expect(xml).toMatch(/<w:tc>.*?Beredskapsplan<\/w:t>.*?<\/w:tc><w:tc>.*?Følgende felles forståelse/su)
    // Each document on a new page; header and footer with page numbers.
    expect(xml.match(/<w:pageBreakBefore\/>/gu)).toHaveLength(real.documents.length)
    const footer = docxPart(docx, 'word/footer1.xml')!
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>')
    expect(docxPart(docx, 'word/styles.xml')).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/u)
  })
})
