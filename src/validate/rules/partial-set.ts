/**
 * partial-set: a set that is not whole (completeness.ts: no samarbeidsavtale, several, a
 * samarbeidsavtale without the documents it names, sub-agreements cited but not held) is checked
 * for its documents' own defects; the rules that judge the whole set are skipped. Said once,
 * with the reasons, so that nobody reads the silence as a pass.
 */
import { setCompleteness } from '../completeness.js'
import { RULES_OF_SET } from './set-rules.js'
import { defineRule } from '../types.js'

export const partialSet = defineRule({
  id: 'partial-set',
  defaultSeverity: 'info',
  description: 'Et avtalesett som ikke er helt (uten samarbeidsavtale, eller uten dokumentene den viser til) kontrolleres bare dokument for dokument',
  defaultOptions: {},
  check({ set }) {
    const { partial, reasons } = setCompleteness(set)
    if (!partial) return []
    const first = set.documents[0]!
    const why = reasons.join('; ')
    return [
      {
        document: first,
        line: first.frontMatterLines.type ?? 1,
        message: `${why[0]!.toLocaleUpperCase('nb')}${why.slice(1)}, så bare dokumentenes egne feil er kontrollert. Reglene som vurderer hele settet (${RULES_OF_SET.join(', ')}) og henvisninger til dokumenter utenfor settet krever hele avtalesettet: kontroller mappen med samarbeidsavtalen og alle vedleggene.`,
      },
    ]
  },
})
