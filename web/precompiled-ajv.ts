/**
 * Interim, until the core entry brings its own build-time validators: the library compiles its
 * JSON schemas with Ajv when its modules load, and Ajv compiles by evaluating generated code,
 * which the app's policy (script-src 'self', no 'unsafe-eval') forbids. This Vite plugin gives
 * the app an `ajv` whose compile() returns the same validators generated here at build time
 * (Ajv standalone code) for schemas/*.json; a schema it does not know is an error, never eval.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import type { Plugin } from 'vite'

const ID = '\0avtaleverk-precompiled-ajv'

export function precompiledAjv(schemasDir: string): Plugin {
  return {
    name: 'avtaleverk-precompiled-ajv',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'ajv' && importer && !importer.includes(`${path.sep}node_modules${path.sep}`)) return ID
      return null
    },
    load(id) {
      if (id !== ID) return null
      const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort()
      const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, code: { source: true, esm: true, lines: false } })
      const names: Record<string, string> = {}
      const keys: string[] = []
      files.forEach((file, i) => {
        const text = readFileSync(path.join(schemasDir, file), 'utf8')
        const schema = JSON.parse(text) as Record<string, unknown>
        keys.push(JSON.stringify(schema))
        const key = typeof schema.$id === 'string' ? schema.$id : `s${i}`
        ajv.addSchema(schema, typeof schema.$id === 'string' ? undefined : key)
        names[`s${i}`] = key
      })
      let n = 0
      // Standalone code asks for Ajv's small runtime helpers with require(): as ES imports here.
      const code = standaloneCode(ajv, names).replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_all, name: string, mod: string) => {
        const alias = `__runtime${n++}`
        return `import ${alias} from ${JSON.stringify(mod)}; const ${name} = ${alias}.default ?? ${alias};`
      })
      return `${code.replace(/^"use strict";/, '')}
const BY_SCHEMA = new Map([${keys.map((k, i) => `[${JSON.stringify(k)}, s${i}]`).join(', ')}]);
export class Ajv {
  compile(schema) {
    const found = BY_SCHEMA.get(JSON.stringify(schema));
    if (!found) throw new Error('Skjemaet er ikke forhåndskompilert for nettleseren (' + (schema && schema.$id || 'uten $id') + ')');
    return found;
  }
}
export default Ajv;
`
    },
  }
}
