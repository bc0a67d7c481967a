/**
 * hotjl-coverage: every point of hotjl § 6-2 first paragraph, and the second paragraph, is
 * covered by some document of the set — claimed in its front matter or cited in its text.
 * A gap is reported with the law's own wording, at Del 2 of the samarbeidsavtale (where the
 * retningslinjer are listed), or at the first document when there is none.
 */
import { HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH } from '../../law/hotjl-6-2.js'
import { coverageMatrix, isCovered, SECOND_PARAGRAPH } from '../coverage.js'
import { partSection, samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

export const hotjlCoverage = defineRule({
  id: 'hotjl-coverage',
  defaultSeverity: 'error',
  description: 'Alle punktene i helse- og omsorgstjenesteloven § 6-2 skal være dekket av avtalesettet',
  defaultOptions: {},
  check({ set }) {
    if (set.documents.length === 0) return []
    const matrix = coverageMatrix(set)
    const agreement = samarbeidsavtale(set)
    const anchorDoc = agreement ?? set.documents[0]!
    const del2 = agreement ? partSection(agreement, 2) : undefined
    const at = { document: anchorDoc, ...(del2 ? { range: del2.headingRange } : { line: 1 }) }
    const findings: Finding[] = []
    for (const point of HOTJL_6_2_POINTS) {
      if (isCovered(matrix, point.number)) continue
      findings.push({
        ...at,
        message: `hotjl § 6-2 første ledd nr. ${point.number} er ikke dekket av noe dokument: «${point.text}». Legg til en retningslinje eller et avsnitt som viser til punktet (f.eks. «§ 6-2 nr. ${point.number}»), eller før det opp under «hotjl» i front matter.`,
      })
    }
    if (!isCovered(matrix, SECOND_PARAGRAPH)) {
      findings.push({
        ...at,
        message: `hotjl § 6-2 andre ledd er ikke dekket: «${HOTJL_6_2_SECOND_PARAGRAPH.text}» Beskriv ansvar, arbeidsgiveransvar, organisering og finansiering av samarbeidstiltak, eller vis til § 6-2 andre ledd.`,
      })
    }
    return findings
  },
})
