#!/usr/bin/env node
/**
 * The JSON Schemas of what the commands print as JSON, generated from the TypeScript types the
 * library serialises (ts-json-schema-generator), so the schema and the output cannot drift apart
 * unnoticed: tests/package/output-schemas.test.ts validates real output against these files, and
 * `npm run schemas -- --check` fails when a file is not what the types give today.
 *
 * diagnostics.schema.json and changeset.schema.json are written by hand (they carry versions and
 * descriptions the types do not); the others are made here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'ts-json-schema-generator'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Schema file → [type exported from src/index.ts, the command whose JSON it describes]. */
export const GENERATED = {
  'outline.schema.json': ['SetJson', 'avtaleverk parse --json'],
  'coverage.schema.json': ['CoverageJson', 'avtaleverk coverage -f json'],
  'horing.schema.json': ['HoringReport', 'avtaleverk høring rapport -f json'],
  'status.schema.json': ['StatusReport', 'avtaleverk status -f json'],
  'import.schema.json': ['ImportManifest', 'avtaleverk import -f json, and the manifest.json of import --out'],
  'manifest.schema.json': ['Manifest', 'the manifest.json of avtaleverk generate'],
}

const generator = createGenerator({ path: path.join(root, 'src/index.ts'), tsconfig: path.join(root, 'tsconfig.json'), expose: 'export', topRef: true, jsDoc: 'extended', skipTypeCheck: true, additionalProperties: false })

const check = process.argv.includes('--check')
const stale = []
for (const [file, [type, command]] of Object.entries(GENERATED)) {
  const schema = generator.createSchema(type)
  const out = `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://avtaleverk.no/schemas/${file}`, title: command, ...schema, $schema: 'http://json-schema.org/draft-07/schema#' }, null, 2)}\n`
  const target = path.join(root, 'schemas', file)
  if (check) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {}
    if (current !== out) stale.push(file)
  } else writeFileSync(target, out)
}
if (stale.length) {
  console.error(`schemas/ is not what the types give: ${stale.join(', ')}; run npm run schemas`)
  process.exit(1)
}
console.log(check ? 'schemas/ matches the types' : `wrote ${Object.keys(GENERATED).length} schemas`)
