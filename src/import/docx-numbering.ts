/**
 * Word's automatic numbering, as the reader sees it. A paragraph with numbering (its own
 * `w:numPr` or its style's) shows a number Word computes from numbering.xml: the level's
 * `lvlText` («%1.%2.») filled with counters in the level's format (decimal, a, A, i, I), starting
 * at `start`, restarted by a new `w:num` with `startOverride` and below every higher level.
 * mammoth drops these numbers; this module writes them into the paragraph as text and switches
 * the list off (numId 0), so that «4.2 UNN skal» and «a) er faglig gode» keep their numbers.
 * Bullets are left to mammoth, which makes them lists.
 */
import type { Document as XmlDocument, Element } from '@xmldom/xmldom'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

interface Level {
  start: number
  format: string
  text: string
  suffix: string
}

interface Num {
  abstractId: string
  overrides: Map<number, number>
}

const children = (el: Element, local: string): Element[] => {
  const out: Element[] = []
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === local && (c as Element).namespaceURI === W) out.push(c as Element)
  return out
}
const child = (el: Element | undefined | null, local: string): Element | undefined => (el ? children(el, local)[0] : undefined)
const val = (el: Element | undefined): string | null => (el ? el.getAttributeNS(W, 'val') || el.getAttribute('w:val') : null)

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [v, s] of table) while (n >= v) { out += s; n -= v }
  return out
}

function letters(n: number): string {
  // Word: a … z, then aa … zz, then aaa …
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n)
    case 'upperLetter': return letters(n).toUpperCase()
    case 'lowerRoman': return roman(n)
    case 'upperRoman': return roman(n).toUpperCase()
    case 'decimalZero': return String(n).padStart(2, '0')
    case 'none': return ''
    default: return String(n)
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>()
  private readonly nums = new Map<string, Num>()
  private readonly styleNum = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>()
  private readonly state = new Map<string, { counters: Array<number | undefined>; numId: string | null }>()

  constructor(numbering: XmlDocument | null, styles: XmlDocument | null) {
    const root = numbering?.documentElement
    if (root) {
      for (const a of children(root, 'abstractNum')) {
        const levels: Level[] = []
        for (const l of children(a, 'lvl')) {
          const ilvl = Number(l.getAttributeNS(W, 'ilvl') || l.getAttribute('w:ilvl') || 0)
          if (!(ilvl >= 0 && ilvl < 9)) continue
          levels[ilvl] = {
            start: Number(val(child(l, 'start')) ?? 1) || 0,
            format: val(child(l, 'numFmt')) ?? 'decimal',
            text: val(child(l, 'lvlText')) ?? '',
            suffix: val(child(l, 'suff')) ?? 'tab',
          }
        }
        this.abstracts.set(a.getAttributeNS(W, 'abstractNumId') || a.getAttribute('w:abstractNumId') || '', levels)
      }
      for (const n of children(root, 'num')) {
        const overrides = new Map<number, number>()
        for (const o of children(n, 'lvlOverride')) {
          const start = val(child(o, 'startOverride'))
          if (start !== null) overrides.set(Number(o.getAttributeNS(W, 'ilvl') || o.getAttribute('w:ilvl') || 0), Number(start))
        }
        this.nums.set(n.getAttributeNS(W, 'numId') || n.getAttribute('w:numId') || '', { abstractId: val(child(n, 'abstractNumId')) ?? '', overrides })
      }
    }
    const sroot = styles?.documentElement
    if (sroot) {
      for (const s of children(sroot, 'style')) {
        const numPr = child(child(s, 'pPr'), 'numPr')
        const ilvl = val(child(numPr, 'ilvl'))
        this.styleNum.set(s.getAttributeNS(W, 'styleId') || s.getAttribute('w:styleId') || '', {
          numId: val(child(numPr, 'numId')),
          ilvl: ilvl === null ? null : Number(ilvl),
          basedOn: val(child(s, 'basedOn')),
        })
      }
    }
  }

  /** The numbering a paragraph has: its own numPr, else its style's (following basedOn). */
  private numberingOf(p: Element): { numId: string; ilvl: number } | null {
    const pPr = child(p, 'pPr')
    const numPr = child(pPr, 'numPr')
    let numId = val(child(numPr, 'numId'))
    let ilvl = val(child(numPr, 'ilvl')) === null ? null : Number(val(child(numPr, 'ilvl')))
    let style = val(child(pPr, 'pStyle'))
    for (let guard = 0; style && guard < 20 && (numId === null || ilvl === null); guard++) {
      const s = this.styleNum.get(style)
      if (!s) break
      numId ??= s.numId
      ilvl ??= s.ilvl
      style = s.basedOn
    }
    if (numId === null || numId === '0') return null
    return { numId, ilvl: ilvl ?? 0 }
  }

  /** The number Word shows before this paragraph, or null (no numbering, or a bullet). Advances the counters. */
  labelFor(p: Element): { label: string; suffix: string } | null {
    const n = this.numberingOf(p)
    if (!n) return null
    const num = this.nums.get(n.numId)
    const levels = num ? this.abstracts.get(num.abstractId) : undefined
    const level = levels?.[n.ilvl]
    if (!num || !levels || !level) return null
    let st = this.state.get(num.abstractId)
    if (!st) this.state.set(num.abstractId, (st = { counters: [], numId: null }))
    if (st.numId !== n.numId) {
      // Another w:num of the same list: a startOverride restarts its levels.
      st.numId = n.numId
      for (const [l, start] of num.overrides) st.counters[l] = start - 1
    }
    const startOf = (l: number) => num.overrides.get(l) ?? levels[l]?.start ?? 1
    st.counters[n.ilvl] = st.counters[n.ilvl] === undefined ? startOf(n.ilvl) : st.counters[n.ilvl]! + 1
    for (let l = n.ilvl + 1; l < 9; l++) st.counters[l] = undefined
    if (level.format === 'bullet') return null
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1
      return formatNumber(st!.counters[l] ?? startOf(l), levels[l]?.format ?? 'decimal')
    })
    return { label, suffix: level.suffix === 'nothing' ? '' : ' ' }
  }
}

/**
 * Writes Word's numbers into the paragraphs of a document part and switches their numbering
 * off; returns how many paragraphs got a number.
 */
export function materialiseNumbering(doc: XmlDocument, numbering: Numbering): number {
  let count = 0
  const paragraphs = doc.getElementsByTagNameNS(W, 'p')
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!
    const found = numbering.labelFor(p)
    if (!found || found.label === '') continue
    count++
    let pPr = child(p, 'pPr')
    if (!pPr) {
      pPr = doc.createElementNS(W, 'w:pPr')
      p.insertBefore(pPr, p.firstChild)
    }
    const old = child(pPr, 'numPr')
    if (old) pPr.removeChild(old)
    const numPr = doc.createElementNS(W, 'w:numPr')
    const numId = doc.createElementNS(W, 'w:numId')
    numId.setAttributeNS(W, 'w:val', '0')
    numPr.appendChild(numId)
    pPr.insertBefore(numPr, pPr.firstChild)
    const r = doc.createElementNS(W, 'w:r')
    const t = doc.createElementNS(W, 'w:t')
    t.setAttribute('xml:space', 'preserve')
    t.appendChild(doc.createTextNode(found.label + found.suffix))
    r.appendChild(t)
    p.insertBefore(r, pPr.nextSibling)
  }
  return count
}
