/**
 * The command line: argument parsing and exit codes only. Each command lives in
 * commands/<name>.ts and calls the public API.
 */
import { Command, CommanderError } from 'commander'
import { parseCommand } from './commands/parse.js'
import { EXIT_ERROR, reportError, type Io } from './io.js'

declare const __VERSION__: string

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('avtaleverk')
  program
    .description('Samarbeidsavtaler etter helse- og omsorgstjenesteloven § 6-1 og § 6-2: les, kontroller, lag og sammenlign')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0', '-V, --version', 'vis versjonsnummer')
    .helpOption('-h, --help', 'vis hjelp')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()

  const run = (fn: () => Promise<number>) => async () => {
    try {
      setExit(await fn())
    } catch (e) {
      setExit(reportError(io, e))
    }
  }

  program
    .command('parse')
    .description('vis innholdsfortegnelsen (nummer, tittel, id, § 6-2-punkter) eller modellen som JSON')
    .argument('<sti>', 'en avtalefil eller en mappe med avtalefiler')
    .option('--json', 'skriv hele modellen som JSON')
    .action((target: string, options: { json?: boolean }) => run(() => parseCommand(target, options, io))())

  return program
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let exit = 0
  const program = buildProgram(io, (code) => {
    exit = code
  })
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1, which we make 2.
      return e.exitCode === 0 ? 0 : EXIT_ERROR
    }
    return reportError(io, e)
  }
  return exit
}
