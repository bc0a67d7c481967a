/**
 * `diff --update-labels`: writes each document's høring label ("revidert etter høringsrunde" /
 * "uendret etter høringsrunde") into the `hearing` key of the new version's front matter, from
 * what the ChangeSet says actually changed.
 *
 * The yaml Document API finds the key; the edit is a splice of the source text at the ranges it
 * reports, so every other byte of the file (comments, quoting, key order, line endings) stays as
 * it was. Re-serialising the YAML would reflow long titles and re-quote values.
 */
import { isMap, isScalar, parseDocument, type Pair } from 'yaml'
import { AvtaleverkError } from '../errors.js'
import type { AgreementSet, HearingLabel } from '../model.js'
import type { ChangeSet } from './changeset.js'

export interface LabelUpdate {
  id: string
  path: string
  label: HearingLabel
  /** The file text before and after; equal when the label was already right. */
  before: string
  after: string
  changed: boolean
}

/** Keys after which a missing `hearing` key is inserted, in order of preference (as in docs/transcription.md). */
const INSERT_AFTER = ['anchor', 'hotjl', 'date']

/**
 * The label edit for every document of `newSet` that is in both versions. Pure: the caller
 * writes the `after` texts that changed.
 */
export function updateHearingLabels(changeSet: ChangeSet, newSet: AgreementSet): LabelUpdate[] {
  const byId = new Map(newSet.documents.map((d) => [d.frontMatter.id, d]))
  const updates: LabelUpdate[] = []
  for (const change of changeSet.documents) {
    const doc = byId.get(change.id)
    if (!doc || !change.hearingLabel) continue
    const after = setHearingLabel(doc.source, change.hearingLabel, doc.path)
    updates.push({ id: change.id, path: doc.path, label: change.hearingLabel, before: doc.source, after, changed: after !== doc.source })
  }
  return updates
}

/** The source with its front matter's `hearing` key set to `label`, changing nothing else. */
export function setHearingLabel(source: string, label: HearingLabel, file = '<tekst>'): string {
  const block = /^(?:\uFEFF)?---[ \t]*(\r?\n)/u.exec(source)
  const close = block ? /^---[ \t]*$/mu.exec(source.slice(block[0].length)) : null
  if (!block || !close) throw new AvtaleverkError('mangler-front-matter', 'Mangler front matter: kan ikke sette høringsmerke', { file, line: 1 })
  const eol = block[1]!
  const start = block[0].length
  const yamlText = source.slice(start, start + close.index)
  const doc = parseDocument(yamlText)
  if (!isMap(doc.contents) || doc.contents.flow) {
    throw new AvtaleverkError('skjemafeil', 'Front matter må være en YAML-blokk med én nøkkel per linje for å få høringsmerke', { file, line: 2 })
  }
  const pairs = doc.contents.items as Pair[]
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '')
  const line = `hearing: ${label}`
  const existing = pairs.find((p) => keyOf(p) === 'hearing')
  let edited: string
  if (existing) {
    const from = (existing.key as { range: [number, number, number] }).range[0]
    const to = isScalar(existing.value) && existing.value.range ? existing.value.range[1] : (existing.key as { range: [number, number, number] }).range[2]
    if (yamlText.slice(from, to) === line) return source
    edited = yamlText.slice(0, from) + line + yamlText.slice(to)
  } else {
    const anchor = INSERT_AFTER.map((k) => pairs.find((p) => keyOf(p) === k)).find((p) => p !== undefined)
    const valueEnd = anchor && (anchor.value as { range?: [number, number, number] } | null)?.range?.[1]
    const lineEnd = valueEnd === undefined ? -1 : yamlText.indexOf('\n', valueEnd - 1)
    const at = lineEnd === -1 ? yamlText.length : lineEnd + 1
    const needsBreak = at > 0 && !yamlText.slice(0, at).endsWith('\n')
    edited = yamlText.slice(0, at) + (needsBreak ? eol : '') + line + eol + yamlText.slice(at)
  }
  checkOnlyHearingChanged(yamlText, edited, label, file)
  return source.slice(0, start) + edited + source.slice(start + yamlText.length)
}

/** The edit must leave every other key's value as it was; anything else is a bug, not a user error. */
function checkOnlyHearingChanged(before: string, after: string, label: HearingLabel, file: string): void {
  const a = parseDocument(before).toJS() as Record<string, unknown>
  const b = parseDocument(after).toJS() as Record<string, unknown>
  const { hearing: _old, ...restBefore } = a
  const { hearing, ...restAfter } = b
  if (hearing !== label || JSON.stringify(restBefore) !== JSON.stringify(restAfter)) {
    throw new AvtaleverkError('skrivefeil', 'Kunne ikke sette høringsmerket uten å endre annet i front matter', { file })
  }
}
