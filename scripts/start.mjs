#!/usr/bin/env node
/**
 * `npm start`: the main job on the bundled agreements, step by step through the built CLI,
 * as the secretariat would run it. Each step says what it did and where its output went.
 */
import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist', 'cli.js')

/** Runs one CLI step; returns its exit code. `okCodes` are the codes that are not a failure. */
function step(title, args, { okCodes = [0], show = (out) => out } = {}) {
  process.stdout.write(`\n== ${title}\n$ avtaleverk ${args.join(' ')}\n`)
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' })
  process.stdout.write(show(r.stdout))
  if (r.stderr) process.stderr.write(r.stderr)
  if (!okCodes.includes(r.status ?? 2)) {
    process.stderr.write(`Steget feilet (exit ${r.status}).\n`)
    process.exit(r.status ?? 2)
  }
  return r.status
}

const OUT = 'out'

step('Les avtalesettet (innholdsfortegnelse)', ['parse', 'agreements/'], {
  show: (out) => {
    const lines = out.split('\n')
    const docs = lines.filter((l) => l.startsWith('agreements/'))
    return `${docs.join('\n')}\n(${docs.length} dokumenter; hele innholdsfortegnelsen: avtaleverk parse agreements/)\n`
  },
})

// The faithful 2023 text has real defects, so validate exits 1 here: that is its finding, not a failure.
step('Kontroller avtalesettet (hotjl § 6-2, nummerering, henvisninger, titler, plassholdere …)', ['validate', 'agreements/'], {
  okCodes: [0, 1],
  show: (out) => {
    // Only the errors, each with its file, then the summary line.
    const lines = out.trimEnd().split('\n')
    let file = ''
    const errors = []
    for (const l of lines) {
      if (/^\S/.test(l) && !l.startsWith('✖')) file = l
      const m = /^\s+(\d+:\d+)\s+feil\s+(.*?)\s{2}(\S+)$/.exec(l)
      if (m) errors.push(`${file}:${m[1]}  ${m[2]}  (${m[3]})`)
    }
    return `${errors.join('\n')}\n${lines.at(-1)}\n(alle funn med advarsler og info: avtaleverk validate agreements/)\n`
  },
})
step('Dekning av hotjl § 6-2 som HTML', ['coverage', 'agreements/', '--format', 'html', '--out', `${OUT}/dekning.html`, '--force'])
step('Dekning av hotjl § 6-2', ['coverage', 'agreements/'], { show: (out) => out.split('\n\n')[0] + '\n' })
// Dated as SSU approved it (1 June 2023): the date fills "Sist oppdatert" and "datert", and picks
// the kommune numbers valid then (54xx; the 55xx numbers came on 1 January 2024). --force because
// a second `npm start` writes the same bytes again.
step('Lag avtalen for hver kommune (Markdown, HTML og Word)', ['generate', 'agreements/', '--dato', '2023-06-01', '--out', `${OUT}/kommuner`, '--force'])

// The 2024 revision (examples/revisjon-2024) fixes what validate found in the 2023 text; diff exits
// 1 because the versions differ, which is what it is here to show.
const PAIR = ['agreements/', 'examples/revisjon-2024/']
step('Hva er endret fra 2023 til revisjonen 2024 (sammendrag)', ['diff', ...PAIR], {
  okCodes: [1],
  show: (out) => `${out.split('\n\n').slice(0, 3).join('\n\n')}\n(hele redlinen: avtaleverk diff ${PAIR.join(' ')})\n`,
})
step('Endringene som HTML-rapport', ['diff', ...PAIR, '--format', 'html', '--out', `${OUT}/endringer-2024.html`, '--force'], { okCodes: [1] })
step('Endringene som Word-dokument med sporede endringer', ['diff', ...PAIR, '--format', 'docx', '--author', 'Revisjonsutvalget', '--out', `${OUT}/endringer-2024.docx`, '--force'], { okCodes: [1] })
// On a copy in out/, so that npm start never edits the bundled example.
cpSync(path.join(root, PAIR[1]), path.join(root, OUT, 'revisjon-2024'), { recursive: true, force: true })
step('Sett høringsmerkene i en kopi av revisjonen', ['diff', PAIR[0], `${OUT}/revisjon-2024/`, '--update-labels', '--force', '--format', 'json'], { okCodes: [1], show: () => '' })

const HORING = ['høring', 'rapport', '--innspill', 'examples/horing-2024/innspill', '--fra', 'agreements/', '--til', 'examples/revisjon-2024/', '--frist', '2024-05-01']
step('Høringsoppsummering (eksempel: fem respondenter, én etter fristen)', [...HORING, '--format', 'md', '--out', `${OUT}/horingsoppsummering.md`, '--force'])
step('Høringsoppsummering som HTML', [...HORING, '--format', 'html', '--out', `${OUT}/horingsoppsummering.html`, '--force'])
step('Høringsoppsummering som Word', [...HORING, '--format', 'docx', '--out', `${OUT}/horingsoppsummering.docx`, '--force'])

step('Avtalens versjoner (eksempel)', ['versions', '--versjoner', 'examples/status/versjoner.yaml'])
step('Signeringsstatus (eksempel: kommuner på ulike versjoner)', ['status', '--versjoner', 'examples/status/versjoner.yaml'], {
  show: (out) => out.split('\n').filter((l) => !/ikke signert +– +–/.test(l)).join('\n'),
})
step('Signeringsstatus som HTML', ['status', '--versjoner', 'examples/status/versjoner.yaml', '--format', 'html', '--out', `${OUT}/signeringsstatus.html`, '--force'])

process.stdout.write(`\nFerdig. Alt som ble skrevet, ligger i ${OUT}/ (kommuneutgavene i ${OUT}/kommuner/, med manifest.json).\n`)
