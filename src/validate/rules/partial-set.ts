/**
 * partial-set: a set without its samarbeidsavtale (one tjenesteavtale, a folder of delavtaler)
 * is checked for its documents' own defects; the rules that judge the whole set against its
 * samarbeidsavtale are skipped. Said once, so that nobody reads the silence as a pass.
 */
import { isPartialSet } from '../locate.js'
import { RULES_OF_SET } from './set-rules.js'
import { defineRule } from '../types.js'

export const partialSet = defineRule({
  id: 'partial-set',
  defaultSeverity: 'info',
  description: 'Et avtalesett uten samarbeidsavtale kontrolleres bare dokument for dokument',
  defaultOptions: {},
  check({ set }) {
    if (!isPartialSet(set)) return []
    const first = set.documents[0]!
    return [
      {
        document: first,
        line: first.frontMatterLines.type ?? 1,
        message: `Avtalesettet har ingen samarbeidsavtale, så bare dokumentenes egne feil er kontrollert. Reglene som vurderer hele settet (${RULES_OF_SET.join(', ')}) og henvisninger til dokumenter utenfor settet krever hele avtalesettet: kontroller mappen med samarbeidsavtalen og alle vedleggene.`,
      },
    ]
  },
})
