/**
 * Bytes without Node's Buffer: UTF-8 length, base64 and SHA-256 through what every host has
 * (TextEncoder, btoa, Web Crypto's `crypto.subtle`, global in Node ≥ 20 and in browsers).
 */

const encoder = new TextEncoder()

export const utf8 = (text: string): Uint8Array => encoder.encode(text)

/** The number of bytes `text` takes in UTF-8 (a lone surrogate counts as U+FFFD's three). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

export function base64(data: Uint8Array): string {
  // String.fromCharCode takes arguments: a chunk at a time stays under the engine's argument limit.
  let binary = ''
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000) as unknown as number[])
  return btoa(binary)
}

/** Lower-case hex SHA-256 of the bytes, or of a string's UTF-8. */
export async function sha256(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}
