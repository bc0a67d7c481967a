/**
 * Zipping a Word file's parts, deterministically, without the docx package (so a writer that
 * fills precompiled XML does not load it): entries in the order given, every one with the same
 * fixed time and deflate level, so the same parts give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate'

/** A Word file's parts, in the order they are zipped ([Content_Types].xml first, then by name). */
export type DocxParts = ReadonlyArray<readonly [name: string, data: Uint8Array]>

/**
 * Zip entries get this time. DOS times are local wall-clock times, and fflate reads the Date's
 * local fields: a local date gives the same bytes in every timezone (a UTC one would not, and
 * west of UTC would fall before 1980, which zip cannot store).
 */
const FIXED_MTIME = new Date(1980, 0, 1, 12, 0, 0)

export function zipParts(parts: DocxParts): Uint8Array {
  const out: Zippable = {}
  for (const [name, data] of parts) out[name] = [data, { mtime: FIXED_MTIME, level: 6 }]
  return zipSync(out)
}

/** One part, deflated, as zipSync writes it: its local header and data, and its central directory record. */
export interface ZipEntry {
  local: Uint8Array
  central: Uint8Array
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/**
 * A part zipped on its own by fflate, cut into its two records. A part that is the same in every
 * copy is deflated once this way and reused: fflate has no call that takes data deflated before
 * (its streaming Zip writes data descriptors, which would change the bytes).
 */
export function zipEntry(name: string, data: Uint8Array): ZipEntry {
  const one = zipSync({ [name]: [data, { mtime: FIXED_MTIME, level: 6 }] })
  const localLength = 30 + u16(one, 26) + u16(one, 28) + u32(one, 18)
  return { local: one.subarray(0, localLength), central: one.subarray(localLength, one.length - 22) }
}

/**
 * The entries as one zip, byte for byte what zipSync gives for the same parts in the same order:
 * the local records one after the other, then the central records, each pointed at its local
 * record, then the end record.
 */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  let size = 22
  for (const e of entries) size += e.local.length + e.central.length
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  for (const e of entries) {
    offsets.push(at)
    out.set(e.local, at)
    at += e.local.length
  }
  const directory = at
  entries.forEach((e, i) => {
    out.set(e.central, at)
    view.setUint32(at + 42, offsets[i]!, true)
    at += e.central.length
  })
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, at - directory, true)
  view.setUint32(at + 16, directory, true)
  return out
}
