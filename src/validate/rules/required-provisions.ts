/**
 * required-provisions: each document has the sections its kind needs, as the profile's
 * `requiredSections` lists them per document type — recommended: the provisions any
 * samarbeidsavtale has (parties, purpose, disputes, breach, duration and termination), in
 * bokmål and nynorsk; unn-2023 adds UNN's house style (amendment, avvik, the one-year notice of
 * hotjl § 6-5, the retningslinjer's closing sections). Title words are matched in the profile's
 * languages.
 */
import type { AgreementDocument, Section } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { label } from '../locate.js'
import { titleWordsFor, type ProvisionSpec } from '../profile.js'
import { defineRule, type Finding } from '../types.js'

/** A provision with its title words in the profile's languages. */
export interface Provision extends Omit<ProvisionSpec, 'titleWords'> {
  titleWords: string[]
}

/** Per document type (samarbeidsavtale, retningslinje, tjenesteavtale …): the sections it needs. */
export type RequiredProvisionsOptions = Record<string, Array<Provision | ProvisionSpec>>

function check(document: AgreementDocument, provisions: Provision[], findings: Finding[]) {
  const sections = allSections(document.sections)
  const line = document.titleRange?.start.line ?? 1
  for (const p of provisions) {
    const matches = (s: Section) => p.titleWords.some((w) => s.title.toLocaleLowerCase('nb').includes(w.toLocaleLowerCase('nb')))
    const found = sections.filter(matches)
    if (found.length === 0) {
      findings.push({ document, line, message: `${label(document)} mangler en bestemmelse om ${p.name} (et punkt med ${p.titleWords.map((w) => `«${w}»`).join(' eller ')} i tittelen)` })
      continue
    }
    if (p.textPattern) {
      const re = new RegExp(p.textPattern, 'iu')
      if (!found.some((s) => re.test(s.text))) {
        findings.push({ document, range: found[0]!.headingRange, message: `${found[0]!.number ? `Punkt ${found[0]!.number}` : 'Avsnittet'} «${found[0]!.title}» nevner ikke ${p.textHint ?? p.textPattern}` })
      }
    }
  }
}

export const requiredProvisions = defineRule<RequiredProvisionsOptions>({
  id: 'required-provisions',
  defaultSeverity: 'error',
  description: 'Hvert dokument skal ha de bestemmelsene og avsnittene profilen krever for sin dokumenttype',
  defaultOptions: {},
  optionsFromProfile: (profile) => profile.requiredSections ?? {},
  check({ set, options, profile }) {
    const findings: Finding[] = []
    const seen = new Set<string>()
    for (const document of set.documents) {
      const type = String(document.frontMatter.type)
      // One samarbeidsavtale per set: a second one is front-matter's finding, not ours.
      if (type === 'samarbeidsavtale' && seen.has(type)) continue
      seen.add(type)
      const provisions = (options[type] ?? []).map((p) => ({ ...p, titleWords: titleWordsFor(p.titleWords, profile.language) }))
      check(document, provisions, findings)
    }
    return findings
  },
})
