/** Small in-memory agreement sets for rule fixtures: each rule gets a passing and a failing one. */
import type { AgreementSet } from '../../src/model.js'
import { parseDocument } from '../../src/parse/document.js'
import { validate, type ValidateOptions } from '../../src/validate/index.js'

export function setOf(files: Record<string, string>): AgreementSet {
  return { root: '', documents: Object.entries(files).map(([path, md]) => parseDocument(md, { path })) }
}

/** Findings of one rule only, as "file:line message" strings. */
export function findings(set: AgreementSet, ruleId: string, options: ValidateOptions = {}): string[] {
  return validate(set, options)
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.file}:${d.line} ${d.message}`)
}

export const fm = (fields: Record<string, unknown>) =>
  `---\n${Object.entries({ version: '"1"', status: 'utkast', date: '2024-01-01', ...fields })
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
    .join('\n')}\n---\n`

const CLOSING = '## 1. Forankring\n\nForankret i samarbeidsavtalen del 2 punkt 2.{n}.{basis}\n\n## 2. Formål\n\nTekst.\n\n## 3. Brukermedvirkning\n\nTekst.\n\n## 4. Avvik\n\nTekst.\n\n## 5. Uenighet\n\nTekst.\n\n## 6. Varighet, revisjon og oppsigelse\n\nTekst.\n'

/**
 * A retningslinje with the house-style sections, claiming `points` and, unless `statesBasis` is
 * false, saying so in its Forankring (the legal-basis rule wants the text to state them).
 */
export function retningslinje(n: number, title: string, points: number[], extra = '', statesBasis = true): string {
  const basis = statesBasis && points.length > 0 ? ` Den gjennomfører helse- og omsorgstjenesteloven § 6-2 nr. ${points.join(', ')}.` : ''
  return `${fm({ id: `retningslinje-${n}`, type: 'retningslinje', number: n, title, hotjl: points, anchor: `samarbeidsavtale/del-2/2.${n}` })}\n# RETNINGSLINJE nr. ${n}: ${title}\n\n${CLOSING.replace('{n}', String(n)).replace('{basis}', basis)}${extra}`
}

/** A samarbeidsavtale with the required provisions, listing retningslinjer 1..n in Del 2. */
export function samarbeidsavtale(del2: Array<{ title: string; points: number[] }>, del1Extra = ''): string {
  const del1 = [
    '### 1. Avtalens parter\n\nPartnerne er kommunen og UNN.',
    '### 2. Endring av avtalen\n\nTekst.',
    '### 3. Avtalens formål\n\nTekst.',
    '### 4. Avvik\n\nTekst.',
    '### 5. Håndtering av uenighet – tvisteløsning\n\nTekst.',
    '### 6. Mislighold\n\nTekst.',
    '### 7. Varighet, revisjon og oppsigelse\n\nAvtalen kan sies opp med ett års oppsigelsesfrist, jf. helse- og omsorgstjenesteloven § 6-5 andre ledd.',
    '### 8. Samarbeid om utvikling og planlegging\n\nHotjl. § 6-2, pkt. 12. Arbeidsgiveransvaret ligger hos hver partner. Prosjekter skal organiseres og finansieres etter avtale.',
  ].join('\n\n')
  const parts = del2.map((r, i) => `### 2.${i + 1} ${r.title}\n\n(Helse- og omsorgstjenesteloven § 6-2, punkt ${r.points.join(', ')})\n\nSe retningslinje ${i + 1}, «${r.title}» som er vedlagt denne avtalen.`)
  return `${fm({ id: 'samarbeidsavtale', type: 'samarbeidsavtale', number: 0, title: 'Samarbeidsavtale', hotjl: [12] })}\n# Samarbeidsavtale\n\n## Del 1 – Overordnede bestemmelser\n\n${del1}\n\n${del1Extra}\n\n## Del 2 – Omforente retningslinjer\n\n${parts.join('\n\n')}\n`
}

/** A complete, sound set covering every point: the passing fixture the rules start from. */
export function soundSet(): Record<string, string> {
  const rl = [
    { title: 'Oppgaver og ansvar', points: [1] },
    { title: 'Behandlingsforløp', points: [2, 3, 5, 13] },
    { title: 'Øyeblikkelig hjelp', points: [4] },
    { title: 'Kunnskapsoverføring', points: [6, 7, 8, 9, 10, 11] },
  ]
  const files: Record<string, string> = { '00-samarbeidsavtale.md': samarbeidsavtale(rl) }
  rl.forEach((r, i) => (files[`0${i + 1}-retningslinje-${i + 1}.md`] = retningslinje(i + 1, r.title, r.points)))
  return files
}

/** 1-based line of the first line containing `needle`: expectations name the line by its text. */
export function lineOf(source: string, needle: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`«${needle}» not in fixture`)
  return i + 1
}
