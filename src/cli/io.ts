/**
 * What every command shares: printing, exit codes, and turning library errors into
 * `fil:linje: melding` lines instead of stack traces.
 */
import { AvtaleverkError } from '../errors.js'

export const EXIT_OK = 0
/** Validation found errors, or diff found changes. */
export const EXIT_FINDINGS = 1
/** Usage, input or output errors. */
export const EXIT_ERROR = 2

export interface Io {
  /** Text, or bytes written as they are (a .docx to a pipe). */
  stdout: (data: string | Uint8Array) => void
  stderr: (text: string) => void
  /** Whether stdout is a terminal (colours on). */
  isTTY: boolean
  cwd: string
}

export const processIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
})

/** JavaScript's own errors that bad input can still provoke, in Norwegian; others by name and message. */
export function engineMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  if (/Invalid string length/i.test(message)) return 'resultatet ble for stort til å lages som én tekst; del opp inndataene eller velg et annet format'
  if (/Maximum call stack size exceeded/i.test(message)) return 'inndataene er nestet for dypt til å behandles'
  if (/Invalid array length|Array buffer allocation failed/i.test(message)) return 'inndataene er for store til å behandles'
  return message
}

/** Prints an error the user can act on; an unexpected one gets its message, not its stack. */
export function reportError(io: Io, e: unknown): number {
  if (e instanceof AvtaleverkError) {
    io.stderr(`${e.format()}\n`)
    const count = 1 + e.details.length
    if (count > 1) io.stderr(`${count} feil.\n`)
  } else {
    io.stderr(`avtaleverk: uventet feil: ${engineMessage(e)}\n`)
    io.stderr('Dette er en feil i avtaleverk; meld den gjerne med kommandoen og filene som ga den.\n')
  }
  return EXIT_ERROR
}
