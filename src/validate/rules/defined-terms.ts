/**
 * defined-terms: the agreement names its parties and words once («… kommune, heretter
 * «kommunen»», «Universitetssykehuset Nord-Norge HF, heretter «UNN»», «omtales partene i det
 * videre som «partnere»», «(heretter kalt Ahus)») and the set should keep to it. Reported:
 * - a word the agreement said it would call otherwise («Partene» after «omtales partene … som
 *   «partnere»»), in the documents that make up the agreement (not a veileder);
 * - the helseforetak's name written otherwise than the parties clause writes it («Universitetssykehuset
 *   i Nord-Norge HF» beside «Universitetssykehuset Nord-Norge HF»), anywhere in the set;
 * - the short name with «HF» glued on («UNN HF») where the agreement defined «UNN»;
 * - the agreement's own name with «kommunene» where the parties clause defined «kommunen»
 *   («Samarbeidsavtale mellom kommunene og UNN»): the agreement is made with one kommune;
 * Not reported: a title naming the kommune by its short name ({{kommune.navn}}) where the parties
 * clause uses the official one; a title may use the common name, the parties clause binds.
 * Definitions are read from the set's main agreement; a set without one is not judged.
 */
import type { Nodes, RootContent } from 'mdast'
import type { AgreementDocument, Range } from '../../model.js'
import { positionedText, rangeAt } from '../../parse/text.js'
import { samarbeidsavtale } from '../locate.js'
import { defineRule, type Finding } from '../types.js'

/** «X, heretter «Y»», «X (heretter kalt Y)», nynorsk «heretter kalla»/«heretter omtala som». */
const HERETTER = /[ \t]*,?[ \t]*\(?heretter(?:[ \t]+(?:kalt|kalla|omtalt[ \t]+som|omtala[ \t]+som))?[ \t]+(?:«([^»\n]{1,40})»|([\p{L}][\p{L}-]{0,30}))\)?/giu
/** Where the name before «heretter» begins: after the last «mellom», «og», «,» or «(». */
const NAME_START = /(?<![\p{L}])(?:mellom|og)[ \t]+|,[ \t]*|\([ \t]*/giu
/** «omtales partene i det videre som «partnere»» (nynorsk «omtalast … som»). */
const CALLED = /\bomtal(?:es|ast|ast)[ \t]+(\p{L}+)[ \t]+(?:i[ \t]+det[ \t]+vidare[ \t]+|i[ \t]+det[ \t]+videre[ \t]+)?som[ \t]+«([^»\n]{1,40})»/iu
const VARIABLE = /\{\{\s*([\w.]+)[^}]*\}\}/u
/** Document kinds that are the agreement itself (a veileder or vedlegg is outside its definitions). */
const AGREEMENT_KINDS = new Set(['samarbeidsavtale', 'retningslinje', 'tjenesteavtale', 'delavtale', 'særavtale'])
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Party {
  name: string
  term: string
}

interface Definitions {
  parties: Party[]
  /** «omtales partene som «partnere»»: the word and what it is called instead. */
  renamed: Array<{ word: string; term: string }>
  /** Where they are defined, for messages («Del 1 § 1»). */
  where: string
  /** The text (plain) and range of the defining block, not itself judged. */
  range: Range | null
}

interface Block {
  document: AgreementDocument
  text: string
  at: (start: number, end: number) => Range
}

/** The document's blocks as plain text; with `needles`, only the blocks whose source holds one of them (lower-cased). */
function blocksOf(document: AgreementDocument, needles?: string[]): Block[] {
  const holds = (n: RootContent) => {
    if (!needles) return true
    const raw = document.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? document.source.length).toLowerCase()
    return needles.some((x) => raw.includes(x))
  }
  return (document.tree.children as RootContent[])
    .filter((n) => n.type !== 'yaml' && n.type !== 'html' && n.type !== 'definition' && holds(n))
    .map((n) => {
      const pt = positionedText(n as Nodes)
      return { document, text: pt.text, at: (start: number, end: number) => rangeAt(pt, start, end) }
    })
}

function definitionsIn(main: AgreementDocument): Definitions | null {
  const parties: Party[] = []
  const renamed: Definitions['renamed'] = []
  let range: Range | null = null
  for (const block of blocksOf(main)) {
    for (const m of block.text.matchAll(HERETTER)) {
      const before = block.text.slice(Math.max(0, m.index - 120), m.index)
      let from = 0
      for (const b of before.matchAll(NAME_START)) from = b.index + b[0].length
      const name = before.slice(from).trim()
      const term = (m[1] ?? m[2] ?? '').trim()
      if (name && term) {
        parties.push({ name, term })
        range ??= block.at(0, block.text.length)
      }
    }
    const called = CALLED.exec(block.text)
    if (called) renamed.push({ word: called[1]!, term: called[2]! })
  }
  if (parties.length === 0 && renamed.length === 0) return null
  const section = main.sections.flatMap((s) => [s, ...s.children]).find((s) => range && s.range.start.line <= range.start.line && range.start.line <= s.range.end.line && s.children.length === 0)
  const where = section ? `${section.part !== null ? `del ${section.part} ` : ''}punkt ${section.number ?? section.title}` : 'partsklausulen'
  return { parties, renamed, where, range }
}

const inside = (r: Range, outer: Range | null) => outer !== null && r.start.line >= outer.start.line && r.end.line <= outer.end.line

export const definedTerms = defineRule({
  id: 'defined-terms',
  defaultSeverity: 'info',
  description: 'Partene og ordene avtalen definerer («heretter «UNN»», «omtales … som «partnere»») skal brukes slik i hele avtaleverket',
  defaultOptions: {},
  check({ set }) {
    const main = samarbeidsavtale(set)
    const defs = main ? definitionsIn(main) : null
    if (!main || !defs) return []
    const findings: Finding[] = []
    const where = `${defs.where} i samarbeidsavtalen`
    const agreementDocs = set.documents.filter((d) => AGREEMENT_KINDS.has(String(d.frontMatter.type)))
    const hf = defs.parties.find((p) => !VARIABLE.test(p.name) && /\bHF$|helseføretak|helseforetak/u.test(p.name))
    const kommune = defs.parties.find((p) => /kommune/iu.test(p.name) && /^kommunen$/iu.test(p.term))

    // Compiled once: the renamed words, the helseforetak's name and its short name with «HF».
    const renamed = defs.renamed.map((r) => ({ ...r, re: new RegExp(`(?<![\\p{L}])${escape(r.word)}(?![\\p{L}])`, 'giu') }))
    const first = hf?.name.split(/\s+/u)[0]
    const variant = first ? new RegExp(`(?<![\\p{L}])${escape(first)}(?:[ \\t]+[\\p{L}-]+){0,6}?[ \\t]+HF(?![\\p{L}])`, 'gu') : null
    const shortHf = hf && !/\bHF$/u.test(hf.term) ? new RegExp(`(?<![\\p{L}])${escape(hf.term)}[ \\t]+HF(?![\\p{L}])`, 'gu') : null
    // A document whose source holds none of the words looked for is not read block by block.
    const needles = [...defs.renamed.map((r) => r.word), ...(first ? [first] : []), ...(hf ? [hf.term] : []), 'samarbeidsavtal'].map((w) => w.toLowerCase())
    for (const document of set.documents) {
      const isAgreement = agreementDocs.includes(document)
      const source = document.source.toLowerCase()
      if (!needles.some((n) => source.includes(n))) continue
      for (const block of blocksOf(document, needles)) {
        const at = (start: number, end: number) => block.at(start, end)
        // The word the agreement renames: «Partene» after «omtales partene … som «partnere»».
        if (isAgreement) {
          for (const r of renamed) {
            for (const m of block.text.matchAll(r.re)) {
              const range = at(m.index, m.index + m[0].length)
              if (document === main && inside(range, defs.range)) continue
              if (/omtal\p{L}*[ \t]+$/iu.test(block.text.slice(Math.max(0, m.index - 12), m.index))) continue
              findings.push({ document, range, message: `«${m[0]}»: avtalen sier i ${where} at ${r.word} omtales som «${r.term}»; bruk det ordet` })
            }
          }
        }
        if (hf && variant) {
          // The helseforetak's legal name written otherwise: the first word … HF.
          for (const m of block.text.matchAll(variant)) {
            if (m[0].replace(/\s+/gu, ' ') === hf.name) continue
            findings.push({ document, range: at(m.index, m.index + m[0].length), severity: 'warning', message: `«${m[0]}» er ikke helseforetakets navn slik avtalen selv skriver det i ${where}: «${hf.name}»` })
          }
          // «UNN HF» where the agreement defined «UNN».
          if (isAgreement && shortHf) {
            for (const m of block.text.matchAll(shortHf)) {
              findings.push({ document, range: at(m.index, m.index + m[0].length), message: `«${m[0]}»: avtalen kaller helseforetaket «${hf.term}» (${where}), med fullt navn «${hf.name}»` })
            }
          }
        }
        // The agreement's own name with «kommunene» where the parties clause says «kommunen».
        if (isAgreement && kommune) {
          for (const m of block.text.matchAll(/(?<![\p{L}])samarbeidsavtal(?:e|en)[ \t]+mellom[ \t]+(?:kommunene[ \t]+og[ \t]+[\p{L}]+|[\p{L}]+[ \t]+og[ \t]+kommunene)(?![\p{L}])/giu)) {
            findings.push({
              document,
              range: at(m.index, m.index + m[0].length),
              message: `«${m[0]}»: avtalen er inngått med én kommune, «${kommune.term}» (${where}); den heter ellers «Samarbeidsavtale mellom ${kommune.term} og ${hf?.term ?? 'helseforetaket'}»`,
            })
          }
        }
      }
    }
    return findings
  },
})
