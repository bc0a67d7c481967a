import { AvtaleverkError, checkDiffFormatOptions, checkHearingLabels, DIFF_FORMATS, type DiffFormat, diffSets, formatSpec, hasChanges, loadVersionPair, terminalText, updateHearingLabels, writeHearingLabels } from '../../node.js'
import { whileWriting } from '../interrupt.js'
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js'
import { checkBinaryOut, emit } from '../output.js'

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

/**
 * `avtaleverk diff GAMMEL NY` or `avtaleverk diff MAPPE --from REV [--to REV]`: exit 0 when the
 * texts are the same, 1 when they differ, 2 on errors (like `diff` and `git diff --exit-code`).
 */
export async function diffCommand(first: string, second: string | undefined, options: DiffCommandOptions, io: Io): Promise<number> {
  const spec = formatSpec(DIFF_FORMATS, (options.format ?? 'text') as DiffFormat)
  checkBinaryOut(spec, options.out, 'endringer')
  const renderOptions = {
    color: options.color !== false && io.isTTY && !options.out,
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(options.dato !== undefined ? { date: options.dato } : {}),
  }
  // Before anything is read: a wrong --dato fails at once, whatever the format.
  checkDiffFormatOptions(renderOptions)
  if (options.updateLabels && options.to) {
    throw new AvtaleverkError('bruksfeil', '--update-labels skriver i filene på disk og kan ikke brukes med --to (en git-revisjon)')
  }

  const pair = await loadVersionPair({ old: first, ...(second !== undefined ? { new: second } : {}), ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}) })
  const cs = diffSets(pair.old, pair.new, { ignoreFormatting: options.ignoreFormatting ?? false, oldLabel: pair.oldLabel, newLabel: pair.newLabel })
  // --update-labels writes over the new version's files: like any other write, only with --force,
  // and checked before the report is written, so a refusal leaves everything as it was.
  const updates = options.updateLabels ? updateHearingLabels(cs, pair.new) : []
  await checkHearingLabels(updates, { force: options.force ?? false })
  await emit(io, await spec.render(cs, { ...renderOptions, old: pair.old, new: pair.new }), options.out, options.force)

  if (options.updateLabels) {
    const written = await whileWriting((signal) => writeHearingLabels(updates, { force: true, signal }))
    for (const u of written) io.stderr(`${terminalText(u.path)}: høringsmerke satt til «${u.label}»\n`)
    if (written.length === 0) io.stderr('Høringsmerkene var allerede riktige.\n')
  }
  return hasChanges(cs) ? EXIT_FINDINGS : EXIT_OK
}
