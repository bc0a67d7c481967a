/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per
 * diagnostic, so findings appear as annotations on the pull request.
 */
import type { Diagnostic } from '../../validate/types.js'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

/** Escaping as the runner's toolkit does it (data: % CR LF; properties also : and ,). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function formatGithub(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`]
      if (d.endLine) props.push(`endLine=${d.endLine}`)
      if (d.endColumn && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`)
      props.push(`title=${escapeProperty(`avtaleverk ${d.ruleId}`)}`)
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`
    })
    .join('')
}
