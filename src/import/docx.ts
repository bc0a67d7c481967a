import type { ImportedTree } from './pipeline.js'
export async function docxTrees(_bytes: Uint8Array, _name: string): Promise<ImportedTree[]> {
  throw new Error('not yet')
}
