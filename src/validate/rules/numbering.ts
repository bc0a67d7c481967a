/**
 * numbering: inside each document, at every level, numbered sections run 1, 2, 3 … (or P.1,
 * P.2 … under section or part P) without gaps, duplicates or going backwards, and are written
 * the usual way ("10." rather than "10 .").
 */
import type { Section } from '../../model.js'
import { defineRule, type Finding } from '../types.js'

/** Under "Del 2" the samarbeidsavtale numbers 2.1, 2.2 …; under "Del 1" plain 1, 2 …: both are fine. */
function expectedPrefix(parent: Section | null, first: Section | undefined): string {
  if (!parent) return ''
  if (parent.kind === 'part') return first?.number?.startsWith(`${parent.number}.`) ? `${parent.number}.` : ''
  return parent.number ? `${parent.number}.` : ''
}

function checkSiblings(parent: Section | null, siblings: Section[], findings: Finding[], at: (s: Section) => Omit<Finding, 'message'>) {
  const numbered = siblings.filter((s) => s.kind === 'numbered')
  const prefix = expectedPrefix(parent, numbered[0])
  let previous = 0
  const seen = new Map<number, Section>()
  for (const s of numbered) {
    const number = s.number!
    if (!number.startsWith(prefix) || number.slice(prefix.length).includes('.')) {
      const should = `${prefix}${previous + 1}`
      findings.push({ ...at(s), message: `Punkt ${number} står under ${parent?.kind === 'part' ? `del ${parent.number}` : parent ? `punkt ${parent.number}` : 'toppnivå'}; ventet ${should}` })
      continue
    }
    const n = Number(number.slice(prefix.length))
    const before = seen.get(n)
    if (before) {
      findings.push({ ...at(s), message: `Punkt ${number} finnes fra før (linje ${before.headingRange.start.line}); ventet ${prefix}${previous + 1}` })
      // Count the duplicate as the number it should have had, so the next one is not a "gap" too.
      previous += 1
      continue
    } else if (n < previous) {
      findings.push({ ...at(s), message: `Punkt ${number} kommer etter ${prefix}${previous}; nummereringen går bakover` })
    } else if (n > previous + 1) {
      const missing = previous + 2 === n ? `${prefix}${previous + 1}` : `${prefix}${previous + 1}–${prefix}${n - 1}`
      findings.push({ ...at(s), message: `Punkt ${missing} mangler: etter ${previous === 0 ? 'starten' : `${prefix}${previous}`} kommer ${number}` })
    }
    seen.set(n, s)
    previous = Math.max(previous, n)
    if (s.numberText && /\s\.|\.\s\d|\d\s\d/.test(s.numberText)) {
      findings.push({ ...at(s), message: `Nummeret er skrevet «${s.numberText}»; skriv «${number}${s.numberText.endsWith('.') ? '.' : ''}»` })
    }
  }
  for (const s of siblings) checkSiblings(s, s.children, findings, at)
}

export const numbering = defineRule({
  id: 'numbering',
  defaultSeverity: 'error',
  description: 'Punktene i hvert dokument skal være nummerert fortløpende på hvert nivå, uten hull eller dubletter',
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      checkSiblings(null, document.sections, findings, (s) => ({ document, range: s.headingRange }))
      const parts = document.sections.filter((s) => s.kind === 'part')
      parts.forEach((p, i) => {
        if (Number(p.number) !== i + 1) findings.push({ document, range: p.headingRange, message: `Del ${p.number} står som del nummer ${i + 1}` })
      })
    }
    return findings
  },
})
