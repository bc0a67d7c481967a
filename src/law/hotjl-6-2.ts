/**
 * Helse- og omsorgstjenesteloven (LOV-2011-06-24-30) § 6-2: what a samarbeidsavtale must at
 * least contain. The single source every rule and report reads; wording as in force since
 * 1 August 2022 (points 12 and 13 added by Prop. 102 L and Prop. 100 L (2020–2021)).
 */
export interface Hotjl62Point {
  number: number
  /** A few words for tables and matrices. */
  short: string
  /** The law's own wording. */
  text: string
  /** When the point came into force. */
  inForceFrom: string
}

export const HOTJL_6_2_POINTS: readonly Hotjl62Point[] = [
  { number: 1, short: 'Oppgave- og ansvarsfordeling', inForceFrom: '2012-01-01', text: 'enighet om hvilke helse- og omsorgsoppgaver forvaltningsnivåene er pålagt ansvaret for og en felles oppfatning av hvilke tiltak partene til enhver tid skal utføre' },
  { number: 2, short: 'Samarbeid om innleggelse, utskrivning, habilitering, rehabilitering og lærings- og mestringstilbud', inForceFrom: '2012-01-01', text: 'retningslinjer for samarbeid i tilknytning til innleggelse, utskrivning, habilitering, rehabilitering og lærings- og mestringstilbud for å sikre helhetlige og sammenhengende helse- og omsorgstjenester til pasienter med behov for koordinerte tjenester' },
  { number: 3, short: 'Innleggelse i sykehus', inForceFrom: '2012-01-01', text: 'retningslinjer for innleggelse i sykehus' },
  { number: 4, short: 'Døgnopphold for øyeblikkelig hjelp', inForceFrom: '2012-01-01', text: 'beskrivelse av kommunens tilbud om døgnopphold for øyeblikkelig hjelp etter § 3-5 tredje ledd' },
  { number: 5, short: 'Utskrivningsklare pasienter', inForceFrom: '2012-01-01', text: 'retningslinjer for samarbeid om utskrivningsklare pasienter som antas å ha behov for kommunale tjenester etter utskrivning fra institusjon' },
  { number: 6, short: 'Kunnskapsoverføring, informasjonsutveksling, nettverk og hospitering', inForceFrom: '2012-01-01', text: 'retningslinjer for gjensidig kunnskapsoverføring og informasjonsutveksling og for faglige nettverk og hospitering' },
  { number: 7, short: 'Forskning, utdanning, praksis og læretid', inForceFrom: '2012-01-01', text: 'samarbeid om forskning, utdanning, praksis og læretid' },
  { number: 8, short: 'Jordmortjenester', inForceFrom: '2012-01-01', text: 'samarbeid om jordmortjenester' },
  { number: 9, short: 'IKT-løsninger lokalt', inForceFrom: '2012-01-01', text: 'samarbeid om IKT-løsninger lokalt' },
  { number: 10, short: 'Forebygging', inForceFrom: '2012-01-01', text: 'samarbeid om forebygging' },
  { number: 11, short: 'Beredskapsplaner og den akuttmedisinske kjeden', inForceFrom: '2012-01-01', text: 'omforente beredskapsplaner og planer for den akuttmedisinske kjeden' },
  { number: 12, short: 'Felles utvikling og planlegging av tjenestene', inForceFrom: '2022-08-01', text: 'konkret beskrivelse av hvordan partene sammen skal utvikle og planlegge tjenestene' },
  { number: 13, short: 'Barn og unge med sammensatte vansker', inForceFrom: '2022-08-01', text: 'samarbeid om ytelse av helse- og omsorgstjenester til barn og unge med sammensatte vansker og lidelser, og som derfor mottar tjenester fra begge forvaltningsnivåene' },
]

/** § 6-2 second paragraph: the requirement for joint measures (samarbeidstiltak). */
export const HOTJL_6_2_SECOND_PARAGRAPH = {
  short: 'Ansvar, arbeidsgiveransvar, organisering og finansiering av samarbeidstiltak',
  text: 'Når det avtales samarbeidstiltak, må avtalen klargjøre ansvarsforholdene, herunder må arbeidsgiveransvaret avklares. Videre må det avtales hvordan samarbeidstiltaket skal organiseres og finansieres.',
} as const

export const HOTJL_6_2_POINT_COUNT = HOTJL_6_2_POINTS.length

export function hotjl62Point(number: number): Hotjl62Point | undefined {
  return HOTJL_6_2_POINTS.find((p) => p.number === number)
}
