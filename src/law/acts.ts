/**
 * The acts these agreements cite, with the names and short names the texts use, the official
 * date and number, and how many ledd each cited paragraph has. Read by the citation extractor
 * (to know which act a "§" belongs to) and by the law-citation rule (to check the act's date
 * and the ledd of the paragraphs listed here). Small on purpose: it lists what the agreements cite, not the whole statute book.
 */
export interface Act {
  key: string
  /** Official short title. */
  title: string
  /** Lovdata id, LOV-yyyy-mm-dd-nr (an act) or FOR-yyyy-mm-dd-nr (a regulation). */
  id: string
  /** Date the act was given, ISO. */
  date: string
  /**
   * Names as they occur in text, lower case, longest first matters not: the matcher sorts.
   * Inflected forms ("-lovens", "-loven") are listed where the agreements use them.
   */
  names: string[]
  /** Paragraphs the agreements cite, with their number of ledd (null: not checked). */
  paragraphs: Record<string, number | null>
}

export const ACTS: readonly Act[] = [
  {
    key: 'hotjl',
    title: 'helse- og omsorgstjenesteloven',
    id: 'LOV-2011-06-24-30',
    date: '2011-06-24',
    names: [
      'hotjl', 'hol', 'helse- og omsorgstjenesteloven', 'helse- og omsorgstjenestelovens',
      'helse- og omsorgstjenestelova', 'helse- og omsorgstenestelova', 'helse- og omsorgstenestelovas',
      'lov om kommunale helse- og omsorgstjenester', 'lov om kommunale helse- og omsorgstjenester m.m.',
      // nynorsk
      'helse- og omsorgstenestelovas', 'helse- og omsorgstenestelov', 'helse og omsorgstjenesteloven', 'lov om kommunale helse- og omsorgstenester',
      'lov om kommunale helse- og omsorgstenester m.m.',
    ],
    paragraphs: { '3-1': 6, '3-2': 2, '3-2 a': 2, '3-3': 4, '3-3 a': 3, '3-4': 4, '3-5': 5, '6-1': 4, '6-2': 2, '6-3': 1, '6-4': 2, '6-5': 2, '6-6': 1, '11-4': 3, '7-1': 1, '7-2': 1, '7-2 a': 1, '7-3': 1 },
  },
  {
    key: 'sphl',
    title: 'spesialisthelsetjenesteloven',
    id: 'LOV-1999-07-02-61',
    date: '1999-07-02',
    names: [
      'shtjl', 'sphl', 'spesialisthelsetjenesteloven', 'spesialisthelsetjenestelovens',
      'lov om spesialisthelsetjenesten', 'lov om spesialisthelsetjenesten m.m.', 'lov om spesialisthelsetjenester',
      // nynorsk
      'spesialisthelsetenestelova', 'spesialisthelsetenestelovas', 'lov om spesialisthelsetenesta', 'lov om spesialisthelsetenesta m.m.',
      'lov om spesialisthelsetenester',
    ],
    paragraphs: { '2-1': 2, '2-1 a': 10, '2-1 e': 4, '2-1 f': 2, '2-2': 1, '2-5 c': 1, '3-2': 2, '3-7': 3 },
  },
  {
    key: 'pbrl',
    title: 'pasient- og brukerrettighetsloven',
    id: 'LOV-1999-07-02-63',
    date: '1999-07-02',
    names: ['pbrl', 'pasient- og brukerrettighetsloven', 'pasient- og brukerrettighetslovens', 'lov om pasient- og brukerrettigheter', 'pasient- og brukarrettslova', 'lov om pasient- og brukarrettar'],
    paragraphs: {},
  },
  {
    key: 'hpl',
    title: 'helsepersonelloven',
    id: 'LOV-1999-07-02-64',
    date: '1999-07-02',
    names: ['hpl', 'helsepersonelloven', 'helsepersonellovens', 'lov om helsepersonell', 'helsepersonellova'],
    paragraphs: {},
  },
  {
    key: 'forsinkelsesrenteloven',
    title: 'forsinkelsesrenteloven',
    id: 'LOV-1976-12-17-100',
    date: '1976-12-17',
    names: ['forsinkelsesrenteloven', 'lov om renter ved forsinket betaling', 'lov om renter ved forsinket betaling m.m.'],
    paragraphs: {},
  },
  {
    key: 'voldgiftsloven',
    title: 'voldgiftsloven',
    id: 'LOV-2004-05-14-25',
    date: '2004-05-14',
    names: ['voldgiftsloven', 'lov om voldgift'],
    paragraphs: {},
  },
  {
    key: 'folkehelseloven',
    title: 'folkehelseloven',
    id: 'LOV-2011-06-24-29',
    date: '2011-06-24',
    names: ['folkehelseloven', 'folkehelselovens', 'lov om folkehelsearbeid', 'folkehelselova'],
    paragraphs: {},
  },
  {
    key: 'smittevernloven',
    title: 'smittevernloven',
    id: 'LOV-1994-08-05-55',
    date: '1994-08-05',
    names: ['smittevernloven', 'smittevernlovens', 'lov om vern mot smittsomme sykdommer', 'smittevernlova', 'lov om vern mot smittsame sjukdommar'],
    paragraphs: {},
  },
  {
    key: 'helseberedskapsloven',
    title: 'helseberedskapsloven',
    id: 'LOV-2000-06-23-56',
    date: '2000-06-23',
    names: ['helseberedskapsloven', 'helseberedskapslovens', 'lov om helsemessig og sosial beredskap', 'helseberedskapslova'],
    paragraphs: {},
  },
  // Regulations (forskrifter) the agreements cite. Ids from Lovdata (lovdata.no/dokument/SF/forskrift/…), read 2026-11-29.
  {
    key: 'akuttmedisinforskriften',
    title: 'akuttmedisinforskriften',
    id: 'FOR-2015-03-20-231',
    date: '2015-03-20',
    names: [
      'akuttmedisinforskriften', 'akuttmedisinforskrifta',
      'forskrift om krav til og organisering av kommunal legevaktordning, ambulansetjeneste, medisinsk nødmeldetjeneste mv.',
    ],
    paragraphs: {},
  },
  {
    key: 'utskrivningsklare',
    title: 'forskrift om kommunal betaling for utskrivningsklare pasienter',
    id: 'FOR-2011-11-18-1115',
    date: '2011-11-18',
    names: ['forskrift om kommunal betaling for utskrivningsklare pasienter', 'forskrift om utskrivningsklare pasienter', 'forskrift om kommunal betaling for utskrivningsklare pasientar'],
    paragraphs: {},
  },
  {
    key: 'ikt-standarder',
    title: 'forskrift om IKT-standarder i helse- og omsorgstjenesten',
    id: 'FOR-2015-07-01-853',
    date: '2015-07-01',
    names: ['forskrift om ikt-standarder i helse- og omsorgstjenesten', 'forskrift om ikt-standardar i helse- og omsorgstenesta'],
    paragraphs: {},
  },
  {
    key: 'pasientjournalforskriften',
    title: 'pasientjournalforskriften',
    id: 'FOR-2019-03-01-168',
    date: '2019-03-01',
    names: ['pasientjournalforskriften', 'pasientjournalforskrifta', 'forskrift om pasientjournal'],
    paragraphs: {},
  },
]

export function actByKey(key: string): Act | undefined {
  return ACTS.find((a) => a.key === key)
}
