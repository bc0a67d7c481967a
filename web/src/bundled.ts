/**
 * The bundled 2023 agreement, from the core's copy in memory (BUNDLED_AGREEMENTS: agreements/
 * of the package as text), so it opens with no server and no request: the start of a session.
 */
import { BUNDLED_AGREEMENTS } from '@core'
import { folderKey, type Folder, utf8 } from './folders.js'

export function bundledFolder(): Folder {
  const files = new Map(
    Object.entries(BUNDLED_AGREEMENTS)
      .map(([p, text]) => [p.slice(p.lastIndexOf('/') + 1), utf8.encode(text)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  return { key: folderKey(), name: 'agreements', files }
}
