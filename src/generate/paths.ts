/**
 * Where a kommune's copies go: `5501-tromso/`. Built only from the kommunenummer (four digits,
 * checked by the schema) and an ASCII slug of the name, so no name can lead out of the output
 * folder or produce a name a file system or a mail attachment would mangle.
 */

/** Letters that Unicode decomposition does not reduce to ASCII (Norwegian, Sámi, Kven). */
const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', œ: 'oe' }

/** "Tromsø" → "tromso", "Gáivuotna - Kåfjord - Kaivuono" → "gaivuotna-kafjord-kaivuono", "Evenášši" → "evenassi". */
export function asciiSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[æøđŋŧßðþłœ]/g, (c) => FOLD[c]!)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'kommune'
  )
}

export const FOLDER_PATTERN = /^\d{4}-[a-z0-9-]{1,40}$/

export function kommuneFolder(number: string, name: string): string {
  return `${number}-${asciiSlug(name)}`
}
