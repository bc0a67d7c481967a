/** ASCII slugs for ids and folder names, from Norwegian, Sámi and Kven text. */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', œ: 'oe' }

/** "Tromsø" → "tromso", "Gáivuotna - Kåfjord - Kaivuono" → "gaivuotna-kafjord-kaivuono", "Evenášši" → "evenassi". */
export function asciiSlug(text: string, max = 40, fallback = 'kommune'): string {
  return (
    text
      .toLowerCase()
      .replace(/[æøđŋŧßðþłœ]/g, (c) => FOLD[c]!)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || fallback
  )
}
