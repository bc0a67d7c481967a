/**
 * law-citation: citations of acts and regulations are checked against the acts table
 * (src/law/acts.ts: names, date, number, ledd of the paragraphs listed) and the acts' structure
 * (src/law/structure.ts: chapter-numbered or plain, which chapters exist): the act's date, number
 * and Lovdata id as written; a paragraph that does not exist (a chapter number used as a
 * paragraph, a chapter the act does not have); a paragraph number written with a dot, a stray
 * hyphen or space, or a point glued on with a dot; a ledd the paragraph does not have; an act's
 * name misspelt. Paragraphs of acts not in the table are recorded by the parser, not judged:
 * silence is better than a false alarm.
 */
import type { Nodes, RootContent } from 'mdast'
import { append } from '../../arrays.js'
import { actByKey, type Act } from '../../law/acts.js'
import { paragraphExists } from '../../law/structure.js'
import { formatDate } from '../../template/variables.js'
import { allSections } from '../../parse/document.js'
import { positionedText, rangeAt } from '../../parse/text.js'
import type { AgreementDocument, LawCitation } from '../../model.js'
import { misspeltActNames } from '../act-spelling.js'
import { defineRule, type Finding } from '../types.js'

const ORDINAL = ['', 'første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende']
/** A paragraph number as it should be written: «6-2», «2-1 e», «2-1e», «5», «10 a». */
const WELL_FORMED = /^(?:\d{1,3}-\d{1,3}(?:[ \t]?[a-h])?|\d{1,3}(?:[ \t]?[a-h])?)$/u

const actKind = (act: Act) => (act.id.startsWith('FOR-') ? 'forskriften' : 'loven')
const actNumberOf = (act: Act) => Number(act.id.split('-').pop())

/** What is wrong with one citation, in Norwegian; empty when nothing is. */
function problems(c: LawCitation, act: Act): string[] {
  const out: string[] = []
  if (c.actDate && c.actDate !== act.date) {
    out.push(`Feil dato for ${act.title}: teksten sier ${formatDate(c.actDate, 'lang')}, men ${actKind(act)} er av ${formatDate(act.date, 'lang')} (${act.id})`)
  }
  if (c.actNumber !== undefined && (!c.actDate || c.actDate === act.date) && c.actNumber !== actNumberOf(act)) {
    out.push(`Feil nummer for ${act.title}: teksten sier nr. ${c.actNumber}, men ${actKind(act)} er nr. ${actNumberOf(act)} (${act.id})`)
  }
  if (c.actIdText && c.actIdText !== act.id.replace(/^(?:LOV|FOR)-/u, '')) {
    out.push(`Feil Lovdata-id for ${act.title}: teksten sier ${c.actIdText}, men ${actKind(act)} er ${act.id}`)
  }
  const written = c.paragraphText ?? c.paragraph
  if (written && !WELL_FORMED.test(written)) {
    const fix = written.includes('.') ? 'punktum der bindestreken skal stå' : 'løs bindestrek eller mellomrom i paragrafnummeret'
    out.push(`«§ ${written}» i «${c.text}»: ${fix}; skriv «§ ${c.paragraph}»`)
  } else if (c.paragraph) {
    const verdict = paragraphExists(act.key, c.paragraph)
    if (verdict.exists === false) out.push(`«${c.text}»: ${act.title} har ingen § ${c.paragraph}: ${verdict.reason}`)
  }
  if (c.pointsText && /^\.\d/u.test(c.pointsText)) {
    out.push(`«${c.text}»: nummeret er hektet på paragrafen med punktum; skriv «§ ${c.paragraph} nr. ${c.points.join(', ')}»`)
  }
  const ledd = act.paragraphs[c.paragraph]
  if (c.ledd !== null && typeof ledd === 'number' && c.ledd > ledd) {
    out.push(`${act.title} § ${c.paragraph} har ${ledd} ledd; «${c.text}» viser til ${ORDINAL[c.ledd] ?? `${c.ledd}.`} ledd`)
  }
  return out
}

function spellingFindings(document: AgreementDocument): Finding[] {
  const findings: Finding[] = []
  for (const node of document.tree.children as RootContent[]) {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'html') continue
    const pt = positionedText(node as Nodes)
    for (const slip of misspeltActNames(pt.text)) {
      findings.push({
        document,
        range: rangeAt(pt, slip.index, slip.index + slip.text.length),
        message: `«${slip.text}» ligner på navnet til ${slip.act.title}, men er skrevet feil; skriv «${slip.nearest}» (${slip.act.id})`,
      })
    }
  }
  return findings
}

export const lawCitation = defineRule({
  id: 'law-citation',
  defaultSeverity: 'warning',
  description: 'Lovhenvisninger skal ha riktig navn, dato og nummer for loven, og vise til paragrafer og ledd som finnes, skrevet riktig',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      const citations = [...document.preamble.lawCitations, ...allSections(document.sections).flatMap((s) => s.lawCitations)]
      for (const c of citations) {
        const act = c.act ? actByKey(c.act) : undefined
        if (!act) continue
        for (const message of problems(c, act)) findings.push({ document, range: c.range, message })
      }
      append(findings, spellingFindings(document))
    }
    return findings
  },
})
