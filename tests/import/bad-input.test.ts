/**
 * Bad input: every way an import can fail ends in a Norwegian AvtaleverkError with the file
 * (and the line where there is one), never a hang; time grows linearly with the input.
 */
import { describe, expect, it } from 'vitest'
import { AvtaleverkError } from '../../src/errors.js'
import { importDocument } from '../../src/import/index.js'
import { seedText, simplePdf } from './helpers.js'

async function failure(bytes: Uint8Array, name: string): Promise<AvtaleverkError> {
  try {
    await importDocument(bytes, { name })
  } catch (e) {
    expect(e).toBeInstanceOf(AvtaleverkError)
    return e as AvtaleverkError
  }
  throw new Error('no error')
}

describe('import of bad input', () => {
  it('refuses an empty file', async () => {
    const e = await failure(new Uint8Array(0), 'tom.txt')
    expect(e.format()).toBe('tom.txt: Filen er tom')
  })

  it('refuses binary and non-UTF-8 text with the place', async () => {
    expect((await failure(new TextEncoder().encode('Avtale\nlinje to\0\0'), 'x.txt')).format()).toBe('x.txt:2: Filen ser ut til å være binær, ikke tekst')
    expect((await failure(new Uint8Array([0x41, 0xe6, 0xf8, 0xe5, 0x0a]), 'latin1.txt')).message).toMatch(/ikke UTF-8/)
  })

  it('refuses a file whose name promises Word or PDF but whose bytes are neither', async () => {
    expect((await failure(new TextEncoder().encode('hei'), 'avtale.docx')).message).toMatch(/ikke en Word-fil \(ødelagt eller feil filtype\)/)
    expect((await failure(new TextEncoder().encode('hei'), 'avtale.pdf')).message).toMatch(/ikke en PDF/)
  })

  it('refuses an encrypted (password-protected) Word file: an OLE container, not a zip', async () => {
    const ole = new Uint8Array(1024)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await failure(ole, 'hemmelig.docx')).message).toMatch(/kryptert \(passordbeskyttet\)/)
  })

  it('refuses a file over the size limit before reading it', async () => {
    await expect(importDocument(new Uint8Array(2048), { name: 'stor.txt', maxBytes: 1024 })).rejects.toThrow(/Filen er for stor/)
  })

  it('imports a 200-page text in linear time', async () => {
    // The seed (about 55 pages), then its nine retningslinjer again and again, renumbered
    // (nr. 10, 11, …), with a form feed every 45 lines as pdftotext writes pages.
    const seed = seedText()
    const start = seed.indexOf(' VEDLEGG TIL SAMARBEIDSAVTALE')
    const end = seed.indexOf('\f')
    const guidelines = seed.slice(start, end)
    const build = (rounds: number) => {
      let text = seed
      for (let r = 1; r <= rounds; r++) text += `\n${guidelines.replace(/RETNINGSLINJE nr\. (\d)/g, (_, n: string) => `RETNINGSLINJE nr. ${r * 9 + Number(n)}`)}`
      const lines = text.split('\n')
      return new TextEncoder().encode(lines.map((l, i) => (i > 0 && i % 45 === 0 ? `\f${l}` : l)).join('\n'))
    }
    const time = async (rounds: number) => {
      const bytes = build(rounds)
      const t = performance.now()
      const r = await importDocument(bytes, { name: 'stor.txt', fidelityTimeoutMs: 2000 })
      return { ms: performance.now() - t, docs: r.documents.length, pages: new TextDecoder().decode(bytes).split('\f').length }
    }
    await time(0)
    const small = await time(0)
    const big = await time(4)
    expect(big.pages).toBeGreaterThan(200)
    expect(big.docs).toBe(11 + 4 * 9)
    // About five times the text: well under 25 times the time (linear, with room for a busy machine).
    expect(big.ms).toBeLessThan(Math.max(25 * small.ms, 3000))
  }, 120_000)

  it('imports a 220-page PDF within a minute, the running header and page numbers gone', async () => {
    const pages = Array.from({ length: 220 }, (_, p) => [
      { text: 'Vedlegg til samarbeidsavtale - Retningslinje 5', size: 8 },
      ...(p === 0 ? [{ text: 'RETNINGSLINJE nr. 5: Samarbeid om forskning', size: 16 }] : []),
      ...(p % 4 === 0 ? [{ text: `${p / 4 + 1}. Avsnitt ${p / 4 + 1}`, size: 13 }] : []),
      ...Array.from({ length: 30 }, (_, l) => ({ text: `Linje ${l + 1} på side ${p + 1}: partnerne skal samarbeide om forskning, utdanning og praksis i hele` })),
      { text: 'regionen.' },
      { text: `Side ${p + 1} av 220`, size: 8 },
    ])
    const t = performance.now()
    const r = await importDocument(simplePdf(pages), { name: 'lang.pdf', fidelityTimeoutMs: 2000 })
    const ms = performance.now() - t
    expect(ms).toBeLessThan(60_000)
    const md = r.documents[0]!.markdown
    expect(md).not.toMatch(/Side \d+ av 220|Vedlegg til samarbeidsavtale/)
    expect(md).toContain('## 55. Avsnitt 55')
    expect(r.documents[0]!.report.dropped.filter((d) => d.kind === 'sidenummer')).toHaveLength(220)
  }, 120_000)
})
