/**
 * Who covers which point of hotjl § 6-2: per point and document, whether the document claims
 * it (front matter `hotjl`) and where its text cites it. The second paragraph (samarbeidstiltak:
 * ansvar, arbeidsgiveransvar, organisering, finansiering) is covered by a citation of "andre
 * ledd" or by a section that deals with all of it in substance, as Del 1 § 9 of the 2023
 * agreement does without citing it.
 *
 * The set is judged by § 6-2 as in force on its date (its samarbeidsavtale's `date`, which may be
 * a year or a year-month): a 2016 set by the 11 points of 2012, with the points added since
 * (12 and 13) listed apart as what it must now add. In the 2012 model a tjenesteavtale nr. N
 * covers point N; when the profile says so (`law.numberCoversPoint`), a document of such a type
 * that neither claims nor cites a point covers the point of its number.
 */
import type { AgreementDocument, AgreementSet, Section } from '../model.js'
import { HOTJL_6_2_CURRENT, hotjl62VersionOn, pointsAddedSince, type Hotjl62Version } from '../law/hotjl-6-2.js'
import { allSections } from '../parse/document.js'
import { setCompleteness } from './completeness.js'
import { isMainAgreement } from './locate.js'
import type { ResolvedProfile } from './profile.js'

export const SECOND_PARAGRAPH = 'andre-ledd'
export type PointKey = number | typeof SECOND_PARAGRAPH

export interface CoverageCell {
  claimed: boolean
  /** Ids of sections (or 'preamble') whose text cites the point. */
  citedIn: string[]
  /** Ids of sections that deal with the second paragraph in substance. */
  addressedIn: string[]
  /** Covered by the document's number (tjenesteavtale nr. N → point N), as the profile allows. */
  byNumber?: boolean
}

export interface CoverageMatrix {
  documents: Array<{ id: string; title: string; path: string }>
  /** The version of § 6-2 the set is judged by, and the date that chose it. */
  law: { id: string; from: string; to: string | null; source: string; date: string | null }
  /** The points of that version, and the second paragraph. */
  points: PointKey[]
  /** Points the law requires now that the set's version did not (12 and 13 for a 2016 set). */
  addedSince: number[]
  /** Why the set is not whole (completeness.ts), when it is not: its coverage is only of what it holds. */
  partial?: string[]
  /** cells[point][documentId] */
  cells: Record<string, Record<string, CoverageCell>>
}

/** The elements of § 6-2 second paragraph, each as words a section must contain. */
const SECOND_PARAGRAPH_ELEMENTS: RegExp[] = [/arbeidsgiveransvar/iu, /organiser/iu, /finansier/iu]

export function addressesSecondParagraph(section: Section): boolean {
  return SECOND_PARAGRAPH_ELEMENTS.every((re) => re.test(section.text))
}

/** Whether a document's number stands for the § 6-2 point it covers. */
function coversByNumber(doc: AgreementDocument, numberTypes: string[]): boolean {
  if (!numberTypes.includes(String(doc.frontMatter.type)) || typeof doc.frontMatter.number !== 'number') return false
  if ((doc.frontMatter.hotjl ?? []).length > 0) return false
  return ![doc.preamble, ...allSections(doc.sections)].some((s) => s.citations.some((c) => c.points.length > 0))
}

function cellFor(doc: AgreementDocument, point: PointKey, numberTypes: string[]): CoverageCell {
  const claimed = point === SECOND_PARAGRAPH ? false : (doc.frontMatter.hotjl ?? []).includes(point)
  const citedIn: string[] = []
  const addressedIn: string[] = []
  const cites = (citations: Section['citations']) =>
    citations.some((c) => (point === SECOND_PARAGRAPH ? c.secondParagraph : c.points.includes(point)))
  if (cites(doc.preamble.citations)) citedIn.push('preamble')
  for (const s of allSections(doc.sections)) {
    if (cites(s.citations)) citedIn.push(s.id)
    if (point === SECOND_PARAGRAPH && addressesSecondParagraph(s)) addressedIn.push(s.id)
  }
  const cell: CoverageCell = { claimed, citedIn, addressedIn }
  if (point !== SECOND_PARAGRAPH && doc.frontMatter.number === point && coversByNumber(doc, numberTypes)) cell.byNumber = true
  return cell
}

/** The date a set is judged by: its samarbeidsavtale's, else the latest of its documents'. */
export function setDate(set: AgreementSet): string | null {
  const main = set.documents.find(isMainAgreement)
  const date = (d: AgreementDocument) => (d.frontMatter.date === undefined || d.frontMatter.date === null ? null : String(d.frontMatter.date))
  if (main) return date(main)
  const dates = set.documents.map(date).filter((d): d is string => d !== null).sort()
  return dates.at(-1) ?? null
}

export interface CoverageOptions {
  /** The profile: `law.numberCoversPoint`. */
  profile?: Pick<ResolvedProfile, 'law'>
  /** Judge by this version of § 6-2 instead of the one in force on the set's date. */
  version?: Hotjl62Version
}

/**
 * The § 6-2 matrix: each point of the law in force on the set's date (and the second paragraph)
 * against each document — claimed in front matter, cited in the text, dealt with in substance.
 *
 * @example
 * ```ts
 * const matrix = coverageMatrix(set)
 * console.log(matrix.points.filter((p) => !isCovered(matrix, p)), formatCoverage(matrix, 'text'))
 * ```
 * @throws never for a set.
 */
export function coverageMatrix(set: AgreementSet, options: CoverageOptions = {}): CoverageMatrix {
  const date = setDate(set)
  const version = options.version ?? (date ? hotjl62VersionOn(date) : HOTJL_6_2_CURRENT)
  const addedSince = pointsAddedSince(version).map((p) => p.number)
  const numberTypes = options.profile?.law?.numberCoversPoint ?? []
  const points: PointKey[] = [...version.points, SECOND_PARAGRAPH]
  const cells: CoverageMatrix['cells'] = {}
  for (const point of [...points, ...addedSince]) {
    cells[String(point)] = {}
    for (const doc of set.documents) cells[String(point)]![doc.frontMatter.id] = cellFor(doc, point, numberTypes)
  }
  const { partial, reasons } = setCompleteness(set)
  return {
    documents: set.documents.map((d) => ({ id: d.frontMatter.id, title: d.frontMatter.title, path: d.path })),
    law: { id: version.id, from: version.from, to: version.to, source: version.source, date },
    points,
    addedSince,
    ...(partial ? { partial: reasons } : {}),
    cells,
  }
}

export function isCovered(matrix: CoverageMatrix, point: PointKey): boolean {
  return Object.values(matrix.cells[String(point)] ?? {}).some((c) => c.claimed || c.byNumber === true || c.citedIn.length > 0 || c.addressedIn.length > 0)
}
