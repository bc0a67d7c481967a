/**
 * One skeleton: which of the standard sections each retningslinje (tjenesteavtale, delavtale)
 * has, and what each holds — its own text, or only a pointer to the samarbeidsavtale, with or
 * without the point it means. The table `avtaleverk coverage --skeleton` prints, and what the
 * delegation rule reads.
 */
import type { AgreementDocument, AgreementSet, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import type { Nodes } from 'mdast'
import { positionedText } from '../parse/text.js'
import { documentById, isMainAgreement, label, samarbeidsavtale, sectionNodes } from './locate.js'

/** A standard section and the title words (bokmål and nynorsk) that name it. */
export interface StandardSection {
  name: string
  titleWords: string[]
}

/** The sections a retningslinje of any region usually has, in their usual order. */
export const STANDARD_SECTIONS: readonly StandardSection[] = [
  { name: 'forankring', titleWords: ['forankring'] },
  { name: 'formål', titleWords: ['formål', 'føremål', 'hensikt'] },
  { name: 'lovgrunnlag', titleWords: ['lovgrunnlag', 'regelverk', 'hjemmel', 'heimel'] },
  { name: 'ansvar og oppgaver', titleWords: ['ansvar', 'oppgåver', 'oppgaver'] },
  { name: 'brukermedvirkning', titleWords: ['brukermedvirkning', 'brukarmedverknad'] },
  { name: 'avvik', titleWords: ['avvik'] },
  { name: 'uenighet', titleWords: ['uenighet', 'usemje', 'ueinigheit', 'tvist'] },
  { name: 'varighet', titleWords: ['varighet', 'varigheit', 'oppsigelse', 'oppseiing', 'revisjon'] },
]

/**
 * What a section holds: «egen tekst»; «henvisning med punkt» (only a pointer to the
 * samarbeidsavtale, naming its point); «henvisning uten punkt» (only «Se samarbeidsavtalen»,
 * no point); «tom».
 */
export type SectionContent = 'egen tekst' | 'henvisning med punkt' | 'henvisning uten punkt' | 'tom'

export interface SkeletonCell {
  /** The section's number as written, or its title when it has none. */
  number: string | null
  title: string
  line: number
  content: SectionContent
}

export interface SkeletonRow {
  id: string
  title: string
  path: string
  /** cells[standard name]: the section, or null when the document has none. */
  cells: Record<string, SkeletonCell | null>
}

export interface SkeletonTable {
  standard: string[]
  documents: SkeletonRow[]
}

const KINDS = new Set(['retningslinje', 'tjenesteavtale', 'delavtale', 'særavtale'])
/** Words that make a short text a pointer: «Se …», «Det vises til …», «etter bestemmelsene i …». */
const POINTER = /^(?:se|sjå)\b|vises til|viser til|visast til|vert vist til|etter (?:bestemmelsene|føresegnene|reglene) i|følger av|følgjer av/iu
const NAMES_AGREEMENT = /samarbeidsavtal/iu
/** Longest text (in words) that is still only a pointer. */
const POINTER_WORDS = 25

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** The text of a section with its subsections, without footnote definitions (a Markdown file puts them at its end). */
function fullText(doc: AgreementDocument, section: Section): string {
  return allSections([section])
    .flatMap((s) => sectionNodes(doc, s))
    .filter((n) => n.type !== 'footnoteDefinition' && n.type !== 'definition')
    .map((n) => positionedText(n as Nodes).text)
    .join('\n\n')
    .trim()
}

/** What a section holds (see SectionContent). */
export function sectionContent(set: AgreementSet, doc: AgreementDocument, section: Section): SectionContent {
  // Cheap first: a section whose text never names the samarbeidsavtale holds its own text (or none).
  if (!allSections([section]).some((s) => NAMES_AGREEMENT.test(s.text))) return allSections([section]).every((s) => s.text.trim() === '') ? 'tom' : 'egen tekst'
  const text = fullText(doc, section)
  if (text === '') return 'tom'
  if (words(text) > POINTER_WORDS || !POINTER.test(text) || !NAMES_AGREEMENT.test(text)) return 'egen tekst'
  const main = samarbeidsavtale(set)
  const placed = allSections([section])
    .flatMap((s) => s.references)
    .some((r) => r.target.section !== undefined && (r.target.kind === 'samarbeidsavtale' || (main !== undefined && documentById(set, r.target.document) === main)))
  return placed ? 'henvisning med punkt' : 'henvisning uten punkt'
}

/** The document's first top-level section titled by one of the words («Kommunens ansvar» deep in a section is not the standard one). */
export function standardSection(doc: AgreementDocument, standard: StandardSection): Section | undefined {
  return doc.sections.find((s) => standard.titleWords.some((w) => s.title.toLocaleLowerCase('nb').includes(w)))
}

/** The documents the skeleton is about: retningslinjer and the sub-agreements of the 2012 model. */
export function skeletonDocuments(set: AgreementSet): AgreementDocument[] {
  return set.documents.filter((d) => !isMainAgreement(d) && KINDS.has(String(d.frontMatter.type)))
}

/**
 * The skeleton table of a set.
 *
 * @example
 * ```ts
 * const table = skeletonTable(await loadAgreementSet('agreements'))
 * table.documents[0].cells['brukermedvirkning'] // { number: '5', content: 'henvisning uten punkt', … }
 * ```
 */
export function skeletonTable(set: AgreementSet): SkeletonTable {
  return {
    standard: STANDARD_SECTIONS.map((s) => s.name),
    documents: skeletonDocuments(set).map((doc) => ({
      id: doc.frontMatter.id,
      title: label(doc),
      path: doc.path,
      cells: Object.fromEntries(
        STANDARD_SECTIONS.map((standard) => {
          const s = standardSection(doc, standard)
          return [standard.name, s ? { number: s.number ?? null, title: s.title, line: s.headingRange.start.line, content: sectionContent(set, doc, s) } : null]
        }),
      ),
    })),
  }
}

/**
 * Where the samarbeidsavtale deals with a standard section's subject: its section titled so, else
 * the first whose text names it (Del 1 § 10 «Involvering av …» for brukermedvirkning).
 */
export function mainAgreementSection(set: AgreementSet, standard: StandardSection): Section | undefined {
  const main = samarbeidsavtale(set)
  if (!main) return undefined
  const numbered = allSections(main.sections).filter((s) => s.kind === 'numbered')
  const has = (text: string) => standard.titleWords.some((w) => text.toLocaleLowerCase('nb').includes(w))
  return numbered.find((s) => has(s.title)) ?? numbered.find((s) => has(s.text))
}
