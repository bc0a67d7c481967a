/**
 * What one line of body text is: a bullet, a lettered item, a numbered line, a document title,
 * a part heading, a høring label, or plain text; and how two wrapped lines join (hyphenation).
 */

export const BULLET = /^([•·▪►■◦\uf0b7\uf0a7o*–-])[ \t]+(\S.*)$/u
/** Sub-bullets: «o», «◦», Symbol's private-use «». */
const SUB_BULLETS = new Set(['o', '◦', '\uf0a7'])
export const LETTERED = /^([a-zæøå])[).][ \t]+(\S.*)$/u
/** «2.1 Generelt», «10 . Varighet», «4. Ansvar»: a number with at least one dot, then text. */
export const NUMBERED = /^(\d{1,3}(?:[ \t]?\.[ \t]?\d{1,3}){0,6})([ \t]?\.)?[ \t]+(\S.*)$/u
/** The first word of a document's title, in capitals: «RETNINGSLINJE nr. 3:», «VEILEDER FOR …». */
export const DOCUMENT_TITLE = /^(RETNINGSLINJE|RETNINGSLINE|DELAVTALE|TJENESTEAVTALE|TENESTEAVTALE|SÆRAVTALE|VEILEDER|RETTLEIAR|SAMARBEIDSAVTALE)(?![\p{L}])/u
export const PART = /^Del[ \t]{1,3}(\d{1,2})[ \t]{0,3}[–—-][ \t]{0,3}(\S.{0,100})$/u
/** «FORSLAG – revidert etter høringsrunde», «UTKAST», «VEDTATT»: where the text states its state. */
export const STATE_LABEL = /^(FORSLAG|UTKAST|HØRINGSUTKAST|HØRINGSFORSLAG|VEDTATT)(?:[ \t]{0,3}[-–—][ \t]{0,3}(.{0,80}))?$/u

export type LineKind = 'bullet' | 'lettered' | 'numbered' | 'title' | 'part' | 'label' | 'text'

export interface Classified {
  kind: LineKind
  /** Bullet level (0 or 1). */
  level?: number
  /** The text after a bullet marker. */
  rest?: string
  /** Numbers of a numbered line: as written, and its parts. */
  numberText?: string
  numbers?: number[]
  title?: string
}

/** «Samarbeidsavtale mellom … og …» at the top of a page, or in a heading face, starts the agreement itself. */
const AGREEMENT_TITLE = /^(?:Overordnet[ \t]|Overordna[ \t])?[Ss]amarbeidsavtale[ \t](?:mellom|for)[ \t]\S/u

export function classify(text: string, pageStart = false): Classified {
  const b = BULLET.exec(text)
  if (b) return { kind: 'bullet', level: SUB_BULLETS.has(b[1]!) ? 1 : 0, rest: b[2]! }
  if (LETTERED.test(text)) return { kind: 'lettered' }
  if (STATE_LABEL.test(text)) return { kind: 'label' }
  if (DOCUMENT_TITLE.test(text) || (pageStart && text.length <= 200 && AGREEMENT_TITLE.test(text))) return { kind: 'title' }
  if (PART.test(text)) return { kind: 'part' }
  const m = NUMBERED.exec(text)
  if (m && (m[1]!.includes('.') || m[2])) {
    return { kind: 'numbered', numberText: (m[1]! + (m[2] ?? '')).trim(), numbers: m[1]!.split('.').map((x) => Number(x.trim())), title: m[3]! }
  }
  return { kind: 'text' }
}

const CONJUNCTIONS = new Set(['og', 'eller', 'til', 'samt', 'som', 'enn', 'og/eller'])

/**
 * Joins a wrapped line to the text before it. A hyphen at the end stays with a space before
 * a conjunction («helse- og»), is dropped when the joined word occurs elsewhere in the text
 * without it (hyphenation undone), and otherwise stays without a space («Nord-Norge»).
 */
export function joinWrapped(before: string, after: string, spaceAfterHyphen: boolean, knownWords: Set<string>): { text: string; dehyphenated: boolean } {
  const m = /(\S*)-$/u.exec(before)
  if (!m || !/\p{L}-$/u.test(before)) return { text: `${before} ${after}`, dehyphenated: false }
  const firstWord = /^[\p{L}\p{N}/]+/u.exec(after)?.[0] ?? ''
  // A URL broken at a hyphen continues without a space.
  if (/:\/\//.test(m[1]!) && firstWord !== '' && !after.includes(' ')) return { text: `${before}${after}`, dehyphenated: false }
  if (CONJUNCTIONS.has(firstWord.toLowerCase()) || spaceAfterHyphen || !/^\p{Ll}/u.test(after)) {
    return spaceAfterHyphen || CONJUNCTIONS.has(firstWord.toLowerCase()) ? { text: `${before} ${after}`, dehyphenated: false } : { text: `${before}${after}`, dehyphenated: false }
  }
  const stem = /[\p{L}]+$/u.exec(m[1]!)?.[0] ?? ''
  if (knownWords.has(`${stem}${firstWord}`.toLowerCase())) return { text: `${before.slice(0, -1)}${after}`, dehyphenated: true }
  return { text: `${before}${after}`, dehyphenated: false }
}

/** Every word of a text, lower-cased: what «occurs elsewhere without the hyphen» looks up. */
export function wordSet(lines: Iterable<string>): Set<string> {
  const set = new Set<string>()
  for (const line of lines) for (const w of line.match(/\p{L}+/gu) ?? []) set.add(w.toLowerCase())
  return set
}
