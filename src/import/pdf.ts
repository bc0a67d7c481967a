import type { Layout } from './layout.js'
export async function pdfLayout(_bytes: Uint8Array, _name: string): Promise<Layout> {
  throw new Error('not yet')
}
