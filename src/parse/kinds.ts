/**
 * The words agreements use for their kinds of document and their status, bokmål and nynorsk,
 * and the normalised value the model keeps. The front matter may write the word as the source
 * does («tenesteavtale», «overordna samarbeidsavtale», «vedteke»); the model keeps both.
 */
import type { DocumentStatus, DocumentType, Language } from '../model.js'

/** Kind words as written → normalised kind. Nynorsk words also tell the language. */
export const TYPE_WORDS: Readonly<Record<string, { type: DocumentType; language?: Language }>> = {
  samarbeidsavtale: { type: 'samarbeidsavtale' },
  'overordnet samarbeidsavtale': { type: 'samarbeidsavtale' },
  'overordna samarbeidsavtale': { type: 'samarbeidsavtale', language: 'nn' },
  rammeavtale: { type: 'samarbeidsavtale' },
  tjenesteavtale: { type: 'tjenesteavtale' },
  tenesteavtale: { type: 'tjenesteavtale', language: 'nn' },
  delavtale: { type: 'delavtale' },
  underavtale: { type: 'delavtale' },
  særavtale: { type: 'særavtale' },
  retningslinje: { type: 'retningslinje' },
  retningsline: { type: 'retningslinje', language: 'nn' },
  veileder: { type: 'veileder' },
  rettleiar: { type: 'veileder', language: 'nn' },
  vedlegg: { type: 'vedlegg' },
  prosedyre: { type: 'prosedyre' },
  rutine: { type: 'prosedyre' },
}

/** Status words as written → normalised status. */
export const STATUS_WORDS: Readonly<Record<string, DocumentStatus>> = {
  utkast: 'utkast',
  høring: 'høring',
  høyring: 'høring',
  forslag: 'forslag',
  framlegg: 'forslag',
  fremforhandlet: 'fremforhandlet',
  framforhandla: 'fremforhandlet',
  godkjent: 'godkjent',
  godkjend: 'godkjent',
  vedtatt: 'vedtatt',
  vedteke: 'vedtatt',
  vedteken: 'vedtatt',
  signert: 'signert',
  gjeldende: 'gjeldende',
  gjeldande: 'gjeldende',
  opphevet: 'opphevet',
  oppheva: 'opphevet',
}

/** The kind a word names, whatever its case and inflection is not: "Tenesteavtale" → tjenesteavtale. */
export function typeOfWord(word: string): DocumentType | undefined {
  return TYPE_WORDS[word.toLowerCase().replace(/\s+/g, ' ').trim()]?.type
}
