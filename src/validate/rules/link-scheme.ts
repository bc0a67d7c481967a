/**
 * link-scheme: a link, image or link definition whose address is not http, https, mailto,
 * relative or a #fragment. `generate` and every HTML and Word writer print such a link as plain
 * text (src/output/url.ts), so the kommune copy silently loses it; a `javascript:` address is
 * also what an attack through the agreement text would look like. An error: the text must say
 * where a link goes in a way every copy can carry.
 */
import type { Nodes } from 'mdast'
import { ALLOWED_SCHEMES, isAllowedUrl } from '../../output/url.js'
import { defineRule, type Finding } from '../types.js'

/** The address as the reader should see it in a message: control characters shown as \u escapes, long ones cut. */
function shown(url: string): string {
  const visible = url.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible
}

const KIND = { link: 'Lenken', image: 'Bildet', definition: 'Lenkedefinisjonen' } as const

export const linkScheme = defineRule({
  id: 'link-scheme',
  defaultSeverity: 'error',
  description: `Lenker og bilder skal gå til ${ALLOWED_SCHEMES.join(', ')}, en relativ adresse eller et #-anker`,
  defaultOptions: {},
  check({ set }) {
    const findings: Finding[] = []
    for (const document of set.documents) {
      const stack: Nodes[] = [document.tree]
      while (stack.length > 0) {
        const node = stack.pop()!
        if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isAllowedUrl(node.url) && node.position) {
          findings.push({
            document,
            range: { start: { line: node.position.start.line, column: node.position.start.column }, end: { line: node.position.end.line, column: node.position.end.column } },
            message: `${KIND[node.type]} går til «${shown(node.url)}»; bare ${ALLOWED_SCHEMES.join(', ')}, relative adresser og #-anker er tillatt. Kommuneutgavene (HTML og Word) viser den som vanlig tekst`,
          })
        }
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
      }
    }
    return findings
  },
})
