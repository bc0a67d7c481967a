/**
 * Who covers which point of hotjl § 6-2: per point and document, whether the document claims
 * it (front matter `hotjl`) and where its text cites it. The second paragraph (samarbeidstiltak:
 * ansvar, arbeidsgiveransvar, organisering, finansiering) is covered by a citation of "andre
 * ledd" or by a section that deals with all of it in substance, as Del 1 § 9 of the 2023
 * agreement does without citing it.
 */
import type { AgreementDocument, AgreementSet, Section } from '../model.js'
import { HOTJL_6_2_POINTS } from '../law/hotjl-6-2.js'
import { allSections } from '../parse/document.js'

export const SECOND_PARAGRAPH = 'andre-ledd'
export type PointKey = number | typeof SECOND_PARAGRAPH

export interface CoverageCell {
  claimed: boolean
  /** Ids of sections (or 'preamble') whose text cites the point. */
  citedIn: string[]
  /** Ids of sections that deal with the second paragraph in substance. */
  addressedIn: string[]
}

export interface CoverageMatrix {
  documents: Array<{ id: string; title: string; path: string }>
  points: PointKey[]
  /** cells[point][documentId] */
  cells: Record<string, Record<string, CoverageCell>>
}

/** The elements of § 6-2 second paragraph, each as words a section must contain. */
const SECOND_PARAGRAPH_ELEMENTS: RegExp[] = [/arbeidsgiveransvar/iu, /organiser/iu, /finansier/iu]

export function addressesSecondParagraph(section: Section): boolean {
  return SECOND_PARAGRAPH_ELEMENTS.every((re) => re.test(section.text))
}

function cellFor(doc: AgreementDocument, point: PointKey): CoverageCell {
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
  return { claimed, citedIn, addressedIn }
}

export function coverageMatrix(set: AgreementSet): CoverageMatrix {
  const points: PointKey[] = [...HOTJL_6_2_POINTS.map((p) => p.number), SECOND_PARAGRAPH]
  const cells: CoverageMatrix['cells'] = {}
  for (const point of points) {
    cells[String(point)] = {}
    for (const doc of set.documents) cells[String(point)]![doc.frontMatter.id] = cellFor(doc, point)
  }
  return {
    documents: set.documents.map((d) => ({ id: d.frontMatter.id, title: d.frontMatter.title, path: d.path })),
    points,
    cells,
  }
}

export function isCovered(matrix: CoverageMatrix, point: PointKey): boolean {
  return Object.values(matrix.cells[String(point)] ?? {}).some((c) => c.claimed || c.citedIn.length > 0 || c.addressedIn.length > 0)
}
