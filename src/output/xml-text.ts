/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
 * lone surrogates) make a Word file that Word refuses to open and an XHTML page that fails to
 * parse. Input is checked for them when it is read; the writers remove any that get through, here.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu

/** The text without the characters XML 1.0 forbids (unchanged, and not copied, when it has none). */
export function xmlText(text: string): string {
  return text.search(FORBIDDEN) === -1 ? text : text.replace(FORBIDDEN, '')
}
