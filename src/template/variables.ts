/**
 * The template variables an agreement may use, and the Norwegian date formats. One list,
 * read by the parser's users: the placeholder rule (is this variable fillable?), generate
 * (fill it) and the docs.
 */
import { MONTHS } from '../dates.js'

export interface VariableSpec {
  name: string
  description: string
  /** What a reader sees where the variable stands in a text that is not filled (redlines, reports): «[kommunenavn]». */
  label: string
  /** Formats accepted after `|` (`{{avtale.dato | lang}}`); the first is the default. */
  formats?: string[]
  /** Whether a kommune may lack it without the generation failing. */
  optional?: boolean
}

export const TEMPLATE_VARIABLES: readonly VariableSpec[] = [
  { name: 'kommune.navn', label: 'kommunenavn', description: 'Kommunens navn i dagligtale, gyldig på avtalens dato (f.eks. «Harstad»)' },
  { name: 'kommune.offisielt_navn', label: 'kommunens offisielle navn', description: 'Offisielt navn med samiske/kvenske parallellnavn (f.eks. «Harstad - Hárstták»)' },
  { name: 'kommune.nummer', label: 'kommunenummer', description: 'Kommunenummer gyldig på avtalens dato (f.eks. «5503»)' },
  { name: 'kommune.fylke', label: 'fylke', description: 'Fylke' },
  { name: 'kommune.regionrad', label: 'regionråd', description: 'Regionråd kommunen hører til på avtalens dato' },
  { name: 'kommune.signatar.tittel', label: 'signatarens tittel', description: 'Tittel til den som signerer for kommunen (f.eks. «Kommunedirektør»)' },
  { name: 'kommune.signatar.navn', label: 'signatarens navn', description: 'Navn på den som signerer for kommunen', optional: true },
  { name: 'avtale.dato', label: 'avtalens dato', description: 'Avtalens dato', formats: ['kort', 'lang', 'iso'] },
  { name: 'avtale.versjon', label: 'avtalens versjon', description: 'Avtalens versjon' },
]

/** `{{blokk.<navn>}}`: a per-kommune text block, standing alone in a paragraph. */
export const BLOCK_PREFIX = 'blokk.'

export function variableSpec(name: string): VariableSpec | undefined {
  return TEMPLATE_VARIABLES.find((v) => v.name === name)
}

/** Whether a variable name is one the generator knows how to fill (blocks by prefix). */
export function isKnownVariable(name: string): boolean {
  return name.startsWith(BLOCK_PREFIX) ? name.length > BLOCK_PREFIX.length : variableSpec(name) !== undefined
}

const VARIABLE_IN_TEXT = /\{\{\s*([^{}|\s]+)\s*(?:\|\s*[^{}]*?\s*)?\}\}/gu

/**
 * A template's text for a reader: each variable as its label in brackets, «{{kommune.navn}}
 * kommune» → «[kommunenavn] kommune», a block as «[kommunens tekst: ohd-tilbud]». Unknown
 * variables stay as written.
 */
export function readableVariables(text: string): string {
  return text.replace(VARIABLE_IN_TEXT, (whole, name: string) => {
    if (name.startsWith(BLOCK_PREFIX) && name.length > BLOCK_PREFIX.length) return `[kommunens tekst: ${name.slice(BLOCK_PREFIX.length)}]`
    const spec = variableSpec(name)
    return spec ? `[${spec.label}]` : whole
  })
}

/** "2023-06-01" → "01.06.2023" (kort), "1. juni 2023" (lang), or as is (iso). */
export function formatDate(iso: string, format: string = 'kort'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new RangeError(`Ugyldig dato «${iso}» (skal være ÅÅÅÅ-MM-DD)`)
  const [, y, mo, d] = m
  if (format === 'iso') return iso
  if (format === 'lang') return `${Number(d)}. ${MONTHS[Number(mo) - 1]} ${y}`
  return `${d}.${mo}.${y}`
}
