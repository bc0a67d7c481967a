/**
 * Helse- og omsorgstjenesteloven (LOV-2011-06-24-30) § 6-2: what a samarbeidsavtale must at
 * least contain. The single source every rule and report reads; wording as in force since
 * 1 August 2022 (points 12 and 13 added by Prop. 102 L and Prop. 100 L (2020–2021)), and the
 * paragraph's versions over time (HOTJL_6_2_VERSIONS): a set is judged by the law in force on
 * its date.
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

/**
 * One version of § 6-2: which first-paragraph points were in force from when to when. The second
 * paragraph (samarbeidstiltak) is in every version. Point 4 was reworded by LOV-2012-06-22-46;
 * `text` above is the current wording of every point.
 */
export interface Hotjl62Version {
  id: string
  /** First day in force, ISO. */
  from: string
  /** Last day in force, ISO, or null for the version in force now. */
  to: string | null
  /** The first-paragraph points of this version. */
  points: readonly number[]
  secondParagraph: true
  /** Where the version comes from, in Norwegian. */
  source: string
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

export const HOTJL_6_2_VERSIONS: readonly Hotjl62Version[] = [
  {
    id: '2012',
    from: '2012-01-01',
    to: '2022-07-31',
    points: range(11),
    secondParagraph: true,
    source: 'LOV-2011-06-24-30 § 6-2 i kraft 1. januar 2012 (nr. 1–11; nr. 4 endret ved LOV-2012-06-22-46)',
  },
  {
    id: '2022',
    from: '2022-08-01',
    to: null,
    points: range(13),
    secondParagraph: true,
    source: 'LOV-2011-06-24-30 § 6-2 med nr. 12 (Prop. 102 L (2020–2021)) og nr. 13 (Prop. 100 L (2020–2021)), i kraft 1. august 2022',
  },
]

/** The version in force now: the one every set in use must meet. */
export const HOTJL_6_2_CURRENT: Hotjl62Version = HOTJL_6_2_VERSIONS[HOTJL_6_2_VERSIONS.length - 1]!

/**
 * The version in force on a date written YYYY, YYYY-MM or YYYY-MM-DD. A year or a month is read
 * as its first day: "2022" is judged by the 11-point law, so that a set of that year is never
 * held to points that may have come after it. Before 2012: the first version; no date, or one
 * that cannot be read: the version in force now.
 */
export function hotjl62VersionOn(date: string | undefined): Hotjl62Version {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '')
  if (!m) return HOTJL_6_2_CURRENT
  const day = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
  return [...HOTJL_6_2_VERSIONS].reverse().find((v) => v.from <= day) ?? HOTJL_6_2_VERSIONS[0]!
}

/** Points the law requires now that the given version did not: what an older set must add. */
export function pointsAddedSince(version: Hotjl62Version): Hotjl62Point[] {
  return HOTJL_6_2_POINTS.filter((p) => HOTJL_6_2_CURRENT.points.includes(p.number) && !version.points.includes(p.number))
}
