import { checkDateOption } from '../../dates.js'
import { AvtaleverkError } from '../../errors.js'
import type { AgreementSet } from '../../model.js'
import { type ChangeSet, diffSets, hasChanges } from '../../diff/changeset.js'
import { readSetAtRevision } from '../../diff/git.js'
import { updateHearingLabels } from '../../diff/labels.js'
import { checkTargets, writeFilesAtomically } from '../../io/write-files.js'
import { loadAgreementSet } from '../../parse/load.js'
import { renderDiffDocx } from '../../render/diff-docx.js'
import { renderDiffHtml } from '../../render/diff-html.js'
import { renderDiffMarkdown } from '../../render/diff-md.js'
import { renderDiffText } from '../../render/diff-text.js'
import { terminalText } from '../../render/terminal.js'
import { DIFF_FORMATS } from '../formats.js'
import { whileWriting } from '../interrupt.js'
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js'
import { emit } from '../output.js'


export interface DiffCommandOptions {
  format?: string
  out?: string
  force?: boolean
  color?: boolean
  ignoreFormatting?: boolean
  from?: string
  to?: string
  author?: string
  dato?: string
  updateLabels?: boolean
}

interface Versions {
  old: AgreementSet
  new: AgreementSet
  oldLabel: string
  newLabel: string
}

/**
 * `avtaleverk diff GAMMEL NY` or `avtaleverk diff MAPPE --from REV [--to REV]`: exit 0 when the
 * texts are the same, 1 when they differ, 2 on errors (like `diff` and `git diff --exit-code`).
 */
export async function diffCommand(first: string, second: string | undefined, options: DiffCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text'
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent format «${format}»; velg ett av: ${DIFF_FORMATS.join(', ')}`)
  }
  if (format === 'docx' && !options.out) throw new AvtaleverkError('bruksfeil', 'Word-filen må skrives til en fil: bruk --out endringer.docx')
  if (options.dato !== undefined) checkDateOption(options.dato, '--dato')
  if (options.updateLabels && options.to) {
    throw new AvtaleverkError('bruksfeil', '--update-labels skriver i filene på disk og kan ikke brukes med --to (en git-revisjon)')
  }

  const versions = await readVersions(first, second, options)
  const cs = diffSets(versions.old, versions.new, { ignoreFormatting: options.ignoreFormatting ?? false, oldLabel: versions.oldLabel, newLabel: versions.newLabel })
  // --update-labels writes over the new version's files: like any other write, only with --force,
  // and checked before the report is written, so a refusal leaves everything as it was.
  const updates = options.updateLabels ? updateHearingLabels(cs, versions.new).filter((u) => u.changed) : []
  const labelWrites = updates.map((u) => ({ target: u.path, data: u.after }))
  await checkTargets(labelWrites, { force: options.force ?? false })
  await emit(io, await render(cs, versions, format, options, io), options.out, options.force)

  if (options.updateLabels) {
    await whileWriting((signal) => writeFilesAtomically(labelWrites, { force: true, signal }))
    for (const u of updates) io.stderr(`${terminalText(u.path)}: høringsmerke satt til «${u.label}»\n`)
    if (updates.length === 0) io.stderr('Høringsmerkene var allerede riktige.\n')
  }
  return hasChanges(cs) ? EXIT_FINDINGS : EXIT_OK
}

async function readVersions(first: string, second: string | undefined, options: DiffCommandOptions): Promise<Versions> {
  if (options.from) {
    if (second !== undefined) throw new AvtaleverkError('bruksfeil', 'Med --from oppgis bare én mappe: avtaleverk diff MAPPE --from REV [--to REV]')
    const newSet = options.to ? await readSetAtRevision(first, options.to) : await loadAgreementSet(first)
    return { old: await readSetAtRevision(first, options.from), new: newSet, oldLabel: `${options.from}:${first}`, newLabel: options.to ? `${options.to}:${first}` : first }
  }
  if (options.to) throw new AvtaleverkError('bruksfeil', '--to krever --from')
  if (second === undefined) throw new AvtaleverkError('bruksfeil', 'Oppgi to versjoner: avtaleverk diff GAMMEL NY (eller én mappe med --from REV)')
  return { old: await loadAgreementSet(first), new: await loadAgreementSet(second), oldLabel: first, newLabel: second }
}

function render(cs: ChangeSet, versions: Versions, format: string, options: DiffCommandOptions, io: Io): Promise<string | Uint8Array> | string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(cs, null, 2)}\n`
    case 'md':
      return renderDiffMarkdown(cs)
    case 'html':
      return renderDiffHtml(cs)
    case 'docx':
      return renderDiffDocx(cs, { sets: { old: versions.old, new: versions.new }, ...(options.author ? { author: options.author } : {}), ...(options.dato ? { date: options.dato } : {}) })
    default:
      return renderDiffText(cs, { color: options.color !== false && io.isTTY && !options.out })
  }
}
