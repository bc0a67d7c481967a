/**
 * numbering: inside each document, at every level, numbered sections run 1, 2, 3 … (or P.1,
 * P.2 … under section or part P) without gaps, duplicates or going backwards, and are written
 * the usual way ("10." rather than "10 ."). Every style counts: "1.", "1.0" (1.0, 2.0, 3.0 is a
 * normal sequence), "§ 1", "Punkt 1", "Artikkel 1", roman "I.", "II." and lettered "a)", "b)".
 * Roman and lettered items count on their own: a list a), b) under 3.2 is not 3.2.1.
 */
import type { NumberStyle, Section } from '../../model.js'
import { letterOrdinal, toRoman } from '../../parse/heading-number.js'
import { defineRule, type Finding } from '../types.js'

type Family = 'decimal' | 'roman' | 'letter'

const familyOf = (style: NumberStyle | undefined): Family => (style === 'roman' ? 'roman' : style === 'letter' ? 'letter' : 'decimal')

/** How the n-th item of a family is written in messages. */
function shown(family: Family, prefix: string, n: number): string {
  if (family === 'roman') return toRoman(n)
  if (family === 'letter') return 'abcdefghijklmnopqrstuvwxyzæøå'[n - 1] ?? String(n)
  return `${prefix}${n}`
}

/** Under "Del 2" the samarbeidsavtale numbers 2.1, 2.2 …; under "Del 1" plain 1, 2 …: both are fine. */
function expectedPrefix(parent: Section | null, first: Section | undefined): string {
  if (!parent) return ''
  if (parent.kind === 'part') return first?.number?.startsWith(`${parent.number}.`) ? `${parent.number}.` : ''
  // A § 3 or Punkt 3 may hold 3.1, 3.2 … or a fresh § 1, § 2 …: follow what its first child does.
  if (parent.numberStyle && parent.numberStyle !== 'decimal' && parent.numberStyle !== 'decimal-zero') {
    return first?.number?.startsWith(`${parent.number}.`) ? `${parent.number}.` : ''
  }
  return parent.number && /^\d/.test(parent.number) ? `${parent.number}.` : ''
}

function checkFamily(family: Family, parent: Section | null, numbered: Section[], findings: Finding[], at: (s: Section) => Omit<Finding, 'message'>) {
  const prefix = family === 'decimal' ? expectedPrefix(parent, numbered[0]) : ''
  const where = parent?.kind === 'part' ? `del ${parent.number}` : parent ? `punkt ${familyOf(parent.numberStyle) === 'decimal' ? parent.number : parent.numberText}` : 'toppnivå'
  let previous = 0
  const seen = new Map<number, Section>()
  for (const s of numbered) {
    const number = s.number!
    const label = family === 'decimal' ? number : s.numberText!
    if (family === 'decimal' && (!number.startsWith(prefix) || number.slice(prefix.length).includes('.'))) {
      findings.push({ ...at(s), message: `Punkt ${number} står under ${where}; ventet ${shown(family, prefix, previous + 1)}` })
      continue
    }
    const n = family === 'letter' ? letterOrdinal(number) : Number(number.slice(prefix.length))
    const before = seen.get(n)
    if (before) {
      findings.push({ ...at(s), message: `Punkt ${label} finnes fra før (linje ${before.headingRange.start.line}); ventet ${shown(family, prefix, previous + 1)}` })
      // Count the duplicate as the number it should have had, so the next one is not a "gap" too.
      previous += 1
      continue
    } else if (n < previous) {
      findings.push({ ...at(s), message: `Punkt ${label} kommer etter ${shown(family, prefix, previous)}; nummereringen går bakover` })
    } else if (n > previous + 1) {
      const missing = previous + 2 === n ? shown(family, prefix, previous + 1) : `${shown(family, prefix, previous + 1)}–${shown(family, prefix, n - 1)}`
      findings.push({ ...at(s), message: `Punkt ${missing} mangler: etter ${previous === 0 ? 'starten' : shown(family, prefix, previous)} kommer ${label}` })
    }
    seen.set(n, s)
    previous = Math.max(previous, n)
    if (family === 'decimal' && s.numberText && /\d\s\.|\.\s\d|\d\s\d/.test(s.numberText)) {
      const tidy = s.numberText.replace(/(\d)\s+(?=[.\d])|(\.)\s+(?=\d)/g, '$1$2')
      findings.push({ ...at(s), message: `Nummeret er skrevet «${s.numberText}»; skriv «${tidy}»` })
    }
  }
}

function checkSiblings(parent: Section | null, siblings: Section[], findings: Finding[], at: (s: Section) => Omit<Finding, 'message'>) {
  const families = new Map<Family, Section[]>()
  for (const s of siblings) {
    if (s.kind !== 'numbered') continue
    const f = familyOf(s.numberStyle)
    const list = families.get(f) ?? []
    list.push(s)
    families.set(f, list)
  }
  for (const [family, numbered] of families) checkFamily(family, parent, numbered, findings, at)
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
