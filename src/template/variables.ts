/**
 * The template variables an agreement may use, and the Norwegian date formats. One list,
 * read by the parser's users: the placeholder rule (is this variable fillable?), generate
 * (fill it) and the docs.
 */
import { isRealDate, MONTHS } from '../dates.js'
import { AvtaleverkError } from '../errors.js'

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

/** The date formats of `{{avtale.dato | …}}` and formatDate. */
export const DATE_FORMATS = ['kort', 'lang', 'iso'] as const

/**
 * "2023-06-01" → "01.06.2023" (kort), "1. juni 2023" (lang), or as is (iso).
 *
 * @example
 * ```ts
 * formatDate('2023-06-01', 'lang') // '1. juni 2023'
 * ```
 * @throws {@link AvtaleverkError} `bruksfeil` for a date that is not ÅÅÅÅ-MM-DD or does not exist (2023-02-30), or a format not in {@link DATE_FORMATS}.
 */
export function formatDate(iso: string, format: string = 'kort'): string {
  if (!isRealDate(iso)) throw new AvtaleverkError('bruksfeil', `Ugyldig dato «${iso}»: ${/^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'den dagen finnes ikke' : 'skal skrives ÅÅÅÅ-MM-DD'}`)
  if (!(DATE_FORMATS as readonly string[]).includes(format)) throw new AvtaleverkError('bruksfeil', `Ukjent datoformat «${format}»; bruk ${DATE_FORMATS.join(', ')}`)
  const [y, mo, d] = iso.split('-') as [string, string, string]
  if (format === 'iso') return iso
  if (format === 'lang') return `${Number(d)}. ${MONTHS[Number(mo) - 1]} ${y}`
  return `${d}.${mo}.${y}`
}
