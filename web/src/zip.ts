/** Zips made in the page: fixed timestamps and file order, so the same input gives the same bytes. */
import { zipSync, type Zippable } from 'fflate'
import type { Folder } from './folders.js'

/** 1980-01-01, the earliest time a zip can hold: no clock in the output. */
const FIXED_TIME = new Date(1980, 0, 1)

export function zipFiles(files: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const tree: Zippable = {}
  for (const [path, data] of files) tree[path] = [data, { mtime: FIXED_TIME }]
  return zipSync(tree, { level: 6 })
}

export const zipFolder = (folder: Folder): Uint8Array => zipFiles([...folder.files].map(([p, d]) => [`${folder.name}/${p}`, d] as const))
