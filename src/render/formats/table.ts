/** What every output family's FORMATS table holds per format, and how a name is looked up. */
import { AvtaleverkError } from '../../errors.js'

/** One output format of a family: how it renders and what it gives. */
export interface FormatSpec<R, O, Out extends string | Uint8Array | Promise<string | Uint8Array>> {
  /** True when the output is bytes (a .docx), which belong in a file rather than a terminal. */
  binary: boolean
  /** The file name extension, without the dot. */
  extension: string
  mediaType: string
  render: (result: R, options: O) => Out
}

/**
 * The spec of `name` in `table`; an unknown name is an AvtaleverkError that lists the known ones.
 *
 * @throws {@link AvtaleverkError} `bruksfeil` when `name` is not a format of the table.
 */
export function formatSpec<T>(table: Readonly<Record<string, T>>, name: unknown): T {
  if (typeof name !== 'string' || !Object.hasOwn(table, name)) {
    throw new AvtaleverkError('bruksfeil', `Ukjent format «${String(name)}»; velg ett av: ${Object.keys(table).join(', ')}`)
  }
  return table[name]!
}
