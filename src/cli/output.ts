import { writeFileAtomic } from '../io/write-file.js'
import type { Io } from './io.js'

/** A command's result goes to --out (safely) or to standard output. */
export async function emit(io: Io, content: string | Uint8Array, out: string | undefined, force = false): Promise<void> {
  if (out) {
    await writeFileAtomic(out, content, { force })
    io.stderr(`Skrev ${out}\n`)
  } else {
    io.stdout(content)
  }
}
