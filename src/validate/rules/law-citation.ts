/**
 * law-citation: citations of acts and paragraphs are checked against the small table of the
 * acts these agreements cite (src/law/acts.ts): the act's date when the text gives one, and the
 * ledd of a paragraph whose number of ledd the table knows. Paragraphs the table does not list
 * are not judged: silence is better than a false alarm.
 */
import { actByKey } from '../../law/acts.js'
import { formatDate } from '../../template/variables.js'
import { allSections } from '../../parse/document.js'
import { defineRule, type Finding } from '../types.js'

const ORDINAL = ['', 'første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende']

export const lawCitation = defineRule({
  id: 'law-citation',
  defaultSeverity: 'warning',
  description: 'Lovhenvisninger skal ha riktig dato for loven, og vise til ledd som finnes',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      const citations = [...document.preamble.lawCitations, ...allSections(document.sections).flatMap((s) => s.lawCitations)]
      for (const c of citations) {
        const act = c.act ? actByKey(c.act) : undefined
        if (!act) continue
        if (c.actDate && c.actDate !== act.date) {
          findings.push({ document, range: c.range, message: `Feil dato for ${act.title}: teksten sier ${formatDate(c.actDate, 'lang')}, men loven er av ${formatDate(act.date, 'lang')} (${act.id})` })
        }
        const ledd = act.paragraphs[c.paragraph]
        if (c.ledd !== null && typeof ledd === 'number' && c.ledd > ledd) {
          findings.push({ document, range: c.range, message: `${act.title} § ${c.paragraph} har ${ledd} ledd; «${c.text}» viser til ${ORDINAL[c.ledd] ?? `${c.ledd}.`} ledd` })
        }
      }
    }
    return findings
  },
})
