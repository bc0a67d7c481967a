/**
 * front-matter: what the schema cannot see. (Schema violations themselves stop a document from
 * loading; validate reports them under this rule id, at the offending key's line.) Here: a
 * retningslinje's number and title agree with its heading, its anchor names a section that
 * exists, and the set has no more than one samarbeidsavtale (a single retningslinje may be
 * checked alone).
 */
import { allSections } from '../../parse/document.js'
import { isPartialSet } from '../locate.js'
import { normaliseTitle } from '../normalize.js'
import { defineRule, type Finding } from '../types.js'

const HEADING = /^RETNINGSLINJE\s+nr\.\s*(\d+)\s*:\s*(.+)$/iu

export const frontMatter = defineRule({
  id: 'front-matter',
  defaultSeverity: 'error',
  description: 'Front matter skal følge skjemaet og stemme med dokumentets overskrift og forankring',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    const sectionIds = new Set(set.documents.flatMap((d) => allSections(d.sections).map((s) => s.id)))
    const ids = new Set(set.documents.map((d) => d.frontMatter.id))
    // In a partial set, an anchor in a document the set does not hold cannot be judged.
    const judgeable = (anchor: string) => !isPartialSet(set) || ids.has(anchor.split('/')[0]!)
    const agreements = set.documents.filter((d) => d.frontMatter.type === 'samarbeidsavtale')
    for (const extra of agreements.slice(1)) {
      findings.push({ document: extra, line: extra.frontMatterLines.type ?? 1, message: `Avtalesettet har mer enn én samarbeidsavtale (også ${agreements[0]!.path})` })
    }
    for (const document of set.documents) {
      const fm = document.frontMatter
      const line = (key: string) => document.frontMatterLines[key] ?? 1
      const heading = HEADING.exec(document.title)
      if (fm.type === 'retningslinje' && heading) {
        if (Number(heading[1]) !== fm.number) findings.push({ document, line: line('number'), message: `«number: ${fm.number}» stemmer ikke med overskriften «RETNINGSLINJE nr. ${heading[1]}»` })
        if (normaliseTitle(heading[2]!) !== normaliseTitle(fm.title)) {
          findings.push({ document, line: line('title'), message: `«title» («${fm.title}») stemmer ikke med overskriften («${heading[2]}»)` })
        }
      }
      if (fm.anchor && !sectionIds.has(fm.anchor) && judgeable(fm.anchor)) {
        findings.push({ document, line: line('anchor'), message: `«anchor: ${fm.anchor}» peker ikke på noe avsnitt i avtalesettet` })
      }
    }
    return findings
  },
})
