import { stat } from 'node:fs/promises'
import path from 'node:path'
import { AvtaleverkError, type FormatSpec, terminalText, writeFileAtomic } from '../node.js'
import { whileWriting } from './interrupt.js'
import type { Io } from './io.js'

/**
 * --out must not lead through a file (`rapport.txt/x`): the nearest existing folder above it
 * has to be a folder. Checked as an argument, before anything is written.
 */
export async function checkOutPath(out: string): Promise<void> {
  let dir = path.dirname(path.resolve(out))
  for (;;) {
    const info = await stat(dir).catch(() => null)
    if (info) {
      if (!info.isDirectory()) throw new AvtaleverkError('bruksfeil', `--out går gjennom «${dir}», som er en fil og ikke en mappe; velg en annen sti`, { file: out })
      return
    }
    const parent = path.dirname(dir)
    if (parent === dir) return
    dir = parent
  }
}

/** A command's result goes to --out (safely) or to standard output. */
export async function emit(io: Io, content: string | Uint8Array, out: string | undefined, force = false): Promise<void> {
  if (out) {
    await checkOutPath(out)
    await whileWriting((signal) => writeFileAtomic(out, content, { force, signal }))
    io.stderr(`Skrev ${terminalText(out)}\n`)
  } else {
    io.stdout(content)
  }
}

/** Bytes (a .docx) go to a file: a terminal would show noise, a pipe is rarely what was meant. */
export function checkBinaryOut(spec: Pick<FormatSpec<unknown, unknown, never>, 'binary' | 'extension'>, out: string | undefined, example: string): void {
  if (spec.binary && !out) throw new AvtaleverkError('bruksfeil', `Formatet ${spec.extension} må skrives til en fil: bruk --out ${example}.${spec.extension}`)
}
