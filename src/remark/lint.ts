/**
 * avtaleverk as a remark plugin: `unified().use(remarkParse).use(avtaleverkLint)` validates the
 * file being processed and reports through vfile messages (ruleId, source `avtaleverk`, place
 * with offsets, url), the way remark-lint does, so vfile-reporter, remark-cli and the editor
 * integrations of the unified family show the findings.
 *
 * The plugin reads the file's text with avtaleverk's own parser (front matter, GFM tables and
 * footnotes, numbered sections), not the tree remark-parse made: rules need that model.
 */
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { AvtaleverkError, isAvtaleverkError } from '../errors.js'
import type { AgreementDocument, AgreementSet } from '../model.js'
import { parseDocument } from '../parse/document.js'
import { validate, type ValidateOptions } from '../validate/index.js'
import type { Diagnostic } from '../validate/types.js'

/** The plugin's options: validate's, and the rest of the set the file belongs to. */
export interface LintOptions extends Omit<ValidateOptions, 'loadErrors' | 'skipped' | 'unloaded'> {
  /**
   * The other documents of the file's set (loadAgreementSet, agreementSet): references into them
   * resolve and the set-level rules run. The file replaces the document of its path or id.
   * Without it the file is a set of one, and partial-set says so once.
   */
  set?: AgreementSet
}

/** Name of a file without a path, as vfile-reporter prints it. */
const DEFAULT_PATH = 'dokument.md'

/**
 * One diagnostic as a message on `file`: error → `fatal: true`, warning → `false`, info → unset
 * (vfile's three levels), with the rule id, source, place (offsets too) and documentation url.
 *
 * @example
 * ```ts
 * for (const d of validate(set)) if (d.file === file.path) diagnosticToMessage(d, file)
 * ```
 * @throws never
 */
export function diagnosticToMessage(d: Diagnostic, file: VFile): void {
  const start = { line: d.line, column: d.column, ...(d.offset !== undefined ? { offset: d.offset } : {}) }
  const end = d.endLine !== undefined && d.endColumn !== undefined ? { line: d.endLine, column: d.endColumn, ...(d.endOffset !== undefined ? { offset: d.endOffset } : {}) } : undefined
  const message = file.message(d.message, { place: end ? { start, end } : start, ruleId: d.ruleId, source: d.source ?? 'avtaleverk' })
  if (d.url) message.url = d.url
  message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined
}

/**
 * The remark plugin: validates the file and adds each finding as a vfile message.
 *
 * @example
 * ```ts
 * import { unified } from 'unified'
 * import remarkParse from 'remark-parse'
 * import remarkStringify from 'remark-stringify'
 * import { reporter } from 'vfile-reporter'
 * import { avtaleverkLint } from 'avtaleverk'
 *
 * const file = await unified().use(remarkParse).use(avtaleverkLint, { set }).use(remarkStringify).process(await read('agreements/04-retningslinje-4.md'))
 * console.error(reporter(file))
 * ```
 * @throws {@link AvtaleverkError} for options validate refuses (an unknown rule id, bad options or regular expressions); a file that cannot be read as an agreement is a fatal message, not a throw.
 */
export const avtaleverkLint: Plugin<[LintOptions?], Root> = function avtaleverkLint(options: LintOptions = {}) {
  const { set: context, ...validateOptions } = options
  return (_tree: Root, file: VFile) => {
    const path = file.path || DEFAULT_PATH
    let document: AgreementDocument | undefined
    const loadErrors: AvtaleverkError[] = []
    try {
      document = parseDocument(String(file.value ?? ''), { path })
    } catch (e) {
      if (!isAvtaleverkError(e)) throw e
      loadErrors.push(e.file ? e : new AvtaleverkError(e.code, e.message, { file: path, ...(e.line ? { line: e.line } : {}) }))
    }
    const id = document?.frontMatter.id
    const others = (context?.documents ?? []).filter((d) => d.path !== path && (id === undefined || d.frontMatter.id !== id))
    const set: AgreementSet = { root: context?.root ?? '', documents: document ? [...others, document] : others }
    for (const d of validate(set, { ...validateOptions, loadErrors })) if (d.file === path) diagnosticToMessage(d, file)
  }
}
