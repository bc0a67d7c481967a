/**
 * Where a kommune's copies go: `5501-tromso/`. Built only from the kommunenummer (four digits,
 * checked by the schema) and an ASCII slug of the name, so no name can lead out of the output
 * folder or produce a name a file system or a mail attachment would mangle.
 */

import { asciiSlug } from '../slug.js'

export { asciiSlug }

export function kommuneFolder(number: string, name: string): string {
  return `${number}-${asciiSlug(name)}`
}
