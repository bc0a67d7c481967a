/**
 * parseDocument: one agreement Markdown file → AgreementDocument. Every way a file can be bad
 * (empty, binary, too large, nested beyond reason, no or broken front matter, schema errors,
 * duplicate explicit ids) ends in an AvtaleverkError with file and line, never in an uncaught
 * exception or a hang.
 */
import type { Nodes, Root } from 'mdast'
import { AvtaleverkError, combineErrors, tooLargeError } from '../errors.js'
import type { AgreementDocument, Section } from '../model.js'
import { checkXmlCharacters, normaliseLineEnds } from './decode.js'
import { checkFrontMatter, parseYaml } from './front-matter.js'
import { parseMarkdown } from './markdown.js'
import { buildSections } from './sections.js'
import type { WorkCounter } from './work.js'
import { utf8Length } from '../platform/bytes.js'
import { pathologicalShape } from './shape.js'

export interface ParseOptions {
  /** Path used in diagnostics and kept on the document. */
  path?: string
  /** Refuse larger inputs (bytes of UTF-8). The bundled set is ~110 KB in all. Default 2 MiB. */
  maxBytes?: number
  /** Refuse deeper nesting of lists and quotes. Default 64. */
  maxDepth?: number
  /** Receives the work text extraction does (for the linear-time tests of issue #10). */
  work?: WorkCounter
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024
export const DEFAULT_MAX_DEPTH = 64

function checkInput(markdown: string, file: string, maxBytes: number): void {
  const bytes = utf8Length(markdown)
  if (bytes > maxBytes) throw tooLargeError(file, bytes, maxBytes)
  if (markdown.trim() === '') throw new AvtaleverkError('tom-fil', 'Filen er tom', { file, line: 1 })
  const nul = markdown.indexOf('\u0000')
  const replacement = (markdown.slice(0, 8192).match(/\uFFFD/g) ?? []).length
  if (nul >= 0 || replacement > 8) {
    const line = nul >= 0 ? markdown.slice(0, nul).split('\n').length : 1
    throw new AvtaleverkError('binærfil', 'Filen ser ut til å være binær, ikke Markdown-tekst (er det en Word- eller PDF-fil?)', { file, line })
  }
  checkXmlCharacters(markdown, file)
}

/** Deepest nesting of the tree, walked iteratively; returns the first node past the limit. */
function tooDeep(tree: Root, maxDepth: number): Nodes | null {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > maxDepth) return node
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
  return null
}

function parseTree(markdown: string, file: string, maxDepth: number): Root {
  const shape = pathologicalShape(markdown, maxDepth)
  if (shape) throw new AvtaleverkError(shape.code, shape.message, { file, line: shape.line })
  let tree: Root
  try {
    tree = parseMarkdown(markdown)
  } catch (e) {
    if (e instanceof RangeError) {
      throw new AvtaleverkError('for-dyp', `Dokumentet er nestet for dypt (lister eller sitater i mer enn ${maxDepth} nivåer)`, { file, line: 1 })
    }
    throw e
  }
  const deep = tooDeep(tree, maxDepth)
  if (deep) {
    throw new AvtaleverkError('for-dyp', `Dokumentet er nestet for dypt (lister eller sitater i mer enn ${maxDepth} nivåer)`, {
      file,
      line: deep.position?.start.line ?? 1,
    })
  }
  return tree
}

/**
 * One agreement document from its Markdown text: front matter checked against
 * schemas/agreement.schema.json, numbered sections, § 6-2 citations, law citations, references
 * and template variables, each with its place. Pure: no file is read.
 *
 * @example
 * ```ts
 * const doc = parseDocument(markdown, { path: 'retningslinje-3.md' })
 * console.log(doc.frontMatter.id, doc.sections.map((s) => s.number))
 * ```
 * @throws {@link AvtaleverkError} for text that is not an agreement document: no or invalid front
 * matter (`mangler-front-matter`, `ugyldig-yaml`, `skjemafeil`, at the key's line), text over
 * `maxBytes` (`for-stor`), nesting deeper than `maxDepth` (`for-dyp`), characters XML forbids or a
 * Markdown shape the parser cannot read in linear time (`for-kompleks`).
 */
export function parseDocument(input: string, options: ParseOptions = {}): AgreementDocument {
  const file = options.path ?? '<tekst>'
  if (typeof input !== 'string') throw new AvtaleverkError('lesefeil', 'Innholdet er ikke tekst', { file })
  const markdown = normaliseLineEnds(input)
  checkInput(markdown, file, options.maxBytes ?? DEFAULT_MAX_BYTES)
  const tree = parseTree(markdown, file, options.maxDepth ?? DEFAULT_MAX_DEPTH)

  const first = tree.children[0]
  if (!first || first.type !== 'yaml') {
    throw new AvtaleverkError(
      'mangler-front-matter',
      'Mangler front matter: filen må begynne med en YAML-blokk mellom to linjer med «---» (id, type, title, version, status, date)',
      { file, line: 1 },
    )
  }
  const yamlFirstLine = (first.position?.start.line ?? 1) + 1
  const { value, keyLines } = parseYaml(first.value, file, yamlFirstLine)
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !('id' in value) && !('type' in value)) {
    throw new AvtaleverkError('ikke-avtale', 'Front matter uten «id» og «type»: filen er ikke et avtaledokument', { file, line: yamlFirstLine })
  }
  const { frontMatter, written, language } = checkFrontMatter(value, file, keyLines, yamlFirstLine)

  const built = buildSections(tree.children, frontMatter.id, options.work ? { work: options.work } : {})
  checkExplicitIds(built.sections, file)
  const preambleBlocks = built.preamble.map((b) => b.text)
  return {
    path: file,
    frontMatter,
    frontMatterLines: keyLines,
    written,
    language,
    title: built.title,
    titleRange: built.titleRange,
    preamble: {
      text: preambleBlocks.join('\n\n'),
      blocks: preambleBlocks,
      citations: built.preamble.flatMap((b) => b.citations),
      lawCitations: built.preamble.flatMap((b) => b.lawCitations),
      references: built.preamble.flatMap((b) => b.references),
      variables: built.preamble.flatMap((b) => b.variables),
    },
    sections: built.sections,
    tree,
    source: markdown,
  }
}

/** Every section of a document, depth first, in document order. */
export function allSections(sections: Section[]): Section[] {
  const out: Section[] = []
  const walk = (list: Section[]) => {
    for (const s of list) {
      out.push(s)
      walk(s.children)
    }
  }
  walk(sections)
  return out
}

function checkExplicitIds(sections: Section[], file: string): void {
  const seen = new Map<string, Section>()
  const errors: AvtaleverkError[] = []
  for (const s of allSections(sections)) {
    const before = seen.get(s.id)
    if (before) {
      errors.push(
        new AvtaleverkError('duplisert-id', `Avsnitts-id «${s.id}» er brukt før (linje ${before.headingRange.start.line}); hver id må være unik`, {
          file,
          line: s.headingRange.start.line,
          column: s.headingRange.start.column,
        }),
      )
    } else seen.set(s.id, s)
  }
  if (errors.length > 0) throw combineErrors(errors)
}
