/**
 * terminology: words from the old regime (2012's overordnet samarbeidsavtale + tjenesteavtaler)
 * inside the new set, and "partene" where the agreement defines "partnerne". An information:
 * a hint for the next revision, not an error. The glossary is an option.
 */
import type { Nodes, RootContent } from 'mdast'
import { positionedText, rangeAt } from '../../parse/text.js'
import { defineRule, type Finding } from '../types.js'

export interface GlossaryEntry {
  /** Regular expression source, matched case-insensitively on word boundaries. */
  term: string
  /** What to write instead. */
  preferred: string
  /** Skip a match preceded by text matching this (e.g. "tidligere " for historic references). */
  unlessBefore?: string
  note?: string
}

export interface TerminologyOptions {
  glossary: GlossaryEntry[]
}

export const DEFAULT_GLOSSARY: GlossaryEntry[] = [
  {
    term: 'tjenesteavtal(?:e|en|er|ene)',
    preferred: 'retningslinje(n)',
    unlessBefore: '(?:tidligere|sammenslått av tidligere)\\s+$',
    note: 'tjenesteavtalene ble erstattet av retningslinjer i 2023',
  },
  { term: 'overordnet samarbeidsavtale', preferred: 'samarbeidsavtalen', note: 'navnet på avtalen før 2023' },
  { term: 'overordnet samarbeidsorgan', preferred: 'strategisk samarbeidsutvalg (SSU)', unlessBefore: 'tidligere\\s+$' },
  { term: 'partene', preferred: 'partnerne', unlessBefore: 'omtales\\s+$', note: 'avtalen omtaler partene som «partnere»' },
]

export const terminology = defineRule<TerminologyOptions>({
  id: 'terminology',
  defaultSeverity: 'info',
  description: 'Begreper fra den gamle avtalestrukturen skal ikke brukes i det nye avtaleverket',
  defaultOptions: { glossary: DEFAULT_GLOSSARY },
  check({ set, options }) {
    const findings: Finding[] = []
    const entries = options.glossary.map((e) => ({
      ...e,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.term})(?![\\p{L}\\p{N}])`, 'giu'),
      before: e.unlessBefore ? new RegExp(e.unlessBefore, 'iu') : null,
    }))
    for (const document of set.documents) {
      for (const node of document.tree.children as RootContent[]) {
        if (node.type === 'yaml') continue
        const pt = positionedText(node as Nodes)
        for (const e of entries) {
          for (const m of pt.text.matchAll(e.re)) {
            if (e.before && e.before.test(pt.text.slice(Math.max(0, m.index - 40), m.index))) continue
            findings.push({
              document,
              range: rangeAt(pt, m.index, m.index + m[0].length),
              message: `«${m[0]}»: avtaleverket bruker nå «${e.preferred}»${e.note ? ` (${e.note})` : ''}`,
            })
          }
        }
      }
    }
    return findings
  },
})
