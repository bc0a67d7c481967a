/**
 * Text from the files (headings, file names, messages quoting them) on its way to a terminal.
 * Control characters — ESC and the rest of C0 but tab, DEL, the C1 range with its one-byte CSI,
 * and the bidirectional formatting characters — are shown as `\u001b` and so on: a file name
 * cannot start a line of its own that looks like `fil:1:1: …`, move the cursor, or recolour
 * the terminal. Every terminal format (stylish, the outline, the text diff, coverage, status,
 * error lines) passes what it did not write itself through here.
 */
const CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu
const CONTROLS_BUT_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One line of text for a terminal. `newlines`: keep line feeds, for text that has lines by design (a redline paragraph). */
export function terminalText(text: string, options: { newlines?: boolean } = {}): string {
  return text.replace(options.newlines ? CONTROLS_BUT_LF : CONTROLS, escape)
}
