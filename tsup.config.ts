import { readFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type Options } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/**
 * The unified/remark family is ESM-only. The ESM build imports it as a dependency; the
 * CommonJS build bundles it so that require('avtaleverk') works on every Node 20, including
 * the releases before require(esm).
 */
const ESM_ONLY = /^(unified|remark-|mdast-|micromark|unist-|vfile|bail|trough|is-plain-obj|devlop|decode-named-character-reference|character-entities|zwitch|longest-streak|markdown-table|ccount|escape-string-regexp|hast-|html-void-elements|property-information|space-separated-tokens|comma-separated-tokens|stringify-entities|trim-lines|nanoid)/

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * The CLI imports the library only through its public entry, src/node.ts (a test holds it to
 * that). esbuild's code splitting puts the whole closure of a re-exporting entry into one chunk
 * shared by every command, so `--help` would load docx and the differ. In the CLI bundle only,
 * this plugin links each name a CLI file imports from src/node.ts to the module that defines
 * it, which is what the entry's `export { … } from` says: same bindings, smaller chunks.
 */
function publicEntryLinks(): Plugin {
  // The Node entry re-exports the core one and adds (or overrides) what needs Node: read the
  // core first, so that a name the Node entry defines again links to the Node definition.
  const entries = [path.resolve('src/core.ts'), path.resolve('src/node.ts')]
  const home = new Map<string, { file: string; name: string }>()
  for (const entry of entries) {
    const source = readFileSync(entry, 'utf8')
    for (const m of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      const file = path.resolve(path.dirname(entry), m[2]!.replace(/\.js$/, '.ts'))
      for (const raw of m[1]!.split(',').map((x) => x.trim()).filter(Boolean)) {
        const [name, alias] = raw.replace(/^type\s+/, '').split(/\s+as\s+/)
        home.set((alias ?? name)!, { file, name: name! })
      }
    }
    // Functions the entry wraps with checked() (argument checks for programs): the CLI passes
    // arguments it has already checked, so it links to the function behind the wrapper.
    const imported = new Map<string, { file: string; name: string }>()
    for (const m of source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
      const file = path.resolve(path.dirname(entry), m[2]!.replace(/\.js$/, '.ts'))
      for (const raw of m[1]!.split(',').map((x) => x.trim()).filter(Boolean)) {
        const [name, alias] = raw.replace(/^type\s+/, '').split(/\s+as\s+/)
        imported.set((alias ?? name)!, { file, name: name! })
      }
    }
    for (const m of source.matchAll(/^export const (\w+) = (?:\/\* @__PURE__ \*\/ )?checked\(.*, (\w+)\)$/gm)) {
      const behind = imported.get(m[2]!)
      if (behind) home.set(m[1]!, behind)
    }
  }
  return {
    name: 'public-entry-links',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]cli[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        const contents = source.replace(/(import|export)\s*(type\s*)?\{([^}]*)\}\s*from\s*'((?:\.\.\/)+node\.js)'/g, (_all, verb: string, typeOnly: string | undefined, names: string) => {
          const byFile = new Map<string, string[]>()
          for (const raw of names.split(',').map((x) => x.trim()).filter(Boolean)) {
            const isType = Boolean(typeOnly) || raw.startsWith('type ')
            // Types are erased by esbuild: nothing to link.
            if (isType) continue
            const [name, alias] = raw.replace(/^type\s+/, '').split(/\s+as\s+/)
            const found = home.get(name!)
            if (!found) throw new Error(`${args.path}: «${name}» is not exported by src/core.ts or src/node.ts with export { … } from`)
            const spec = `${isType ? 'type ' : ''}${found.name} as ${alias ?? name}`
            byFile.set(found.file, [...(byFile.get(found.file) ?? []), spec])
          }
          return [...byFile].map(([file, specs]) => `${verb} { ${specs.join(', ')} } from ${JSON.stringify(file)}`).join('\n')
        })
        return { contents, loader: 'ts' }
      })
    },
  }
}

/** `avtaleverk` (Node: the whole library), `avtaleverk/core` (any host), `avtaleverk/node`. */
const ENTRIES = { index: 'src/index.ts', core: 'src/core.ts', node: 'src/node.ts' }

export default defineConfig([
  {
    entry: ENTRIES,
    format: ['esm'],
    dts: true,
    target: 'node20',
    // Shared chunks: `avtaleverk` and `avtaleverk/node` are one module graph in a program, so
    // state kept per process (the old set behind a ChangeSet) is shared between them.
    splitting: true,
  },
  {
    entry: ENTRIES,
    format: ['cjs'],
    dts: true,
    target: 'node20',
    noExternal: [ESM_ONLY],
  },
  {
    // The CLI is one bundled file: loading hundreds of small ESM modules was most of its
    // cold start (≈0.35 s of 0.8 s for `validate agreements/`).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    // pdf.js stays a real dependency: it loads its worker file from its own folder at run time.
    noExternal: [/^(?!pdfjs-dist(?:\/|$))/],
    platform: 'node',
    // Commands are imported on demand; each gets its own chunk, loaded only when it runs.
    splitting: true,
    esbuildPlugins: [publicEntryLinks()],
    // Bundled CommonJS dependencies (commander, yaml, ajv) call require(): give them one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __avtaleverkRequire } from 'node:module'\nconst require = __avtaleverkRequire(import.meta.url)" },
    define: { __VERSION__: JSON.stringify(version) },
  },
])
