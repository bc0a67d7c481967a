/**
 * cross-reference: every reference to a document, a part or a section resolves ("retningslinje
 * 6" exists, "del 2, punkt 2.2" exists, "pkt. 8 … del 1" exists); a title quoted with a section
 * reference is that section's title; no section sends the reader to itself; and a reference that
 * promises content («Bestemmelser om X er inntatt i …, se punkt Y») lands where X is.
 */
import type { AgreementDocument, CrossReference, Section } from '../../model.js'
import { allSections } from '../../parse/document.js'
import { normaliseTitle } from '../normalize.js'
import { contains, label, resolveReference } from '../locate.js'
import { brokenPromises } from '../promises.js'
import { defineRule, type Finding } from '../types.js'

function referencesOf(doc: AgreementDocument): Array<{ ref: CrossReference; from: Section | null }> {
  return [
    ...doc.preamble.references.map((ref) => ({ ref, from: null })),
    ...allSections(doc.sections).flatMap((from) => from.references.map((ref) => ({ ref, from }))),
  ]
}

/** A section titled by the topic, when the target neither is titled by it nor mentions it. */
function topicSection(doc: AgreementDocument, target: Section, topic: string): Section | undefined {
  const t = topic.toLocaleLowerCase('nb')
  const mentions = (s: Section) => s.title.toLocaleLowerCase('nb').includes(t) || s.text.toLocaleLowerCase('nb').includes(t)
  if (allSections([target]).some(mentions)) return undefined
  return allSections(doc.sections).find((s) => s.kind === 'numbered' && normaliseTitle(s.title) === t)
}

export const crossReference = defineRule({
  id: 'cross-reference',
  defaultSeverity: 'error',
  description: 'Henvisninger til dokumenter, deler og punkter skal peke på noe som finnes',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      for (const { ref, from } of referencesOf(document)) {
        const at = { document, range: ref.range }
        const resolved = resolveReference(set, ref.target)
        if (resolved.problem) {
          // A document outside the set is not a broken reference: the set may be partial, or the document kept elsewhere.
          findings.push({ ...at, ...(resolved.outside ? { severity: 'info' as const } : {}), message: `«${ref.text}»: ${resolved.problem}` })
          continue
        }
        const target = resolved.section
        if (!target) continue
        if (ref.quotedTitle && normaliseTitle(ref.quotedTitle) !== normaliseTitle(target.title)) {
          findings.push({ ...at, message: `«${ref.text}» kaller punktet «${ref.quotedTitle}», men punkt ${target.number} i ${label(resolved.document!)} heter «${target.title}»` })
        }
        const elsewhere = ref.topic ? topicSection(resolved.document!, target, ref.topic) : undefined
        if (elsewhere) {
          findings.push({
            ...at,
            message: `«${ref.text}» sender leseren dit for å lese om ${ref.topic}, men punkt ${target.number} («${target.title}») handler ikke om det; punkt ${elsewhere.number} heter «${elsewhere.title}»`,
          })
        }
        if (from && resolved.document === document && contains(target, from)) {
          findings.push({ ...at, message: `«${ref.text}» viser til punkt ${target.number}, som er punktet henvisningen selv står i; rett til punktet som faktisk beskriver dette` })
        }
      }
      // A reference that promises content the target lacks (promises.ts).
      for (const p of brokenPromises(set, document)) {
        const quoted = p.looked.map((w) => `«${w}»`)
        const what = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}`
        findings.push({
          document,
          ...(p.reference ? { range: p.reference.range } : { range: p.sentence.range }),
          message: p.reference
            ? `«${p.reference.text}» lover at teksten om ${p.topic} står der, men ${p.target} sier ingenting om ${what}`
            : `Teksten lover at ${p.target} skal beskrive dette («${p.topic}»), men ingen av dem sier noe om ${what}`,
        })
      }
    }
    return findings
  },
})
