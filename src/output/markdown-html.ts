/**
 * The one place Markdown becomes HTML. Raw HTML in the Markdown is dropped, not passed through,
 * and every link and image address goes through the allow-list in url.ts: a link whose address
 * is not allowed becomes its text, an image its alt text. Agreement text, kommune blocks and
 * anything else rendered here can never bring a script into a page.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import { toHtml } from 'hast-util-to-html'
import { toHast, type Options as ToHastOptions } from 'mdast-util-to-hast'
import { append } from '../arrays.js'
import { isAllowedUrl } from './url.js'

export interface MarkdownHtmlOptions {
  /** Handlers for node types of our own (the signature block), as mdast-util-to-hast takes them. */
  handlers?: ToHastOptions['handlers']
}

/** Markdown tree → HTML, links and images through the allow-list. */
export function markdownToHtml(tree: Root, options: MarkdownHtmlOptions = {}): string {
  const hast = toHast(tree, { allowDangerousHtml: false, ...(options.handlers ? { handlers: options.handlers } : {}) })
  return toHtml(dropUnsafeUrls(hast) as HastRoot)
}

const text = (value: string): ElementContent => ({ type: 'text', value })

function unsafe(node: Element): boolean {
  const { href, src } = node.properties
  return (typeof href === 'string' && !isAllowedUrl(href)) || (typeof src === 'string' && !isAllowedUrl(src))
}

/** Replaces each element with a disallowed href or src by its text: a link's children, an image's alt. */
export function dropUnsafeUrls(node: HastNodes): HastNodes {
  if (!('children' in node)) return node
  const children: ElementContent[] = []
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element' && unsafe(child)) {
      if (child.tagName === 'img') {
        if (typeof child.properties.alt === 'string' && child.properties.alt) children.push(text(child.properties.alt))
      } else {
        // The element's own children, each checked in turn (a link may hold an image).
        append(children, (dropUnsafeUrls({ ...child, tagName: 'span' }) as Element).children)
      }
      continue
    }
    children.push(dropUnsafeUrls(child) as ElementContent)
  }
  return { ...node, children } as HastNodes
}
