/**
 * The outline of a set as text (for `avtaleverk parse`) and the model as JSON-ready data.
 */
import type { AgreementDocument, AgreementSet, Section } from '../model.js'
import { terminalText } from '../output/terminal.js'

function sectionLabel(s: Section): string {
  if (s.kind === 'part') return `Del ${s.number}`
  return s.numberText ?? '–'
}

export function outlineText(set: AgreementSet): string {
  const lines: string[] = []
  for (const doc of set.documents) {
    const fm = doc.frontMatter
    const claims = fm.hotjl && fm.hotjl.length > 0 ? `  [hotjl § 6-2: ${fm.hotjl.join(', ')}]` : ''
    lines.push(`${doc.path}  (${fm.id}, ${fm.type}, ${[fm.status, fm.version].filter(Boolean).join(' ') || 'uten status'})${claims}`)
    lines.push(`  ${doc.title || fm.title}`)
    const walk = (sections: Section[], indent: string) => {
      for (const s of sections) {
        const points = [...new Set(s.citations.flatMap((c) => c.points))]
        const cites = points.length > 0 ? `  § 6-2: ${points.join(', ')}` : s.citations.length > 0 ? '  § 6-2' : ''
        lines.push(`${indent}${sectionLabel(s)} ${s.title}  {${s.id}}${cites}`)
        walk(s.children, indent + '  ')
      }
    }
    walk(doc.sections, '    ')
  }
  // Each entry is one line: a line break inside one came from a file name or a heading.
  return lines.map((l) => terminalText(l)).join('\n') + '\n'
}

/** The model without the mdast tree and raw source: what `parse --json` prints. */
/** A document as `parse --json` writes it: the model without the mdast tree and the source text (schemas/outline.schema.json). */
export type DocumentJson = Omit<AgreementDocument, 'tree' | 'source'>

/** A set as `parse --json` writes it (schemas/outline.schema.json). */
export interface SetJson {
  root: string
  documents: DocumentJson[]
}

export function documentToJson(doc: AgreementDocument): DocumentJson {
  const { tree: _tree, source: _source, ...rest } = doc
  return rest
}

export function setToJson(set: AgreementSet): SetJson {
  return { root: set.root, documents: set.documents.map(documentToJson) }
}
