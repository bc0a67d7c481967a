/**
 * What every command shares: printing, exit codes, and turning library errors into
 * `fil:linje: melding` lines instead of stack traces.
 */
import { formatErrorLine, isAvtaleverkError, terminalText } from '../node.js'

export const EXIT_OK = 0
/** Validation found errors, or diff found changes. */
export const EXIT_FINDINGS = 1
/** Usage, input or output errors. */
export const EXIT_ERROR = 2
/** Stopped by SIGINT/SIGTERM while writing; what was written is removed. */
export const EXIT_INTERRUPTED = 130

/** The library names what to pass (`{ force: true }`, `{ date }`); the CLI names its flag. */
const LIBRARY_OPTIONS: ReadonlyArray<[string, string]> = [
  ['{ force: true }', '--force'],
  ['{ date }', '--dato'],
  ['{ frist }', '--frist'],
  ['{ from }', '--from'],
  ['{ to }', '--to'],
  ['{ kommuner }', '--kommuner'],
  ['{ old, new }', 'GAMMEL NY'],
  ['{ variables: true }', '--variables'],
]

/** A library message in the CLI's words: every option named as its flag. */
export function cliMessage(message: string): string {
  return LIBRARY_OPTIONS.reduce((m, [option, flag]) => m.replaceAll(option, flag), message)
}

export interface Io {
  /** Text, or bytes written as they are (a .docx to a pipe). */
  stdout: (data: string | Uint8Array) => void
  stderr: (text: string) => void
  /** Whether stdout is a terminal (colours on). */
  isTTY: boolean
  cwd: string
}

/**
 * A stream whose reader has gone (`avtaleverk diff … | head -1`): the rest of the output has
 * nowhere to go, so it is dropped quietly and the command ends with its own exit code, instead
 * of Node's unhandled 'error' event with a stack trace. Any other stream error is reported once.
 */
export function quietWhenClosed(stream: NodeJS.WriteStream): (data: string | Uint8Array) => void {
  let closed = false
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (closed) return
    closed = true
    if (e.code !== 'EPIPE' && stream !== process.stderr) process.stderr.write(`avtaleverk: kunne ikke skrive utdata: ${e.code ?? e.message}\n`)
    if (e.code !== 'EPIPE') process.exitCode = EXIT_ERROR
  })
  return (data) => {
    if (!closed) stream.write(data)
  }
}

export const processIo = (): Io => ({
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
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
  if (isAvtaleverkError(e)) {
    // One line per error, whatever the file names and messages hold.
    for (const one of [e, ...e.details]) io.stderr(`${terminalText(cliMessage(formatErrorLine(one)))}\n`)
    const count = 1 + e.details.length
    if (count > 1) io.stderr(`${count} feil.\n`)
    if (e.code === 'avbrutt') return EXIT_INTERRUPTED
  } else {
    io.stderr(`avtaleverk: uventet feil: ${terminalText(engineMessage(e))}\n`)
    io.stderr('Dette er en feil i avtaleverk; meld den gjerne med kommandoen og filene som ga den.\n')
  }
  return EXIT_ERROR
}
