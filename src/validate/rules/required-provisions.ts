/**
 * required-provisions: the samarbeidsavtale has the provisions an agreement of this kind needs
 * (parties, purpose, amendment, avvik, disputes, breach, duration/revision/termination with the
 * one-year notice of hotjl § 6-5 second paragraph), and each retningslinje has the sections the
 * house style requires. Both lists are options, so another helsefellesskap can set its own.
 */
import type { AgreementDocument, Section } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { label, retningslinjer, samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

export interface Provision {
  /** What is missing, as the message names it. */
  name: string
  /** A section provides it when its title contains one of these words (case-insensitive). */
  titleWords: string[]
  /** Optional: the section's text must also match this (a regular expression source). */
  textPattern?: string
  /** Said when the section exists but its text lacks the pattern. */
  textHint?: string
}

export interface RequiredProvisionsOptions {
  samarbeidsavtale: Provision[]
  retningslinje: Provision[]
}

export const DEFAULT_PROVISIONS: RequiredProvisionsOptions = {
  samarbeidsavtale: [
    { name: 'avtalens parter', titleWords: ['parter', 'partnere'] },
    { name: 'formål', titleWords: ['formål'] },
    { name: 'endring av avtalen', titleWords: ['endring'] },
    { name: 'avvik', titleWords: ['avvik'] },
    { name: 'tvisteløsning', titleWords: ['tvisteløsning', 'uenighet', 'tvist'] },
    { name: 'mislighold', titleWords: ['mislighold'] },
    {
      name: 'varighet, revisjon og oppsigelse',
      titleWords: ['varighet', 'oppsigelse'],
      textPattern: '(ett|1)\\s+års?\\s+(oppsigelsesfrist|frist)|12\\s+måneders\\s+(oppsigelsesfrist|frist)',
      textHint: 'oppsigelsesfristen på ett år som helse- og omsorgstjenesteloven § 6-5 andre ledd krever',
    },
  ],
  retningslinje: [
    { name: 'forankring', titleWords: ['forankring'] },
    { name: 'formål', titleWords: ['formål'] },
    { name: 'brukermedvirkning', titleWords: ['brukermedvirkning'] },
    { name: 'avvik', titleWords: ['avvik'] },
    { name: 'uenighet', titleWords: ['uenighet', 'tvist'] },
    { name: 'varighet, revisjon og oppsigelse', titleWords: ['varighet'] },
  ],
}

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
  description: 'Samarbeidsavtalen og hver retningslinje skal ha de bestemmelsene og avsnittene som kreves',
  defaultOptions: DEFAULT_PROVISIONS,
  check({ set, options }) {
    const findings: Finding[] = []
    const agreement = samarbeidsavtale(set)
    if (agreement) check(agreement, options.samarbeidsavtale, findings)
    for (const doc of retningslinjer(set)) check(doc, options.retningslinje, findings)
    return findings
  },
})
