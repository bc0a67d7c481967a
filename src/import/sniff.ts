/**
 * What a file is, from its bytes (not its name): a Word document (a zip with word/document.xml),
 * a PDF, or text. Encrypted Office files (an OLE container, not a zip), other binaries and
 * non-UTF-8 text are refused with a Norwegian message.
 */
import { AvtaleverkError } from '../errors.js'

export type SourceFormat = 'docx' | 'pdf' | 'text'

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

export function sniff(bytes: Uint8Array, name: string): SourceFormat {
  if (bytes.length === 0) throw new AvtaleverkError('tom-fil', 'Filen er tom', { file: name })
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new AvtaleverkError(
      'importfeil',
      /\.docx$/i.test(name)
        ? 'Word-filen er kryptert (passordbeskyttet) og kan ikke leses; lagre den uten passord og prøv igjen'
        : 'Filen er et eldre Office-format (.doc) eller kryptert; lagre den som .docx uten passord og prøv igjen',
      { file: name },
    )
  }
  if (/\.(docx|pdf)$/i.test(name)) {
    throw new AvtaleverkError('importfeil', `Filen heter ${name.slice(name.lastIndexOf('.'))}, men innholdet er ikke en ${/\.pdf$/i.test(name) ? 'PDF' : 'Word-fil'} (ødelagt eller feil filtype)`, { file: name })
  }
  return 'text'
}

/** Bytes → text, refusing binary content and non-UTF-8 bytes. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AvtaleverkError('importfeil', 'Teksten er ikke UTF-8; lagre den som UTF-8 og prøv igjen', { file: name })
  }
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new AvtaleverkError('binærfil', 'Filen ser ut til å være binær, ikke tekst', { file: name, line: text.slice(0, nul).split('\n').length })
  if (text.trim() === '') throw new AvtaleverkError('tom-fil', 'Filen er tom', { file: name, line: 1 })
  return text.replace(/^\uFEFF/, '')
}
