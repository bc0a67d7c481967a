/**
 * title-consistency: a retningslinje is named in up to four places — the list in Del 1, the
 * Del 2 heading that points to it, the «title» quoted after "Se retningslinje N", and its own
 * title. After normalising case and whitespace they must agree; each differing name is
 * reported at its own place, side by side with the retningslinje's own title.
 */
import type { AgreementDocument } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { positionedText, rangeAt } from '../../parse/text.js'
import { normaliseTitle } from '../normalize.js'
import { documentById, label, partSection, samarbeidsavtale, sectionNodes } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

/** "2.4 Gjensidig …" lines of the list in Del 1 that names the retningslinjer. */
function listedTitles(agreement: AgreementDocument): Array<{ number: string; title: string; range: Finding['range'] }> {
  const out: Array<{ number: string; title: string; range: Finding['range'] }> = []
  const del1 = partSection(agreement, 1)
  for (const section of allSections(del1?.children ?? [])) {
    for (const node of sectionNodes(agreement, section)) {
      if (node.type !== 'list') continue
      for (const item of node.children) {
        const pt = positionedText(item)
        const m = /^\s*(\d{1,2}\.\d{1,2})\s+(.+?)\s*$/su.exec(pt.text)
        if (m) out.push({ number: m[1]!, title: m[2]!.replace(/\s+/g, ' '), range: rangeAt(pt, 0, pt.text.trimEnd().length) })
      }
    }
  }
  return out
}

export const titleConsistency = defineRule({
  id: 'title-consistency',
  defaultSeverity: 'warning',
  description: 'Retningslinjenes titler skal være like i del 1, del 2 og i retningslinjene selv',
  defaultOptions: {},
  scope: 'set',
  check({ set }) {
    const agreement = samarbeidsavtale(set)
    if (!agreement) return []
    const findings: Finding[] = []
    const listed = listedTitles(agreement)
    for (const del2 of partSection(agreement, 2)?.children ?? []) {
      const ref = del2.references.find((r) => r.target.document.startsWith('retningslinje-') && !r.target.section)
      const doc = ref ? documentById(set, ref.target.document) : undefined
      if (!doc) continue
      const own = doc.frontMatter.title
      const differs = (name: string) => normaliseTitle(name) !== normaliseTitle(own)
      const side = (where: string, name: string) => `${where} kaller ${label(doc)} «${name}», men retningslinjen selv heter «${own}» (${doc.path})`
      if (differs(del2.title)) findings.push({ document: agreement, range: del2.headingRange, message: side(`Overskriften i del 2, punkt ${del2.number},`, del2.title) })
      for (const r of del2.references.filter((x) => x.target.document === doc.frontMatter.id && x.quotedTitle)) {
        if (differs(r.quotedTitle!)) findings.push({ document: agreement, range: r.range, message: side(`Henvisningen i del 2, punkt ${del2.number},`, r.quotedTitle!) })
      }
      const item = listed.find((l) => l.number === del2.number)
      if (item && differs(item.title)) findings.push({ document: agreement, range: item.range, message: side(`Oversikten i del 1 (punkt ${item.number})`, item.title) })
    }
    return findings
  },
})
