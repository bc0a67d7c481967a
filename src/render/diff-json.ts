/** A ChangeSet as JSON (schemas/changeset.schema.json), the form `diff --format json` prints. */
import type { ChangeSet } from '../diff/changeset.js'

/**
 * The ChangeSet as indented JSON with a final newline.
 *
 * @throws never
 */
export function formatChangeSetJson(changeSet: ChangeSet): string {
  return `${JSON.stringify(changeSet, null, 2)}\n`
}
