/**
 * legal-basis: a document that implements points of hotjl § 6-2 (its front matter claims them)
 * says so in its own text. A retningslinje is read and printed on its own; front matter is not
 * printed, and the samarbeidsavtale's Del 2 is another document. Two infos:
 * - the text cites «§ 6-2» but no point («Helse- og omsorgstjenesteloven § 6-2, slår fast …»);
 * - the text never cites § 6-2 at all: the point stands only in front matter (and Del 2).
 * A document that claims no point, and the samarbeidsavtale (which implements them all through
 * its retningslinjer), are not judged; nor is a text that cites a point anywhere.
 */
import type { AgreementDocument, Hotjl62Citation } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { isMainAgreement, label, samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

const list = (points: number[]) => (points.length === 1 ? `nr. ${points[0]}` : `nr. ${points.slice(0, -1).join(', ')} og ${points.at(-1)}`)

function citationsOf(doc: AgreementDocument): Hotjl62Citation[] {
  return [...doc.preamble.citations, ...allSections(doc.sections).flatMap((s) => s.citations)]
}

/** Where a document states its basis: its Forankring (or Bakgrunn) section, else its title. */
function basisPlace(doc: AgreementDocument): Pick<Finding, 'range' | 'line'> {
  const section = allSections(doc.sections).find((s) => /forankring|bakgrunn|heimel|hjemmel/iu.test(s.title))
  if (section) return { range: section.headingRange }
  return doc.titleRange ? { range: doc.titleRange } : { line: doc.frontMatterLines.hotjl ?? 1 }
}

export const legalBasis = defineRule({
  id: 'legal-basis',
  defaultSeverity: 'info',
  description: 'Et dokument som gjennomfører punkter i hotjl § 6-2, skal selv si hvilke i teksten',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const doc of set.documents) {
      const claimed = [...new Set(doc.frontMatter.hotjl ?? [])].sort((a, b) => a - b)
      if (claimed.length === 0 || isMainAgreement(doc)) continue
      const citations = citationsOf(doc)
      if (citations.some((c) => c.points.length > 0 || c.via)) continue
      const bare = citations.find((c) => !c.secondParagraph)
      const write = `skriv «§ 6-2 ${list(claimed)}»`
      if (bare) {
        findings.push({
          document: doc,
          range: bare.range,
          message: `«${bare.text}» nevner ikke punktet: ${label(doc)} gjennomfører § 6-2 ${list(claimed)} (front matter); ${write}`,
        })
      } else {
        const agreement = samarbeidsavtale(set)
        const anchor = agreement && doc.frontMatter.anchor ? allSections(agreement.sections).find((s) => s.id === doc.frontMatter.anchor) : undefined
        const alsoThere = anchor && anchor.citations.some((c) => c.points.some((p) => claimed.includes(p))) ? ` og i samarbeidsavtalen del 2 punkt ${anchor.number}` : ''
        findings.push({
          document: doc,
          ...basisPlace(doc),
          message: `${label(doc)} sier ikke selv at den gjennomfører helse- og omsorgstjenesteloven § 6-2 ${list(claimed)}: ${claimed.length === 1 ? 'punktet' : 'punktene'} står bare i front matter${alsoThere}; ${write} i forankringen`,
        })
      }
    }
    return findings
  },
})
