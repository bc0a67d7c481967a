/**
 * Coats of arms are recognised by their bytes and measured: real PNGs (the page images in
 * docs/img/) and real JPEGs (tests/fixtures/images/, made from one of them with ImageMagick:
 * baseline and progressive), then the same JPEG with its segments in another legal order, and
 * broken or foreign bytes, which are refused rather than measured wrong.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scaledTo, sniffImage } from '../../src/registry/image.js'
import { ROOT } from '../helpers.js'
import { kommuneYaml, registry } from './helpers.js'

const bytes = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)))
const JPEG = bytes('tests/fixtures/images/vaapen.jpg')

/** The JPEG's segments before its image data: [marker, whole segment bytes]. */
function segments(jpeg: Uint8Array): { head: Array<[number, Uint8Array]>; rest: Uint8Array } {
  const head: Array<[number, Uint8Array]> = []
  let i = 2
  for (;;) {
    const marker = jpeg[i + 1]!
    const length = (jpeg[i + 2]! << 8) | jpeg[i + 3]!
    head.push([marker, jpeg.slice(i, i + 2 + length)])
    i += 2 + length
    if (marker === 0xda) return { head, rest: jpeg.slice(i) }
  }
}
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
const SOI = new Uint8Array([0xff, 0xd8])

describe('sniffImage', () => {
  it('measures the PNGs in docs/img', () => {
    expect(sniffImage(bytes('docs/img/redline.png'))).toEqual({ type: 'png', width: 499, height: 704 })
    expect(sniffImage(bytes('docs/img/kommunekopi.png'))).toEqual({ type: 'png', width: 998, height: 704 })
  })

  it('measures a baseline and a progressive JPEG', () => {
    expect(sniffImage(JPEG)).toEqual({ type: 'jpg', width: 40, height: 56 })
    expect(sniffImage(bytes('tests/fixtures/images/vaapen-progressive.jpg'))).toEqual({ type: 'jpg', width: 40, height: 56 })
  })

  it('walks past Huffman tables before the frame and fill bytes between segments (not frames, though their markers lie among them)', () => {
    const { head, rest } = segments(JPEG)
    const frame = head.find(([m]) => m === 0xc0)!
    const tables = head.filter(([m]) => m === 0xc4)
    expect(tables.length).toBeGreaterThan(0)
    const others = head.filter(([m]) => m !== 0xc0 && m !== 0xc4 && m !== 0xda)
    const scan = head.find(([m]) => m === 0xda)!
    // Huffman tables first, each after a fill byte 0xFF, then the frame.
    const reordered = join(SOI, ...others.map(([, s]) => s), ...tables.flatMap(([, s]) => [new Uint8Array([0xff]), s]), frame[1], scan[1], rest)
    expect(sniffImage(reordered)).toEqual({ type: 'jpg', width: 40, height: 56 })
  })

  it('refuses what is not a PNG or JPEG, or is broken, instead of measuring it', () => {
    const png = bytes('docs/img/redline.png')
    expect(sniffImage(new TextEncoder().encode('GIF89a, et helt annet bilde'))).toBeNull()
    expect(sniffImage(new Uint8Array())).toBeNull()
    // The PNG signature without a whole header.
    expect(sniffImage(png.slice(0, 23))).toBeNull()
    // A PNG claiming zero width, or zero height.
    for (const at of [16, 20]) {
      const zero = png.slice()
      zero.set([0, 0, 0, 0], at)
      expect(sniffImage(zero), String(at)).toBeNull()
    }
    const { head, rest } = segments(JPEG)
    // A JPEG cut off before its frame header.
    expect(sniffImage(join(SOI, head[0]![1]))).toBeNull()
    expect(sniffImage(JPEG.slice(0, 4))).toBeNull()
    // Bytes where the next segment's 0xFF should be.
    expect(sniffImage(join(SOI, head[0]![1], new Uint8Array([0x00, 0xc0, 0, 17, 8, 0, 56, 0, 40, 3]), rest))).toBeNull()
    // A frame of zero width, or zero height.
    for (const at of [5, 7]) {
      const frame = head.find(([m]) => m === 0xc0)![1].slice()
      frame.set([0, 0], at)
      expect(sniffImage(join(SOI, ...head.map(([m, s]) => (m === 0xc0 ? frame : s)), rest)), String(at)).toBeNull()
    }
  })
})

describe('scaledTo', () => {
  it('keeps the proportions at the height asked, and is never narrower than a pixel', () => {
    expect(scaledTo({ width: 499, height: 704 }, 40)).toEqual({ width: 28, height: 40 })
    expect(scaledTo({ width: 40, height: 56 }, 112)).toEqual({ width: 80, height: 112 })
    expect(scaledTo({ width: 1, height: 1000 }, 10)).toEqual({ width: 1, height: 10 })
  })
})

describe('a JPEG coat of arms in the registry', () => {
  it('is read with its type and size', () => {
    const reg = registry([kommuneYaml('Kåfjord', '5426', '    vaapen: vaapen/kafjord.jpg\n')], undefined, { 'vaapen/kafjord.jpg': JPEG })
    expect(reg.kommuner[0]!.coatOfArms).toEqual({ path: 'vaapen/kafjord.jpg', type: 'jpg', width: 40, height: 56, data: JPEG })
  })
})
