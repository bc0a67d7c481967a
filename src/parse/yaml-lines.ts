/**
 * Lines of nested YAML keys, so that a schema error deep in a data file (innspill, registry,
 * signatures) is reported at the line of the offending key rather than at the top.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, parseDocument } from 'yaml'

export type YamlPath = Array<string | number>

/** The line (1-based) of the deepest key of `path` present in the YAML text. */
export function yamlLineFinder(text: string): (path: YamlPath) => number {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  return (p) => {
    let node: unknown = doc.contents
    let line = 1
    for (const seg of p) {
      let at: { range?: [number, number, number] | null | undefined } | undefined
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(seg))
        at = pair?.key as YamlNode | undefined
        node = pair?.value
      } else if (isSeq(node) && typeof seg === 'number') {
        at = node.items[seg] as YamlNode | undefined
        node = at
      } else break
      if (!at?.range) break
      line = lineCounter.linePos(at.range[0]).line
      if (isAlias(node)) break
    }
    return line
  }
}

/** An ajv instancePath ("/innspill/2/avsnitt") as a YAML path. */
export function instancePath(pointer: string): YamlPath {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}
