/**
 * The one allow-list of link and image addresses for everything avtaleverk writes (HTML pages,
 * Word hyperlinks) and for the `link-scheme` rule: http, https and mailto, relative addresses and
 * #fragments. Anything else — javascript:, vbscript:, data:, file:, and obfuscations of them in
 * mixed case or with tabs, newlines or entities inside the scheme — is not a link; the writers
 * print its text instead.
 *
 * The decision is micromark's own `sanitizeUri` (what micromark uses for the HTML it writes): it
 * percent-encodes the address as the HTML will carry it, so a tab or a control character inside
 * «java	script:» makes it no scheme we allow, rather than one a browser would read once it had
 * removed the tab.
 */
import { sanitizeUri } from 'micromark-util-sanitize-uri'

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const

const ALLOWED = new RegExp(`^(?:${ALLOWED_SCHEMES.join('|')})$`, 'i')

/** Whether an address (as the Markdown tree holds it, entities decoded) may become a link or image. */
export function isAllowedUrl(url: string): boolean {
  return url === '' || sanitizeUri(url, ALLOWED) !== ''
}

/** Whether an allowed address is absolute (has one of the allowed schemes), as a Word hyperlink needs. */
export function isAbsoluteAllowedUrl(url: string): boolean {
  return isAllowedUrl(url) && /^[a-z]+:/i.test(url)
}
