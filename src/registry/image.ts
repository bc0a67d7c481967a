/**
 * Coats of arms: PNG or JPEG, recognised by their bytes (not their names) and measured, so
 * the HTML and Word headers can show them at a fixed height without distorting them.
 */
export interface CoatOfArms {
  /** As written in the registry, relative to the registry file. */
  path: string
  type: 'png' | 'jpg'
  data: Uint8Array
  width: number
  height: number
}

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height of a PNG or JPEG; null when the bytes are neither (or broken). */
export function sniffImage(data: Uint8Array): Pick<CoatOfArms, 'type' | 'width' | 'height'> | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.length >= 24 && PNG_SIGNATURE.every((b, i) => data[i] === b)) {
    const width = view.getUint32(16)
    const height = view.getUint32(20)
    return width > 0 && height > 0 ? { type: 'png', width, height } : null
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let i = 2
    // Walk the segments to the frame header (SOFn), which holds the size.
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null
      const marker = data[i + 1]!
      if (marker === 0xff) {
        i++
        continue
      }
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
      if (isFrame) {
        const height = view.getUint16(i + 5)
        const width = view.getUint16(i + 7)
        return width > 0 && height > 0 ? { type: 'jpg', width, height } : null
      }
      i += 2 + view.getUint16(i + 2)
    }
  }
  return null
}

/** Size at a given height in pixels, keeping the proportions. */
export function scaledTo(image: Pick<CoatOfArms, 'width' | 'height'>, height: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round((image.width * height) / image.height)), height }
}
