/**
 * hotjl-consistency: for each retningslinje, the § 6-2 points it claims in front matter, the
 * points its own text cites, and the points cited by the Del 2 section of the samarbeidsavtale
 * that anchors it agree. A retningslinje whose text cites no point is not a disagreement.
 * Also: the anchor in front matter and the "forankret i … del 2 punkt 2.x" of the text agree.
 */
import type { AgreementDocument, Section } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { documentById, label, partSection, resolveReference, retningslinjer, samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

const points = (citations: Section['citations']) => [...new Set(citations.flatMap((c) => c.points))].sort((a, b) => a - b)
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i])
const list = (p: number[]) => (p.length === 0 ? 'ingen' : p.join(', '))

/** The Del 2 section of the samarbeidsavtale that points to a retningslinje. */
function del2SectionFor(agreement: AgreementDocument | undefined, doc: AgreementDocument): Section | undefined {
  if (!agreement) return undefined
  const del2 = partSection(agreement, 2)?.children ?? []
  const byAnchor = doc.frontMatter.anchor ? del2.find((s) => s.id === doc.frontMatter.anchor) : undefined
  return byAnchor ?? del2.find((s) => s.references.some((r) => r.target.document === doc.frontMatter.id))
}

export const hotjlConsistency = defineRule({
  id: 'hotjl-consistency',
  defaultSeverity: 'warning',
  description: 'Front matter, retningslinjens egen tekst og samarbeidsavtalens del 2 skal vise til de samme punktene i § 6-2',
  defaultOptions: {},
  check({ set }) {
    const agreement = samarbeidsavtale(set)
    const findings: Finding[] = []
    for (const doc of retningslinjer(set)) {
      const claimed = [...(doc.frontMatter.hotjl ?? [])].sort((a, b) => a - b)
      const claimLine = doc.frontMatterLines.hotjl ?? doc.frontMatterLines.id ?? 1
      const own = points([...doc.preamble.citations, ...allSections(doc.sections).flatMap((s) => s.citations)])
      if (own.length > 0 && !same(own, claimed)) {
        findings.push({ document: doc, line: claimLine, message: `${label(doc)} oppgir § 6-2 punkt ${list(claimed)} i front matter, men teksten viser til punkt ${list(own)}` })
      }
      const del2 = del2SectionFor(agreement, doc)
      if (agreement && del2) {
        const theirs = points(del2.citations)
        if (theirs.length > 0 && !same(theirs, claimed)) {
          findings.push({
            document: doc,
            line: claimLine,
            message: `${label(doc)} oppgir § 6-2 punkt ${list(claimed)} i front matter, men samarbeidsavtalen del 2 punkt ${del2.number} (${agreement.path}:${del2.headingRange.start.line}) viser til punkt ${list(theirs)}`,
          })
        }
      }
      const anchor = doc.frontMatter.anchor
      const forankring = allSections(doc.sections)
        .flatMap((s) => s.references)
        .find((r) => documentById(set, r.target.document) === agreement && r.target.part === 2 && r.target.section)
      if (anchor && forankring && agreement) {
        // Compare with the id the named section really has (it may be an explicit {#id}).
        const textAnchor = resolveReference(set, forankring.target).section?.id
        if (textAnchor !== undefined && textAnchor !== anchor) {
          findings.push({ document: doc, range: forankring.range, message: `Teksten forankrer ${label(doc)} i del 2 punkt ${forankring.target.section}, men front matter sier «anchor: ${anchor}»` })
        }
      }
    }
    return findings
  },
})
