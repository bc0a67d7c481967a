/**
 * The høringsoppsummering: per document and section of the draft, the innspill received and
 * their assessment, and what actually changed between draft and final version (from the diff);
 * sections changed with no innspill; innspill pointing nowhere; innspill after the deadline.
 */
import { checkDateOption } from '../dates.js'
import type { ChangeSet, DocumentStatus, SectionChange, SectionStatus } from '../diff/changeset.js'
import type { AgreementSet, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { versionsOf } from '../diff/changeset.js'
import { type Respondent, type Vurdering, VURDERINGER } from './innspill.js'

export interface InnspillEntry {
  respondent: string
  forSent: boolean
  tekst: string
  vurdering: Vurdering
  begrunnelse: string | null
  file: string
  line: number
}

export interface SectionReport {
  /** Section id in the draft. */
  id: string
  number: string | null
  title: string
  /** Number and title in the final version, when the section is still there. */
  newNumber: string | null
  newTitle: string | null
  status: SectionStatus
  wordsAdded: number
  wordsRemoved: number
  innspill: InnspillEntry[]
}

export interface DocumentReport {
  id: string
  title: string
  status: DocumentStatus
  hearingLabel: string | null
  /** Innspill on the document as a whole (no section named). */
  innspill: InnspillEntry[]
  /** Sections with innspill, or changed, in draft order. */
  sections: SectionReport[]
}

export interface Remark {
  file: string
  line: number
  message: string
  /** The same for a reader of the report: respondent, document title and section, no ids or paths. */
  tekst: string
}

export interface HoringReport {
  fra: string
  til: string
  /** The versions compared, from the documents' front matter («2023-forslag»), for the reader. */
  fraVersjon: string
  tilVersjon: string
  frist: string | null
  respondents: Array<{ navn: string; kommune: string | null; organisasjon: string | null; mottatt: string; forSent: boolean; file: string; antall: number; vurderinger: Record<Vurdering, number> }>
  documents: DocumentReport[]
  /** Sections that changed although nobody sent an innspill on them. */
  endretUtenInnspill: Array<{ document: string; documentTitle: string; id: string; number: string | null; title: string; status: SectionStatus }>
  /** Innspill whose document or section does not exist in the draft. */
  ukjenteMaal: Remark[]
  /** Assessments the text does not bear out (taken into account, but the section is unchanged). */
  merknader: Remark[]
  totals: { respondenter: number; innspill: number; forSent: number; perVurdering: Record<Vurdering, number>; perDokument: Record<string, number> }
}

export interface ReportOptions {
  /** Høringsfrist, YYYY-MM-DD: innspill received after it are marked as late. */
  frist?: string
  fraLabel?: string
  tilLabel?: string
}


/** A section id as a reader would say it: «retningslinje-6/10» → «punkt 10», «…/del-1» → «Del 1». */
function sectionWords(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1)
  if (/^\d+(?:\.\d+)*$/.test(last)) return `punkt ${last}`
  const part = /^del-(\d+)$/.exec(last)
  return part ? `Del ${part[1]}` : `avsnittet «${last.replace(/-/g, ' ')}»`
}

const zero = (): Record<Vurdering, number> => Object.fromEntries(VURDERINGER.map((v) => [v, 0])) as Record<Vurdering, number>

/**
 * The høringsoppsummering from respondents, the draft and the ChangeSet draft → final.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` for a `frist` that is not a real YYYY-MM-DD date.
 */
export function horingReport(respondents: Respondent[], draft: AgreementSet, changes: ChangeSet, options: ReportOptions = {}): HoringReport {
  if (options.frist !== undefined) checkDateOption(options.frist, '{ frist }')
  const late = (r: Respondent) => options.frist !== undefined && r.mottatt > options.frist
  const draftSections = new Map<string, { doc: string; section: Section }>()
  for (const d of draft.documents) for (const s of allSections(d.sections)) draftSections.set(s.id, { doc: d.frontMatter.id, section: s })
  const changeByOldId = new Map<string, SectionChange>()
  for (const dc of changes.documents) for (const sc of dc.sections) if (sc.old && !changeByOldId.has(sc.old.id)) changeByOldId.set(sc.old.id, sc)

  const docReports = new Map<string, DocumentReport>()
  const sectionReports = new Map<string, SectionReport>()
  for (const dc of changes.documents) {
    if (!dc.old) continue
    docReports.set(dc.id, { id: dc.id, title: dc.old.title, status: dc.status, hearingLabel: dc.hearingLabel, innspill: [], sections: [] })
  }
  const sectionReport = (doc: DocumentReport, section: Section): SectionReport => {
    let r = sectionReports.get(section.id)
    if (!r) {
      const sc = changeByOldId.get(section.id)
      r = {
        id: section.id,
        number: section.number,
        title: section.title,
        newNumber: sc?.new?.number ?? null,
        newTitle: sc?.new?.title ?? null,
        status: sc?.status ?? 'uendret',
        wordsAdded: sc?.wordsAdded ?? 0,
        wordsRemoved: sc?.wordsRemoved ?? 0,
        innspill: [],
      }
      sectionReports.set(section.id, r)
      doc.sections.push(r)
    }
    return r
  }

  const ukjenteMaal: Remark[] = []
  const merknader: Remark[] = []
  const perDokument: Record<string, number> = {}
  const perVurdering = zero()
  for (const r of respondents) {
    for (const i of r.innspill) {
      const entry: InnspillEntry = { respondent: r.navn, forSent: late(r), tekst: i.tekst, vurdering: i.vurdering, begrunnelse: i.begrunnelse, file: i.file, line: i.line }
      perVurdering[i.vurdering]++
      const doc = docReports.get(i.dokument)
      if (!doc) {
        ukjenteMaal.push({ file: i.file, line: i.line, message: `Dokumentet «${i.dokument}» finnes ikke i utkastet (${changes.old.label})`, tekst: `${r.navn}: innspillet gjelder et dokument som ikke finnes i utkastet` })
        continue
      }
      perDokument[doc.id] = (perDokument[doc.id] ?? 0) + 1
      if (i.avsnitt === null) {
        doc.innspill.push(entry)
        continue
      }
      const found = draftSections.get(i.avsnitt)
      if (!found || found.doc !== doc.id) {
        ukjenteMaal.push({ file: i.file, line: i.line, message: `Avsnittet «${i.avsnitt}» finnes ikke i ${doc.id} i utkastet`, tekst: `${r.navn}: innspillet gjelder ${sectionWords(i.avsnitt)} i ${doc.title}, som ikke finnes i utkastet` })
        doc.innspill.push(entry)
        continue
      }
      const sr = sectionReport(doc, found.section)
      sr.innspill.push(entry)
      if (i.vurdering === 'tatt til følge' && sr.status === 'uendret') {
        merknader.push({
          file: i.file,
          line: i.line,
          message: `Innspillet er «tatt til følge», men ${found.section.number ?? found.section.title} i ${doc.id} er uendret i ${changes.new.label}`,
          tekst: `${r.navn}: innspillet er «tatt til følge», men ${found.section.number ? `punkt ${found.section.number}` : `«${found.section.title}»`} i ${doc.title} er ikke endret`,
        })
      }
    }
  }

  // Changed sections with no innspill, and the changed ones among them kept in the report too.
  const endretUtenInnspill: HoringReport['endretUtenInnspill'] = []
  for (const dc of changes.documents) {
    const doc = docReports.get(dc.id)
    for (const sc of dc.sections) {
      if (sc.status === 'uendret' || !sc.old) continue
      const found = draftSections.get(sc.old.id)
      if (!doc || !found) continue
      const sr = sectionReport(doc, found.section)
      if (sr.innspill.length === 0) endretUtenInnspill.push({ document: dc.id, documentTitle: doc.title, id: sc.old.id, number: sc.old.number, title: sc.old.title, status: sc.status })
    }
  }
  // Draft order within each document.
  const order = new Map([...draftSections.keys()].map((id, i) => [id, i]))
  for (const doc of docReports.values()) doc.sections.sort((a, b) => order.get(a.id)! - order.get(b.id)!)

  return {
    fra: options.fraLabel ?? changes.old.label,
    til: options.tilLabel ?? changes.new.label,
    fraVersjon: versionsOf(changes, 'old'),
    tilVersjon: versionsOf(changes, 'new'),
    frist: options.frist ?? null,
    respondents: respondents.map((r) => {
      const vurderinger = zero()
      for (const i of r.innspill) vurderinger[i.vurdering]++
      return { navn: r.navn, kommune: r.kommune, organisasjon: r.organisasjon, mottatt: r.mottatt, forSent: late(r), file: r.file, antall: r.innspill.length, vurderinger }
    }),
    documents: [...docReports.values()],
    endretUtenInnspill,
    ukjenteMaal,
    merknader,
    totals: {
      respondenter: respondents.length,
      innspill: respondents.reduce((n, r) => n + r.innspill.length, 0),
      forSent: respondents.filter(late).reduce((n, r) => n + r.innspill.length, 0),
      perVurdering,
      perDokument,
    },
  }
}
