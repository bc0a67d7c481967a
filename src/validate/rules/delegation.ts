/**
 * delegation: a section of a retningslinje that holds nothing but «Se samarbeidsavtalen» (or
 * «Det vises til Samarbeidsavtale … vedrørende avvik», «… etter bestemmelsene i
 * Samarbeidsavtale …») without saying which point leaves the reader to search the agreement. One
 * info per document, at its first such section, listing them all and where the samarbeidsavtale
 * deals with each (its section titled so, else the first that names the subject).
 */
import { label } from '../locate.js'
import { mainAgreementSection, sectionContent, skeletonDocuments, STANDARD_SECTIONS, standardSection } from '../skeleton.js'
import { allSections } from '../../parse/document.js'
import type { Section } from '../../model.js'
import { defineRule, type Finding } from '../types.js'

const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`)
const where = (s: Section) => `${s.part !== null ? `del ${s.part} ` : ''}punkt ${s.number}`

export const delegation = defineRule({
  id: 'delegation',
  defaultSeverity: 'info',
  description: 'Et punkt som bare viser til samarbeidsavtalen, skal si hvilket punkt i den',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    const there = new Map(STANDARD_SECTIONS.map((st) => [st, mainAgreementSection(set, st)]))
    for (const doc of skeletonDocuments(set)) {
      const vague = allSections(doc.sections).filter((s) => s.children.length === 0 && sectionContent(set, doc, s) === 'henvisning uten punkt')
      if (vague.length === 0) continue
      const each = vague.map((s) => {
        const standard = STANDARD_SECTIONS.find((st) => standardSection(doc, st) === s)
        const target = standard ? there.get(standard) : undefined
        return `${s.number ?? ''} «${s.title}»${target ? ` (der: ${where(target)})` : ''}`.trim()
      })
      findings.push({
        document: doc,
        range: vague[0]!.headingRange,
        message: `${label(doc)} viser bare til samarbeidsavtalen, uten å si hvilket punkt, i ${vague.length === 1 ? 'punkt' : 'punktene'} ${andList(each)}`,
      })
    }
    return findings
  },
})
