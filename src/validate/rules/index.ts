/** Every rule, in the order their findings are listed in documentation. */
import type { AnyRule } from '../types.js'
import { crossReference } from './cross-reference.js'
import { definedTerms } from './defined-terms.js'
import { delegation } from './delegation.js'
import { driftedCopy } from './drifted-copy.js'
import { frontMatter } from './front-matter.js'
import { hotjlConsistency } from './hotjl-consistency.js'
import { hotjlCoverage } from './hotjl-coverage.js'
import { hotjlUnknownPoint } from './hotjl-unknown-point.js'
import { lawCitation } from './law-citation.js'
import { legalBasis } from './legal-basis.js'
import { linkScheme } from './link-scheme.js'
import { numbering } from './numbering.js'
import { partialSet } from './partial-set.js'
import { placeholder } from './placeholder.js'
import { requiredProvisions } from './required-provisions.js'
import { subsectionReference } from './subsection-reference.js'
import { terminology } from './terminology.js'
import { titleConsistency } from './title-consistency.js'

export const RULES: readonly AnyRule[] = [
  hotjlCoverage,
  hotjlConsistency,
  hotjlUnknownPoint,
  numbering,
  crossReference,
  subsectionReference,
  titleConsistency,
  placeholder,
  requiredProvisions,
  terminology,
  lawCitation,
  driftedCopy,
  legalBasis,
  delegation,
  definedTerms,
  linkScheme,
  frontMatter,
  partialSet,
]

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id)
}
