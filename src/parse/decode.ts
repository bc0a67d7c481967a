/**
 * Bytes of a text file → a string, strictly: UTF-8 (a BOM is allowed and dropped), never a
 * silent U+FFFD. A file in another encoding is refused with a guess at what it is and the line
 * of the first byte that is not UTF-8, so a user knows to save it again as UTF-8. Also the
 * checks every text gets, however it arrived (file, git, library call): lone CR line endings
 * become LF, and characters XML 1.0 forbids are refused at their line, since any of them would
 * make a generated .docx unreadable.
 */
import { AvtaleverkError } from '../errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    // Length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf]
      : b === 0xf4 ? [4, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0]
    if (length === 0) return i
    const second = bytes[i + 1]
    if (second === undefined || second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < 0x80 || c > 0xbf) return i
    }
    i += length
  }
  return -1
}

/** Line (1-based) of byte `offset`, counting LF, CRLF and lone CR as line ends. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++
  }
  return line
}

/** UTF-16 by its BOM, or by NUL bytes in every other position of ASCII-heavy text. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return false
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  return Math.max(evenNul, oddNul) > n / 4 && Math.min(evenNul, oddNul) === 0
}

/** Windows-1252 uses 0x80–0x9F for printable characters (€, “ ”, –); Latin-1 leaves them unused. */
function eightBitGuess(bytes: Uint8Array): string {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return 'Windows-1252'
  return 'Latin-1 (ISO-8859-1) eller Windows-1252'
}

/**
 * Decodes a text file's bytes. Throws binærfil for NUL bytes (Word, PDF, images) and
 * tegnkoding for UTF-16 or any byte sequence that is not UTF-8.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (looksLikeUtf16(bytes)) {
    throw new AvtaleverkError('tegnkoding', 'Filen er lagret som UTF-16, ikke UTF-8; lagre den på nytt som UTF-8', { file, line: 1 })
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    throw new AvtaleverkError('binærfil', 'Filen ser ut til å være binær, ikke Markdown-tekst (er det en Word- eller PDF-fil?)', { file, line: lineOfByte(bytes, nul) })
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const line = lineOfByte(bytes, Math.max(bad, 0))
    throw new AvtaleverkError(
      'tegnkoding',
      `Filen er ikke UTF-8 (ser ut som ${eightBitGuess(bytes)}); første tegn som ikke er UTF-8 står på linje ${line}. Lagre filen på nytt som UTF-8`,
      { file, line },
    )
  }
  return text
}

/** Lone CR (old Mac line ends) as LF, so that every step counts lines the same way. */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

/** C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; surrogates without their pair. */
const NOT_XML = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Throws tegnkoding at the line of the first character XML 1.0 forbids (NUL is left to the
 * binary check). `firstLine` is the file line `text` starts at.
 */
export function checkXmlCharacters(text: string, file: string, firstLine = 1): void {
  const m = NOT_XML.exec(text)
  if (!m) return
  let line = firstLine
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
  const what = m[0] >= '\ud800' && m[0] <= '\udfff' ? `et ufullstendig tegn (U+${code})` : `kontrolltegnet U+${code}`
  throw new AvtaleverkError('tegnkoding', `Teksten inneholder ${what}, som ikke er tillatt i tekst (og ville gjort en Word-fil ugyldig); fjern det`, {
    file,
    line,
  })
}
