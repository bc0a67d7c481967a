/**
 * The typed model every verb reads. Plain data: no methods, no classes, so that it can be
 * serialised to JSON, compared in tests and handed to other tools as it is.
 */
import type { Root } from 'mdast'

/** 1-based line and column, as editors and CI annotations count them. */
export interface Point {
  line: number
  column: number
}

export interface Range {
  start: Point
  end: Point
}

/**
 * What kind of document: the agreement itself (also «overordnet/overordna samarbeidsavtale»),
 * the sub-agreements of the 2012 model (tjenesteavtale/tenesteavtale, delavtale, særavtale),
 * retningslinje/retningsline, veileder/rettleiar, vedlegg, prosedyre/rutine. Normalised to
 * bokmål; the word as written is `AgreementDocument.written.type`.
 */
export type DocumentType = 'samarbeidsavtale' | 'tjenesteavtale' | 'delavtale' | 'særavtale' | 'retningslinje' | 'veileder' | 'vedlegg' | 'prosedyre'
/** Normalised to bokmål; the word as written is `AgreementDocument.written.status`. */
export type DocumentStatus = 'utkast' | 'høring' | 'forslag' | 'fremforhandlet' | 'godkjent' | 'vedtatt' | 'signert' | 'gjeldende' | 'opphevet'
export type HearingLabel = 'revidert etter høringsrunde' | 'uendret etter høringsrunde'
export type Language = 'nb' | 'nn'

/** The YAML front matter of an agreement document (schemas/agreement.schema.json). */
export interface FrontMatter {
  id: string
  /** Normalised kind (the front matter may write «tenesteavtale», «overordna samarbeidsavtale» …). */
  type: DocumentType
  /** The document's number in its kind ("tjenesteavtale 2", "retningslinje 3"), when it has one. */
  number?: number
  title: string
  /** Absent when the source gives none (the real texts of other regions often do not). */
  version?: string
  status?: DocumentStatus
  /** ISO date: a day (YYYY-MM-DD), or only a month (YYYY-MM) or a year (YYYY) when that is all the source gives. */
  date?: string
  /** Bokmål or nynorsk; `nb` when not given. */
  language?: Language
  /** The hotjl § 6-2 first-paragraph points the document claims to cover. */
  hotjl?: number[]
  /** Section id in the samarbeidsavtale that anchors this document. */
  anchor?: string
  hearing?: HearingLabel
  /** Old tjenesteavtaler this document replaces, e.g. `tjenesteavtale-8`. */
  replaces?: string[]
  [key: string]: unknown
}

/**
 * A reference to a paragraph of an act ("hotjl § 6-2, pkt. 12", "shtjl § 2-1 e",
 * "6-2, 1. ledd, nr. 4"). `act` is the key in the acts table, or null when the text names no
 * act the table knows.
 */
export interface LawCitation {
  act: string | null
  /** The words that named the act, as written ("Hotjl.", "helse- og omsorgstjenestelovens"). */
  actText: string | null
  /**
   * Chapter-style paragraph number, e.g. "6-2", "2-1 e"; "" when the text names the act with its
   * date but no paragraph ("Lov om kommunale helse- og omsorgstjenester m.m. av 24. juni 2011 nr. 30").
   */
  paragraph: string
  /** The paragraph number exactly as written ("7.1", "3-3- a", "2-1e"), when there is one. */
  paragraphText?: string
  /** The points as written after the paragraph (", pkt. 12", ".13"), when there are any. */
  pointsText?: string
  /** The act's number as written after its date ("nr. 30" → 30). */
  actNumber?: number
  /** A Lovdata id written after the act's name ("2011-06-24-30"). */
  actIdText?: string
  /** Ledd (paragraph of the section), 1-based, when the text gives one. */
  ledd: number | null
  /** Numbered points ("nr.", "pkt.", "punkt", "punktene") in the order written. */
  points: number[]
  /** The ledd as written ("første ledd", "siste ledd", "(1)"), when the text gives one. */
  leddText?: string
  /** The act's date as the text gives it ("14. juni 2011", "14.06.11"), ISO, when written next to the name. */
  actDate: string | null
  /** That date exactly as written. */
  actDateText?: string
  text: string
  range: Range
}

/** A citation of hotjl § 6-2: the points it names, or the second paragraph. */
export interface Hotjl62Citation {
  /** Points of the first paragraph; empty when the text cites § 6-2 as a whole. */
  points: number[]
  /** True when the citation names the second paragraph (andre ledd). */
  secondParagraph: boolean
  /**
   * Set for an indirect citation: the 2012-model anchoring «inngått i henhold til overordnet
   * samarbeidsavtale pkt. 4, første avsnitt nr. 2», which names the point through the list in
   * the parent agreement's section (whose items follow the law's numbering).
   */
  via?: { document: string; section: string; ledd?: number }
  text: string
  range: Range
}

/** Where a cross-reference points. Any field may be absent: "se retningslinje 3" has no section. */
export interface ReferenceTarget {
  /**
   * Document id, e.g. `samarbeidsavtale`, `retningslinje-3`, `tjenesteavtale-2`, `delavtale-11`,
   * `overordnet-samarbeidsavtale`, `rammeavtale`, `særavtale`; or the referring document's own id.
   * Resolved against the set by kind and number (src/validate/locate.ts), not only by id.
   */
  document: string
  /** The kind of document named, normalised ("tenesteavtale 1" → tjenesteavtale). */
  kind?: DocumentType
  /** Its number, when named by number ("delavtale 11"). */
  number?: number
  /** A særavtale's subject as written ("særavtale om legevakt" → "legevakt"). */
  subject?: string
  /** Part of the samarbeidsavtale (Del 1 / Del 2), when named. */
  part?: number
  /** Section number, e.g. "2.2", "8". */
  section?: string
}

export interface CrossReference {
  target: ReferenceTarget
  /** A title quoted next to the reference («…» or in parentheses), to compare with the target's. */
  quotedTitle?: string
  /** What the text says the reader will find there ("for mer informasjon om barnekoordinator"). */
  topic?: string
  text: string
  range: Range
}

/** `{{kommune.navn}}`, `{{avtale.dato | lang}}`; `block` when it stands alone in a paragraph. */
export interface TemplateVariable {
  name: string
  format: string | null
  block: boolean
  text: string
  range: Range
}

export type SectionKind = 'part' | 'numbered' | 'unnumbered'

/**
 * How a numbered heading writes its number: "1."/"1.1" (decimal), "1.0" (decimal-zero, number
 * "1"), "§ 1" (paragraph), "Punkt 1" (punkt), "Artikkel 1", roman "IV." (number "4"), "a)"/"a."
 * (letter, number "a").
 */
export type NumberStyle = 'decimal' | 'decimal-zero' | 'paragraph' | 'punkt' | 'artikkel' | 'roman' | 'letter'

export interface Section {
  /** Stable id: explicit `{#id}` or derived from document id, part and number. */
  id: string
  kind: SectionKind
  /** Normalised number ("2.1", "10"); for a part its number ("1" for Del 1); null if none. */
  number: string | null
  /** The number exactly as written in the heading ("10 .", "§ 3", "IV."), for the numbering rule. */
  numberText: string | null
  /** The style of a numbered heading's number; absent for parts and unnumbered headings. */
  numberStyle?: NumberStyle
  title: string
  /** The heading text as written, minus an explicit id. */
  heading: string
  /** Markdown heading depth (2–6). */
  depth: number
  /** The part (Del) of the samarbeidsavtale this section lies in, if any. */
  part: number | null
  /** From the heading to the end of the section's last block, children included. */
  range: Range
  headingRange: Range
  /** Plain text of the section's own blocks (children excluded), blocks joined by "\n\n". */
  text: string
  /** Each own block as plain text, in order: the unit of paragraph-level diffs. */
  blocks: string[]
  citations: Hotjl62Citation[]
  lawCitations: LawCitation[]
  references: CrossReference[]
  variables: TemplateVariable[]
  children: Section[]
}

export interface AgreementDocument {
  /** Path as given by the caller (relative paths stay relative: diagnostics print them). */
  path: string
  frontMatter: FrontMatter
  /** Line of each front matter key, for diagnostics at the offending key. */
  frontMatterLines: Record<string, number>
  /** The front matter's words as written, before normalisation ("tenesteavtale", "vedteke"). */
  written: { type: string; status?: string }
  /** `frontMatter.language`, or nynorsk when the kind's word is nynorsk, else bokmål. */
  language: Language
  /** The `#` title heading text. */
  title: string
  titleRange: Range | null
  /** Text before the first `##` section (preamble paragraphs). */
  preamble: { text: string; blocks: string[]; citations: Hotjl62Citation[]; lawCitations: LawCitation[]; references: CrossReference[]; variables: TemplateVariable[] }
  sections: Section[]
  tree: Root
  source: string
}

export interface AgreementSet {
  /** Directory the set was loaded from, or '' when assembled in memory. */
  root: string
  documents: AgreementDocument[]
}

/**
 * A document file of the set that failed to load (its load error says why), with what its front
 * matter says of it, read leniently: a reference to it is not a reference to a document outside
 * the set.
 */
export interface UnloadedDocument {
  file: string
  id?: string
  /** Normalised to bokmål, as in FrontMatter. */
  type?: DocumentType
  number?: number
  title?: string
}
