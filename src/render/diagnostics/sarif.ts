/** SARIF 2.1.0, for code-scanning upload: one run, the rules as the driver's rules. */
import * as path from '../../platform/path.js'
import { RULES } from '../../validate/rules/index.js'
import type { Diagnostic } from '../../validate/types.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

export interface SarifOptions {
  /** Paths in the log are made relative to this folder (the repository root). */
  root?: string
  version?: string
}

export function formatSarif(diagnostics: Diagnostic[], options: SarifOptions = {}): string {
  const uri = (file: string) => (options.root ? path.relative(options.root, path.resolve(options.root, file)) : file).replace(/\\/g, '/')
  const ruleIds = [...RULES.map((r) => r.id), 'parse']
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'avtaleverk',
            version: options.version ?? '0.0.0',
            informationUri: 'https://www.npmjs.com/package/avtaleverk',
            rules: [
              ...RULES.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description },
                helpUri: `https://www.npmjs.com/package/avtaleverk#${r.id}`,
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              })),
              { id: 'parse', shortDescription: { text: 'Filen kunne ikke leses som avtaletekst' }, defaultConfiguration: { level: 'error' } },
            ],
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: Math.max(0, ruleIds.indexOf(d.ruleId)),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(d.file) },
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  ...(d.endLine ? { endLine: d.endLine } : {}),
                  ...(d.endColumn ? { endColumn: d.endColumn } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
