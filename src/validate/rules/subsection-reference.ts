/**
 * subsection-reference: «pkt 11, 3. strekpunkt», «punkt 14, andre ledd», «punkt 7, bokstav c»,
 * «punkt 7 f)» — a reference to a section of the set that goes on to a bullet, a paragraph (ledd)
 * or a lettered item: the section must have it. A chained «jf også 4. strekpunkt» counts against
 * the same section. Bullets are the items of the section's own unordered lists; ledd its own
 * paragraphs; letters the «a)», «a.» items of its text (UNN writes them as lines of one paragraph,
 * others as an ordered list). A reference that does not resolve is cross-reference's finding, and
 * is not judged here.
 */
import type { List, RootContent } from 'mdast'
import type { AgreementDocument, CrossReference, Section } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { label, resolveReference, sectionNodes } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

const ORDINALS: Record<string, number> = { første: 1, fyrste: 1, andre: 2, annet: 2, anna: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, åttende: 8 }
const UNIT = String.raw`(strekpunkt|kulepunkt|ledd|avsnitt)`
/** What follows a reference: «, 3. strekpunkt», «, andre ledd», «, bokstav c», « f)»; then «, jf også 4. strekpunkt». */
const FIRST = new RegExp(String.raw`^[ \t]{0,2},?[ \t]{0,2}(?:(\d{1,2})\.[ \t]{0,2}${UNIT}|(første|fyrste|andre|annet|anna|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|siste)[ \t]{1,2}${UNIT}|bokstav[ \t]{1,2}([a-z])(?![\p{L}])|([a-z])\))`, 'iu')
const CHAINED = new RegExp(String.raw`^[ \t]{0,2},?[ \t]{0,2}(?:jf\.?|jfr\.?)[ \t]{1,2}(?:også[ \t]{1,2})?(\d{1,2})\.[ \t]{0,2}${UNIT}`, 'iu')

type Kind = 'strekpunkt' | 'ledd' | 'bokstav'
interface Wanted {
  kind: Kind
  /** 1-based; Infinity for «siste». */
  n: number
  text: string
}

const kindOf = (unit: string): Kind => (/ledd|avsnitt/iu.test(unit) ? 'ledd' : 'strekpunkt')

function wantedAfter(text: string): Wanted[] {
  const out: Wanted[] = []
  const m = FIRST.exec(text)
  if (!m) return out
  if (m[1]) out.push({ kind: kindOf(m[2]!), n: Number(m[1]), text: m[0].trim() })
  else if (m[3]) out.push({ kind: kindOf(m[4]!), n: m[3].toLowerCase() === 'siste' ? Number.POSITIVE_INFINITY : ORDINALS[m[3].toLowerCase()]!, text: m[0].trim() })
  else {
    const letter = (m[5] ?? m[6])!.toLowerCase()
    out.push({ kind: 'bokstav', n: letter.charCodeAt(0) - 96, text: m[0].trim() })
  }
  let rest = text.slice(m[0].length)
  for (let i = 0; i < 5; i++) {
    const c = CHAINED.exec(rest)
    if (!c) break
    out.push({ kind: kindOf(c[2]!), n: Number(c[1]), text: c[0].trim() })
    rest = rest.slice(c[0].length)
  }
  return out
}

/** How many bullets, ledd and letters a section's own text has. */
function countsOf(doc: AgreementDocument, section: Section): Record<Kind, number> {
  const nodes: RootContent[] = sectionNodes(doc, section)
  const bullets = nodes.filter((n): n is List => n.type === 'list' && !n.ordered).reduce((sum, l) => sum + l.children.length, 0)
  const ledd = nodes.filter((n) => n.type === 'paragraph').length
  const letters = new Set([...section.text.matchAll(/(?:^|\n)[ \t]*([a-z])[.)][ \t]/gu)].map((x) => x[1]))
  const ordered = nodes.filter((n): n is List => n.type === 'list' && n.ordered === true).reduce((sum, l) => sum + l.children.length, 0)
  return { strekpunkt: bullets, ledd, bokstav: Math.max(letters.size, ordered) }
}

const NAMES: Record<Kind, [string, string]> = { strekpunkt: ['strekpunkt', 'strekpunkter'], ledd: ['ledd', 'ledd'], bokstav: ['bokstavpunkt', 'bokstavpunkter'] }

export const subsectionReference = defineRule({
  id: 'subsection-reference',
  defaultSeverity: 'error',
  description: 'En henvisning til et strekpunkt, ledd eller bokstavpunkt i et punkt skal peke på noe punktet har',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      const blocks = [
        { text: document.preamble.text, refs: document.preamble.references },
        ...allSections(document.sections).map((s) => ({ text: s.text, refs: s.references })),
      ]
      for (const { text, refs } of blocks) {
        for (const ref of refs) {
          const wanted = wantedAfterReference(text, ref)
          if (wanted.length === 0) continue
          const r = resolveReference(set, ref.target)
          if (r.problem || !r.section || !r.document) continue
          const counts = countsOf(r.document, r.section)
          for (const w of wanted) {
            const has = counts[w.kind]
            if (w.n === Number.POSITIVE_INFINITY ? has > 0 : w.n <= has) continue
            const [one, many] = NAMES[w.kind]
            findings.push({
              document,
              range: ref.range,
              message: `«${ref.text}, ${w.text.replace(/^,\s*/u, '')}»: punkt ${r.section.number} i ${label(r.document)} («${r.section.title}») har ${has === 0 ? `ingen ${many}` : `bare ${has} ${has === 1 ? one : many}`}`,
            })
          }
        }
      }
    }
    return findings
  },
})

/**
 * The sub-references right after a reference, found in the block's plain text by the
 * reference's own words (the block text and the reference's range are the parser's, so the
 * reference's text is looked up from its end).
 */
function wantedAfterReference(text: string, ref: CrossReference): Wanted[] {
  let at = text.indexOf(ref.text)
  while (at >= 0) {
    const wanted = wantedAfter(text.slice(at + ref.text.length, at + ref.text.length + 80))
    if (wanted.length > 0) return wanted
    at = text.indexOf(ref.text, at + 1)
  }
  return []
}
