/**
 * Lookups every rule needs: sections by number, the mdast nodes of a section, the document a
 * reference names.
 */
import type { RootContent } from 'mdast'
import type { AgreementDocument, AgreementSet, DocumentType, ReferenceTarget, Section, UnloadedDocument } from '../model.js'
import { maxOf } from '../arrays.js'
import { allSections } from '../parse/document.js'
import { OLD_AGREEMENT_ID, RAMMEAVTALE_ID, SAMARBEIDSAVTALE_ID } from '../parse/references.js'
import { normaliseTitle } from './normalize.js'
import type { SupersededDocument } from './profile.js'

/**
 * What validate knows about the set while its rules run: the documents the profile says the set
 * replaced, whether the set is partial (completeness.ts), and the documents of the set that
 * failed to load (their load errors are reported; they are not outside the set).
 */
export interface SetContext {
  superseded: SupersededDocument[]
  partial?: boolean
  unloaded?: UnloadedDocument[]
}

// Keyed by the set being validated, for the span of one validate() call, so that every rule that
// resolves references reads the same profile facts without each threading them through.
const contexts = new WeakMap<AgreementSet, SetContext>()

export function withSetContext<T>(set: AgreementSet, context: SetContext, run: () => T): T {
  const before = contexts.get(set)
  contexts.set(set, context)
  try {
    return run()
  } finally {
    if (before) contexts.set(set, before)
    else contexts.delete(set)
  }
}

/** The set's main agreement: its samarbeidsavtale (overordnet/overordna samarbeidsavtale in the 2012 model). */
export function isMainAgreement(doc: AgreementDocument): boolean {
  return /samarbeidsavtale$/u.test(String(doc.frontMatter.type))
}

/**
 * A partial set — one tjenesteavtale, a folder of delavtaler, a samarbeidsavtale without the
 * documents it names — can be judged document by document, but not as a whole, and a reference
 * to a document it does not hold may well resolve in the whole set. While validate runs, as
 * completeness.ts found; otherwise: the set has no samarbeidsavtale.
 */
export function isPartialSet(set: AgreementSet): boolean {
  return contexts.get(set)?.partial ?? (set.documents.length > 0 && !set.documents.some(isMainAgreement))
}

/** The highest top-level number among a document's numbered sections, parts included, or 0. */
function lastNumber(doc: AgreementDocument): number {
  const tops = allSections(doc.sections).filter((s) => s.kind === 'numbered' && s.number).map((s) => Number(s.number!.split('.')[0]))
  return maxOf(tops.filter((n) => Number.isFinite(n)), 0)
}

/** Numbers a document carries: its front matter's, else those its title gives ("Tenesteavtale 11 og 12"). */
export function documentNumbers(doc: AgreementDocument): number[] {
  if (doc.frontMatter.number !== undefined) return [doc.frontMatter.number]
  const m = /^[\p{L}]+[ \t]{1,3}(?:nr\.?[ \t]{0,3})?(\d{1,2}(?:[ \t]{0,3}(?:,|og)[ \t]{0,3}\d{1,2}){0,10})(?!\d|\.\d)/u.exec(doc.title)
  return m ? [...m[1]!.matchAll(/\d{1,2}/g)].map((n) => Number(n[0])) : []
}

/** Kinds a text may call by each other's name: Ahus's texts call one document both delavtale and tjenesteavtale. */
const SAME_KIND: Partial<Record<DocumentType, DocumentType[]>> = { tjenesteavtale: ['delavtale'], delavtale: ['tjenesteavtale'] }

/**
 * The document an id names. The parser names the agreement "samarbeidsavtale" and numbered
 * documents "<kind>-N" (retningslinje-3, tjenesteavtale-2) whatever ids the files give them, so
 * those also match by kind and number.
 */
export function documentById(set: AgreementSet, id: string): AgreementDocument | undefined {
  const exact = set.documents.find((d) => d.frontMatter.id === id)
  if (exact) return exact
  if (id === SAMARBEIDSAVTALE_ID) return samarbeidsavtale(set)
  const m = /^([\p{L}]+)-(\d+)$/u.exec(id)
  if (!m) return undefined
  const kind = m[1] as DocumentType
  const n = Number(m[2])
  const of = (k: DocumentType) => set.documents.find((d) => d.frontMatter.type === k && documentNumbers(d).includes(n))
  return of(kind) ?? (SAME_KIND[kind] ?? []).map(of).find(Boolean)
}

/** The documents of the set that failed to load, while validate runs (none otherwise). */
export function unloadedDocuments(set: AgreementSet): UnloadedDocument[] {
  return contexts.get(set)?.unloaded ?? []
}

/**
 * The document that failed to load which an id names: by its own id, by kind and number as
 * documentById matches, or as the samarbeidsavtale.
 */
export function unloadedById(set: AgreementSet, id: string, unloaded = unloadedDocuments(set)): UnloadedDocument | undefined {
  const exact = unloaded.find((u) => u.id === id)
  if (exact) return exact
  if (id === SAMARBEIDSAVTALE_ID) return unloaded.find((u) => u.type !== undefined && /samarbeidsavtale$/u.test(u.type))
  const m = /^([\p{L}]+)-(\d+)$/u.exec(id)
  if (!m) return undefined
  const kind = m[1] as DocumentType
  const n = Number(m[2])
  return unloaded.find((u) => u.number === n && u.type !== undefined && [kind, ...(SAME_KIND[kind] ?? [])].includes(u.type))
}

/** Whether a reference names a document of the set that failed to load (a særavtale by the subject in its title). */
function isUnloadedTarget(set: AgreementSet, target: ReferenceTarget): boolean {
  if (target.subject === undefined) return unloadedById(set, target.document) !== undefined
  const subject = normaliseTitle(target.subject)
  return unloadedDocuments(set).some((u) => u.type === 'særavtale' && u.title !== undefined && normaliseTitle(u.title).includes(subject))
}

/** The document that replaces `id` (its front matter lists it under `replaces`), if any. */
export function replacedBy(set: AgreementSet, id: string): AgreementDocument | undefined {
  return set.documents.find((d) => (d.frontMatter.replaces ?? []).includes(id))
}

/** The særavtale of the set whose title names the subject ("særavtale om legevakt"). */
function saeravtaleAbout(set: AgreementSet, subject: string): AgreementDocument | undefined {
  const s = normaliseTitle(subject)
  return set.documents.find((d) => {
    if (d.frontMatter.type !== 'særavtale') return false
    const t = normaliseTitle(d.frontMatter.title)
    return t.includes(s) || s.includes(t)
  })
}

export function samarbeidsavtale(set: AgreementSet): AgreementDocument | undefined {
  return set.documents.find((d) => d.frontMatter.type === 'samarbeidsavtale') ?? set.documents.find(isMainAgreement)
}

export function retningslinjer(set: AgreementSet): AgreementDocument[] {
  return set.documents.filter((d) => d.frontMatter.type === 'retningslinje')
}

export function partSection(doc: AgreementDocument, part: number): Section | undefined {
  return doc.sections.find((s) => s.kind === 'part' && s.number === String(part))
}

/** Sections with the given number, inside a part when one is named. */
export function sectionsByNumber(doc: AgreementDocument, number: string, part?: number): Section[] {
  const scope = part === undefined ? allSections(doc.sections) : allSections(partSection(doc, part)?.children ?? [])
  return scope.filter((s) => s.kind === 'numbered' && s.number === number)
}

export interface Resolution {
  document?: AgreementDocument
  section?: Section
  /** Why it did not resolve, in Norwegian, or null when it did. */
  problem: string | null
  /**
   * Not a broken reference, but worth knowing: the target is a document not in the set («utenfor
   * settet»), or a section of a document that has no numbered sections to look it up in.
   */
  outside?: boolean
}

/** How a reference names its target document, in Norwegian ("tjenesteavtale 2", "særavtale om legevakt"). */
export function targetName(target: ReferenceTarget): string {
  if (target.document === OLD_AGREEMENT_ID) return 'den overordnede samarbeidsavtalen'
  if (target.document === RAMMEAVTALE_ID) return 'rammeavtalen'
  if (target.subject !== undefined) return `særavtale om ${target.subject}`
  if (target.kind && target.number !== undefined) return `${target.kind} ${target.number}`
  return target.document
}

/** The main agreement when the set's own calls itself so: «overordnet/overordna samarbeidsavtale», «rammeavtale». */
function mainAgreementNamed(set: AgreementSet, name: RegExp): AgreementDocument | undefined {
  return set.documents.find((d) => isMainAgreement(d) && name.test(`${d.written?.type ?? ''} ${d.frontMatter.type} ${d.frontMatter.title}`))
}

export function resolveReference(set: AgreementSet, target: ReferenceTarget): Resolution {
  const superseded = contexts.get(set)?.superseded.find((d) => d.id === target.document)
  if (superseded) {
    return { problem: `viser til ${superseded.name}, som ${superseded.replacedBy} erstatter; ${superseded.advice ?? 'vis til punktet i dagens samarbeidsavtale'}` }
  }
  // A document of the set lists the target under `replaces` (front matter).
  const replacer = replacedBy(set, target.document)
  if (replacer) {
    return { problem: `viser til ${targetName(target)}, som ${label(replacer)} erstatter; vis til punktet i dokumentet som gjelder nå` }
  }
  let document = target.subject !== undefined ? saeravtaleAbout(set, target.subject) : documentById(set, target.document)
  // "Overordnet samarbeidsavtale pkt 11", "rammeavtalen pkt. 4" in the 2012 model name the set's own main agreement.
  if (!document && (target.document === OLD_AGREEMENT_ID || target.document === RAMMEAVTALE_ID)) {
    document = mainAgreementNamed(set, target.document === OLD_AGREEMENT_ID ? /overordn/iu : /rammeavtal/iu)
    // Not in the set, and neither the profile nor the front matter knows it as replaced: nothing to judge.
    if (!document) return { problem: null }
  }
  // A document of the set that failed to load: its load error says so, and nothing in it can be looked up.
  if (!document && isUnloadedTarget(set, target)) return { problem: null }
  // A partial set does not hold every document; what it lacks may well be in the whole set.
  if (!document && isPartialSet(set)) return { problem: null }
  if (!document) return { problem: `${targetName(target)} er utenfor settet (ikke blant dokumentene som er lest inn)`, outside: true }
  if (target.part !== undefined && !partSection(document, target.part)) {
    return { document, problem: `${label(document)} har ingen del ${target.part}` }
  }
  if (target.section === undefined) return { document, problem: null }
  const found = sectionsByNumber(document, target.section, target.part)
  if (found.length === 0 && !allSections(document.sections).some((s) => s.kind === 'numbered')) {
    // A transcription without numbered headings (a web page copy): the point cannot be looked up.
    return { document, problem: `${label(document)} har ingen nummererte punkter, så punkt ${target.section} kan ikke slås opp`, outside: true }
  }
  // In a partial set, a number past the document's last may lie in what the set was not given
  // (an excerpt): not judged, the partial-set info says so once.
  if (found.length === 0 && isPartialSet(set) && Number(target.section.split('.')[0]) > lastNumber(document)) {
    return { document, problem: null }
  }
  if (found.length === 0) {
    const where = target.part !== undefined ? `del ${target.part} av ${label(document)}` : label(document)
    return { document, problem: `${where} har ikke noe punkt ${target.section}` }
  }
  return { document, section: found[0], problem: null }
}

export function label(doc: AgreementDocument): string {
  const fm = doc.frontMatter
  if (fm.type === 'samarbeidsavtale') return 'samarbeidsavtalen'
  if (fm.type === 'retningslinje' && fm.number !== undefined) return `retningslinje ${fm.number}`
  if (fm.number !== undefined) return `${doc.written.type.toLowerCase()} ${fm.number}`
  return fm.title
}

/** The root children of a document that lie in a section's own part (children excluded). */
export function sectionNodes(doc: AgreementDocument, section: Section): RootContent[] {
  const start = section.headingRange.end.line
  const childStart = section.children[0]?.headingRange.start.line ?? Number.POSITIVE_INFINITY
  const end = Math.min(section.range.end.line, childStart - 1)
  return doc.tree.children.filter((n) => {
    const line = n.position?.start.line ?? 0
    return line > start && line <= end
  })
}

/** Whether `inner` lies inside `outer` (or is it). */
export function contains(outer: Section, inner: Section): boolean {
  return outer === inner || outer.children.some((c) => contains(c, inner))
}
