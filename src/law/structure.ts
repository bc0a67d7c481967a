/**
 * How the acts and regulations the agreements cite number their paragraphs, as far as we know it
 * for certain: whether a paragraph number is chapter-style («§ 6-2») or plain («§ 5»), which
 * chapters exist. Read by the law-citation
 * rule to say that a cited paragraph does not exist. Where we are not sure, the entry says less
 * (no chapter range; no list of a chapter's paragraphs at all) and the rule is silent: a wrong table makes false
 * findings.
 *
 * Source: Lovdata, the consolidated texts (lovdata.no/dokument/NL/lov/… and /SF/forskrift/…),
 * as read on 2026-11-29 from the project's knowledge of them; the keys are those of src/law/acts.ts.
 */

export interface ActStructure {
  /** 'chapter': paragraphs are «kapittel-nummer» (§ 6-2, § 2-1 e); 'plain': § 1, § 2, § 10 a. */
  numbering: 'chapter' | 'plain'
  /** First and last chapter, for chapter-numbered acts whose chapters we know; absent: not judged. */
  chapters?: readonly [number, number]
  /** What this entry leaves unsaid, and why. */
  note?: string
}

export const LAW_STRUCTURE_SOURCE = { source: 'Lovdata (lovdata.no), konsoliderte tekster', date: '2026-11-29' } as const

export const ACT_STRUCTURE: Readonly<Record<string, ActStructure>> = {
  hotjl: {
    numbering: 'chapter',
    // Kap. 1 Formål … to kap. 12 Forskjellige bestemmelser; kap. 13 (ikrafttredelse) included so as not to judge it.
    chapters: [1, 13],
    note: 'Bare kapitlene er kjent her, ikke hvor mange paragrafer hvert har: en paragraf i kapittel 1–13 dømmes ikke.',
  },
  sphl: { numbering: 'chapter', note: 'Kapittelnummerert (§ 2-1 e); kapitlenes antall og paragrafer er ikke listet.' },
  pbrl: { numbering: 'chapter', note: 'Kapittelnummerert (§ 2-5 c); har også kapittel 4A, så kapitlene er ikke listet.' },
  smittevernloven: { numbering: 'chapter', note: 'Kapittelnummerert (§ 7-1 Kommunens ansvar); kapitlene er ikke listet.' },
  helseberedskapsloven: { numbering: 'chapter', note: 'Kapittelnummerert (§ 2-2 beredskapsplan); kapitlene er ikke listet.' },
  hpl: { numbering: 'plain', note: 'Paragrafer § 1 … med bokstav (§ 10 a, § 45 a); siste paragraf ikke listet.' },
  folkehelseloven: { numbering: 'plain', note: 'Paragrafer § 1 … (§ 5 Oversikt over helsetilstand); siste paragraf ikke listet.' },
  forsinkelsesrenteloven: { numbering: 'plain' },
  voldgiftsloven: { numbering: 'plain' },
  akuttmedisinforskriften: { numbering: 'plain' },
  utskrivningsklare: { numbering: 'plain' },
  'ikt-standarder': { numbering: 'plain' },
  pasientjournalforskriften: { numbering: 'plain' },
}

export type ParagraphVerdict = { exists: false; reason: string } | { exists: 'unknown' }

/**
 * Whether paragraph `p` (normalised: "6-2", "2-1 e", "5", "10 a") of the act exists, as far as
 * the table knows. A bare number in a chapter-numbered act is a chapter, not a paragraph.
 */
export function paragraphExists(actKey: string, p: string): ParagraphVerdict {
  const s = ACT_STRUCTURE[actKey]
  if (!s || p === '') return { exists: 'unknown' }
  const chapterStyle = /^(\d{1,3})-\d{1,3}(?: [a-h])?$/u.exec(p)
  const plain = /^\d{1,3}(?: [a-h])?$/u.test(p)
  if (s.numbering === 'plain') {
    return chapterStyle ? { exists: false, reason: 'loven har ikke kapittelnummererte paragrafer (§ 1, § 2 …)' } : { exists: 'unknown' }
  }
  if (plain) return { exists: false, reason: `loven har kapittelnummererte paragrafer (§ ${p.split(' ')[0]}-1, § ${p.split(' ')[0]}-2 …); § ${p} er et kapittelnummer` }
  if (!chapterStyle) return { exists: 'unknown' }
  const chapter = Number(chapterStyle[1])
  if (s.chapters && (chapter < s.chapters[0] || chapter > s.chapters[1])) {
    return { exists: false, reason: `loven har ikke noe kapittel ${chapter}` }
  }
  return { exists: 'unknown' }
}
