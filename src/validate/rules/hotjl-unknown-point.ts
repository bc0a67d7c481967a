/**
 * hotjl-unknown-point: a citation of, or a claim to, a point of § 6-2 that the law does not have.
 */
import { HOTJL_6_2_POINT_COUNT } from '../../law/hotjl-6-2.js'
import { allSections } from '../../parse/document.js'
import { defineRule, type Finding } from '../types.js'

const exists = (p: number) => p >= 1 && p <= HOTJL_6_2_POINT_COUNT

export const hotjlUnknownPoint = defineRule({
  id: 'hotjl-unknown-point',
  defaultSeverity: 'error',
  description: 'Henvisninger til hotjl § 6-2 skal gjelde punkter som finnes (1–13)',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      for (const p of (document.frontMatter.hotjl ?? []).filter((x) => !exists(x))) {
        findings.push({ document, line: document.frontMatterLines.hotjl ?? 1, message: `Front matter viser til hotjl § 6-2 nr. ${p}, men paragrafen har bare punkt 1–${HOTJL_6_2_POINT_COUNT}` })
      }
      const citations = [...document.preamble.citations, ...allSections(document.sections).flatMap((s) => s.citations)]
      for (const c of citations) {
        for (const p of c.points.filter((x) => !exists(x))) {
          findings.push({ document, range: c.range, message: `«${c.text}» viser til punkt ${p}, men hotjl § 6-2 første ledd har bare punkt 1–${HOTJL_6_2_POINT_COUNT}` })
        }
      }
    }
    return findings
  },
})
