/**
 * Lookups every rule needs: sections by number, the mdast nodes of a section, the document a
 * reference names.
 */
import type { RootContent } from 'mdast'
import type { AgreementDocument, AgreementSet, ReferenceTarget, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { OLD_AGREEMENT_ID, SAMARBEIDSAVTALE_ID } from '../parse/references.js'
import type { SupersededDocument } from './profile.js'

/** What the profile tells reference resolution while validate runs: the documents the set replaced. */
export interface SetContext {
  superseded: SupersededDocument[]
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
 * A set without its samarbeidsavtale — one tjenesteavtale, a folder of delavtaler — is partial:
 * its documents can be judged on their own, but not coverage or names across the whole set, and
 * a reference to a document it does not hold may well resolve in the whole set.
 */
export function isPartialSet(set: AgreementSet): boolean {
  return set.documents.length > 0 && !set.documents.some(isMainAgreement)
}

/**
 * The document an id names. The parser names the agreement "samarbeidsavtale" and guidelines
 * "retningslinje-N" whatever ids the files give them, so those also match by type and number.
 */
export function documentById(set: AgreementSet, id: string): AgreementDocument | undefined {
  const exact = set.documents.find((d) => d.frontMatter.id === id)
  if (exact) return exact
  if (id === SAMARBEIDSAVTALE_ID) return samarbeidsavtale(set)
  const n = /^retningslinje-(\d+)$/.exec(id)?.[1]
  return n ? set.documents.find((d) => d.frontMatter.type === 'retningslinje' && d.frontMatter.number === Number(n)) : undefined
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
}

export function resolveReference(set: AgreementSet, target: ReferenceTarget): Resolution {
  const superseded = contexts.get(set)?.superseded.find((d) => d.id === target.document)
  if (superseded) {
    return { problem: `viser til ${superseded.name}, som ${superseded.replacedBy} erstatter; ${superseded.advice ?? 'vis til punktet i dagens samarbeidsavtale'}` }
  }
  let document = documentById(set, target.document)
  // "Overordnet samarbeidsavtale pkt 11" in the 2012 model names the set's own main agreement.
  if (!document && target.document === OLD_AGREEMENT_ID) {
    document = set.documents.find((d) => isMainAgreement(d) && /overordn/iu.test(`${d.frontMatter.type} ${d.frontMatter.title}`))
    // Not in the set, and the profile does not know it as replaced: nothing to judge.
    if (!document) return { problem: null }
  }
  // A partial set does not hold every document; what it lacks may well be in the whole set.
  if (!document && isPartialSet(set)) return { problem: null }
  if (!document) {
    const name = target.document.startsWith('retningslinje-') ? `retningslinje ${target.document.slice('retningslinje-'.length)}` : target.document
    return { problem: `${name} finnes ikke i avtalesettet` }
  }
  if (target.part !== undefined && !partSection(document, target.part)) {
    return { document, problem: `${label(document)} har ingen del ${target.part}` }
  }
  if (target.section === undefined) return { document, problem: null }
  const found = sectionsByNumber(document, target.section, target.part)
  if (found.length === 0) {
    const where = target.part !== undefined ? `del ${target.part} av ${label(document)}` : label(document)
    return { document, problem: `${where} har ikke noe punkt ${target.section}` }
  }
  return { document, section: found[0], problem: null }
}

export function label(doc: AgreementDocument): string {
  const fm = doc.frontMatter
  if (fm.type === 'samarbeidsavtale') return 'samarbeidsavtalen'
  if (fm.type === 'retningslinje') return `retningslinje ${fm.number}`
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
