/**
 * terminology: words of an earlier regime inside the set, as the profile's `terminology` lists
 * them (unn-2023: the 2012 overordnet samarbeidsavtale + tjenesteavtaler, and "partene" where the
 * agreement defines "partnerne"). An information: a hint for the next revision, not an error.
 * Without a glossary the rule finds nothing: the words are a region's, not the law's.
 */
import type { Nodes, RootContent } from 'mdast'
import { positionedText, rangeAt } from '../../parse/text.js'
import type { GlossaryEntry } from '../profile.js'
import { defineRule, type Finding } from '../types.js'

export type { GlossaryEntry } from '../profile.js'

export interface TerminologyOptions {
  glossary: GlossaryEntry[]
}

export const terminology = defineRule<TerminologyOptions>({
  id: 'terminology',
  defaultSeverity: 'info',
  description: 'Begreper fra en tidligere avtalestruktur (profilens «terminology») skal ikke brukes i avtaleverket',
  defaultOptions: { glossary: [] },
  optionsFromProfile: (profile) => (profile.terminology ? { glossary: profile.terminology } : {}),
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
