/**
 * The sentences of a document, each with its section and its place in the source: the unit the
 * text-reading rules (drifted copies, defined terms, promised content) compare and report at.
 * Made once per document and kept for as long as the document lives, so that rules share it.
 */
import type { Nodes, RootContent } from 'mdast'
import type { AgreementDocument, Range, Section } from '../model.js'
import { allSections } from '../parse/document.js'
import { positionedText, rangeAt } from '../parse/text.js'

export interface Sentence {
  document: AgreementDocument
  /** The section whose own text holds it; null in the preamble (before the first section). */
  section: Section | null
  text: string
  range: Range
}

/**
 * A sentence ends at «.», «!» or «?» before a capital letter, a quote or a parenthesis
 * («… hjelp. Jf. helse- …»), and at every line break (list items, lines of a table). «jf. § 6-2»,
 * «kl. 8-14» and «f.eks. sykepleier» go on: what follows is no capital.
 */
const SENTENCE_END = /(?<=[.!?])[ \t]+(?=[\p{Lu}«"“(])|\n+/gu

const cache = new WeakMap<AgreementDocument, Sentence[]>()

/** The section each top-level node lies in: the last section whose heading is above it. */
function sectionAt(sections: Section[]): (line: number) => Section | null {
  const ordered = [...sections].sort((a, b) => a.headingRange.start.line - b.headingRange.start.line)
  let i = -1
  // Asked with ascending lines: one walk over the sections.
  return (line: number) => {
    while (i + 1 < ordered.length && ordered[i + 1]!.headingRange.start.line <= line) i++
    return i >= 0 ? ordered[i]! : null
  }
}

export function sentencesOf(document: AgreementDocument): Sentence[] {
  const cached = cache.get(document)
  if (cached) return cached
  const out: Sentence[] = []
  const at = sectionAt(allSections(document.sections))
  for (const node of document.tree.children as RootContent[]) {
    if (node.type === 'yaml' || node.type === 'heading' || node.type === 'html' || node.type === 'definition') continue
    const line = node.position?.start.line ?? 0
    if (document.titleRange && line <= document.titleRange.start.line) continue
    const section = at(line)
    const pt = positionedText(node as Nodes)
    let start = 0
    const push = (end: number) => {
      const raw = pt.text.slice(start, end)
      const lead = raw.length - raw.trimStart().length
      const text = raw.trim()
      if (text) out.push({ document, section, text, range: rangeAt(pt, start + lead, start + lead + text.length) })
    }
    for (const m of pt.text.matchAll(SENTENCE_END)) {
      push(m.index)
      start = m.index + m[0].length
    }
    push(pt.text.length)
  }
  cache.set(document, out)
  return out
}
