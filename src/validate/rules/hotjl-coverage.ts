/**
 * hotjl-coverage: every point of hotjl § 6-2 first paragraph, and the second paragraph, as the
 * law read on the set's date, is covered by some document of the set — claimed in its front
 * matter, cited in its text, or (when the profile says so) by a tjenesteavtale's number. A gap
 * is reported with the law's own wording, at Del 2 of the samarbeidsavtale (where the
 * retningslinjer are listed), or at its title. A set judged by an older version that lacks points
 * the law requires now gets one more finding, a warning: which points it must add, and since when.
 */
import { HOTJL_6_2_CURRENT, HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH, hotjl62Point } from '../../law/hotjl-6-2.js'
import { formatDate } from '../../template/variables.js'
import { coverageMatrix, isCovered, SECOND_PARAGRAPH } from '../coverage.js'
import { partSection, samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

const and = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`)

export const hotjlCoverage = defineRule({
  id: 'hotjl-coverage',
  defaultSeverity: 'error',
  description: 'Alle punktene i helse- og omsorgstjenesteloven § 6-2, slik loven lød på avtalens dato, skal være dekket av avtalesettet',
  defaultOptions: {},
  scope: 'set',
  check({ set, profile }) {
    if (set.documents.length === 0) return []
    const matrix = coverageMatrix(set, { profile })
    const agreement = samarbeidsavtale(set)
    const anchorDoc = agreement ?? set.documents[0]!
    const del2 = agreement ? partSection(agreement, 2) : undefined
    const at = { document: anchorDoc, ...(del2 ? { range: del2.headingRange } : agreement?.titleRange ? { range: agreement.titleRange } : { line: 1 }) }
    const findings: Finding[] = []
    const older = matrix.law.id !== HOTJL_6_2_CURRENT.id
    const asOf = older ? ` slik paragrafen lød på avtalens dato (${matrix.law.date})` : ''
    for (const point of HOTJL_6_2_POINTS) {
      if (!matrix.points.includes(point.number) || isCovered(matrix, point.number)) continue
      findings.push({
        ...at,
        message: `hotjl § 6-2 første ledd nr. ${point.number}${asOf} er ikke dekket av noe dokument: «${point.text}». Legg til en retningslinje eller et avsnitt som viser til punktet (f.eks. «§ 6-2 nr. ${point.number}»), eller før det opp under «hotjl» i front matter.`,
      })
    }
    if (!isCovered(matrix, SECOND_PARAGRAPH)) {
      findings.push({
        ...at,
        message: `hotjl § 6-2 andre ledd er ikke dekket: «${HOTJL_6_2_SECOND_PARAGRAPH.text}» Beskriv ansvar, arbeidsgiveransvar, organisering og finansiering av samarbeidstiltak, eller vis til § 6-2 andre ledd.`,
      })
    }
    const toAdd = matrix.addedSince.filter((p) => !isCovered(matrix, p))
    if (toAdd.length > 0) {
      const points = toAdd.map((p) => `nr. ${p} («${hotjl62Point(p)!.text}»)`)
      findings.push({
        ...at,
        severity: 'warning',
        message: `Avtalesettet er datert ${matrix.law.date} og er vurdert etter hotjl § 6-2 slik den lød da (nr. 1–${matrix.points.filter((p) => p !== SECOND_PARAGRAPH).length}). Fra ${formatDate(HOTJL_6_2_CURRENT.from, 'lang')} krever loven også ${and(points)}. Avtalen må nå tilføyes ${toAdd.length === 1 ? 'dette punktet' : 'disse punktene'}: legg til en retningslinje eller et avsnitt som viser til ${toAdd.length === 1 ? 'det' : 'dem'} (f.eks. «§ 6-2 nr. ${toAdd[0]}»), eller før ${toAdd.length === 1 ? 'det' : 'dem'} opp under «hotjl» i front matter.`,
      })
    }
    return findings
  },
})
