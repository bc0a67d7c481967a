/**
 * Whether a set is whole enough to be judged as a set. A folder with one tjenesteavtale, a lone
 * samarbeidsavtale of the 2012 model whose tjenesteavtaler are elsewhere, two versions of the
 * overordna samarbeidsavtale side by side, a sample of delavtaler that cites one it does not hold:
 * their documents can be checked one by one, but coverage of § 6-2 and names across the set
 * cannot. Each reason is said, in Norwegian, by the partial-set rule.
 */
import * as path from '../platform/path.js'
import type { AgreementDocument, AgreementSet, UnloadedDocument } from '../model.js'
import { allSections } from '../parse/document.js'
import { documentById, isMainAgreement, unloadedById, unloadedDocuments } from './locate.js'
import { normaliseTitle } from './normalize.js'

export interface Completeness {
  partial: boolean
  /** Why the set is partial, in Norwegian; empty when it is not. */
  reasons: string[]
}

/** Kinds of separate sub-agreement (2012 model) a reference can name by number. */
const SUB_AGREEMENT_ID = /^(tjenesteavtale|tenesteavtale|delavtale|særavtale|underavtale)-(\d+)$/u

/** Words by which a samarbeidsavtale says that documents beside it exist (bokmål and nynorsk). */
const SUB_AGREEMENT_WORDS = /(?<![\p{L}])(tjenesteavtal|tenesteavtal|delavtal|særavtal|underavtal|retningslinj|retningslin)(?:e|en|er|ene|ar|ane|ene)?(?![\p{L}])/iu

/** Documents that can cover points of § 6-2 beside the samarbeidsavtale. */
const isSubAgreement = (d: AgreementDocument) => !isMainAgreement(d) && !['veileder', 'vedlegg', 'prosedyre'].includes(String(d.frontMatter.type))

function textOf(doc: AgreementDocument): string {
  return [doc.preamble.text, ...allSections(doc.sections).map((s) => `${s.title}\n${s.text}`)].join('\n')
}

/**
 * `unloaded`: the set's documents that failed to load (default: those validate was given). A
 * samarbeidsavtale among them leaves the set partial, said as such; a sub-agreement among them is
 * not missing.
 */
export function setCompleteness(set: AgreementSet, unloaded: UnloadedDocument[] = unloadedDocuments(set)): Completeness {
  const reasons: string[] = []
  if (set.documents.length === 0) return { partial: false, reasons }
  const main = set.documents.filter(isMainAgreement)
  const unloadedMain = unloaded.filter((u) => u.type !== undefined && /samarbeidsavtale$/u.test(u.type))
  if (main.length === 0 && unloadedMain.length > 0) reasons.push(`samarbeidsavtalen (${unloadedMain.map((u) => path.basename(u.file)).join(', ')}) kunne ikke lastes`)
  else if (main.length === 0) reasons.push('avtalesettet har ingen samarbeidsavtale')
  if (main.length > 1) reasons.push(`avtalesettet har ${main.length} samarbeidsavtaler (ulike avtaler eller versjoner av én) og er derfor ikke ett avtalesett`)
  if (main.length === 1 && !set.documents.some(isSubAgreement) && !unloaded.some((u) => u.type !== undefined && !/samarbeidsavtale$/u.test(u.type))) {
    const word = SUB_AGREEMENT_WORDS.exec(textOf(main[0]!))?.[0]
    if (word) reasons.push(`samarbeidsavtalen viser til «${word}», men avtalesettet har ingen slike dokumenter`)
  }
  const missing = new Set<string>()
  for (const doc of set.documents) {
    for (const ref of [...doc.preamble.references, ...allSections(doc.sections).flatMap((s) => s.references)]) {
      const m = SUB_AGREEMENT_ID.exec(ref.target.document)
      // «Overordna samarbeidsavtale og tenesteavtale 1» naming tenesteavtale 1 names itself.
      const itself = normaliseTitle(doc.title).includes(normaliseTitle(ref.text))
      if (m && !itself && !documentById(set, ref.target.document) && !unloadedById(set, ref.target.document, unloaded)) missing.add(`${m[1]} ${m[2]}`)
    }
  }
  if (missing.size > 0) reasons.push(`avtalesettet mangler ${[...missing].join(', ')}, som dokumentene selv viser til`)
  return { partial: reasons.length > 0, reasons }
}
