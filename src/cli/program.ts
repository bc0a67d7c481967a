/**
 * The command line: argument parsing and exit codes only. Each command lives in
 * commands/<name>.ts and calls the public API.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import type { DiffCommandOptions } from './commands/diff.js'
import type { GenerateCommandOptions } from './commands/generate.js'
import type { HoringOptions } from './commands/horing.js'
import type { ImportCommandOptions } from './commands/import.js'
import type { StatusOptions } from './commands/status.js'
import type { ValidateCommandOptions } from './commands/validate.js'
import { collectKommuner, COVERAGE_FORMATS, DIFF_FORMATS, GENERATE_FORMATS, HORING_FORMATS, STATUS_FORMATS, VALIDATE_FORMATS } from './formats.js'
import { EXIT_ERROR, reportError, type Io } from './io.js'

declare const __VERSION__: string

/** commander's usage errors, in the Norwegian every other message of the CLI is in. */
const USAGE_ERRORS: Array<[RegExp, string]> = [
  [/^error: missing required argument '(.+)'/, 'feil: mangler argumentet «$1»'],
  [/^error: required option '(.+)' not specified/, 'feil: valget «$1» må oppgis'],
  [/^error: option '(.+)' argument missing/, 'feil: valget «$1» mangler en verdi'],
  [/^error: unknown option '(.+)'(.*)/, 'feil: ukjent valg «$1»'],
  [/^error: unknown command '(.+)'(.*)/, 'feil: ukjent kommando «$1» (se avtaleverk --help)'],
  [/^error: too many arguments(.*)/, 'feil: for mange argumenter'],
  [/^error: option '(.+)' argument '(.*)' is invalid\./, 'feil: valget «$1» kan ikke ha verdien «$2»'],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\./, 'feil: argumentet «$2» kan ikke ha verdien «$1»'],
  [/^error: (.+) cannot be used with (.+)/, 'feil: $1 kan ikke brukes sammen med $2'],
  [/^error: (.*)/, 'feil: $1'],
]

/** commander writes its help headings in English; the CLI speaks Norwegian. */
const HELP_WORDS: Array<[RegExp, string]> = [
  [/^Usage:/gm, 'Bruk:'],
  [/^Options:/gm, 'Valg:'],
  [/^Commands:/gm, 'Kommandoer:'],
  [/^Arguments:/gm, 'Argumenter:'],
  [/\(default: /g, '(standard: '],
  [/^(Bruk: .*)\[options\]/gm, '$1[valg]'],
  [/^(Bruk: .*)\[command\]/gm, '$1[kommando]'],
  // In the command list, padded to the same width so that the columns stay aligned.
  [/\[options\]/g, '[valg]   '],
]

export function norwegianHelp(text: string): string {
  return HELP_WORDS.reduce((t, [re, word]) => t.replace(re, word), text)
}

/** commander's «(Did you mean …?)» line under an unknown option or command. */
const SUGGESTION: Array<[RegExp, string]> = [
  [/\(Did you mean one of (.+)\?\)/, '(Mente du en av $1?)'],
  [/\(Did you mean (.+)\?\)/, '(Mente du $1?)'],
]

export function norwegianUsageError(text: string): string {
  for (const [re, replacement] of USAGE_ERRORS) {
    if (re.test(text)) return `${SUGGESTION.reduce((t, [s, r]) => t.replace(s, r), text.trim().replace(re, replacement))}\n`
  }
  return text
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('avtaleverk')
  program
    .description('Samarbeidsavtaler etter helse- og omsorgstjenesteloven § 6-1 og § 6-2: les, kontroller, lag og sammenlign')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0', '-V, --version', 'vis versjonsnummer')
    .helpOption('-h, --help', 'vis hjelp')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .configureOutput({ writeOut: (text) => io.stdout(norwegianHelp(text)), writeErr: (text) => io.stderr(norwegianHelp(text)), outputError: (text, write) => write(norwegianUsageError(text)) })
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
    .action((target: string, options: { json?: boolean }) => run(async () => (await import('./commands/parse.js')).parseCommand(target, options, io))())

  program
    .command('validate')
    .description('kontroller at avtalesettet dekker hotjl § 6-2 og henger sammen (nummerering, henvisninger, titler, plassholdere …)')
    .argument('[stier...]', 'mapper eller filer (standard: agreements)')
    .option('-f, --format <format>', `utdataformat: ${VALIDATE_FORMATS.join(', ')}`, 'stylish')
    .option('--max-warnings <antall>', 'feil (exit 1) når det er flere advarsler enn dette')
    .option('-c, --config <fil>', 'konfigurasjonsfil (standard: avtaleverk.config.yaml)')
    .option('--profile <navn|fil>', 'profil (recommended, unn-2023 eller en profilfil); erstatter profilen konfigurasjonen bygger på')
    .option('-o, --out <fil>', 'skriv resultatet til en fil')
    .option('--force', 'skriv over --out om den finnes')
    .option('--instans', 'kontroller genererte kommuneutgaver: plassholdere og malvariabler er feil')
    .option('--no-color', 'ingen farger')
    .action((targets: string[], options: ValidateCommandOptions) => run(async () => (await import('./commands/validate.js')).validateCommand(targets, options, io))())

  program
    .command('coverage')
    .description('vis hvilke dokumenter som dekker hvert punkt i hotjl § 6-2')
    .argument('[mappe]', 'mappe med avtalefiler (standard: agreements)')
    .option('-f, --format <format>', `utdataformat: ${COVERAGE_FORMATS.join(', ')}`, 'text')
    .option('-c, --config <fil>', 'konfigurasjonsfil (standard: avtaleverk.config.yaml)')
    .option('--profile <navn|fil>', 'profil (recommended, unn-2023 eller en profilfil)')
    .option('-o, --out <fil>', 'skriv resultatet til en fil')
    .option('--force', 'skriv over --out om den finnes')
    .option('--skeleton', 'vis i stedet standardpunktene i hver retningslinje og hva de inneholder')
    .action((target: string | undefined, options: { format?: string; out?: string; force?: boolean; config?: string; profile?: string; skeleton?: boolean }) => run(async () => (await import('./commands/coverage.js')).coverageCommand(target, options, io))())

  program
    .command('diff')
    .description('sammenlign to versjoner av avtalesettet: hvilke dokumenter, punkter og ord som er endret')
    .argument('<gammel>', 'gammel versjon (mappe eller fil); med --from: mappen som sammenlignes')
    .argument('[ny]', 'ny versjon (mappe eller fil)')
    .option('-f, --format <format>', `utdataformat: ${DIFF_FORMATS.join(', ')}`, 'text')
    .option('-o, --out <fil>', 'skriv resultatet til en fil (påkrevd for docx)')
    .option('--force', 'skriv over --out om den finnes')
    .option('--no-color', 'ingen farger')
    .option('--ignore-formatting', 'se bort fra endringer som bare gjelder mellomrom, linjeskift og avsnittsdeling')
    .option('--from <rev>', 'gammel versjon er mappen slik den var i denne git-revisjonen')
    .option('--to <rev>', 'ny versjon er mappen slik den var i denne git-revisjonen (standard: slik den er nå)')
    .option('--author <navn>', 'forfatter av sporede endringer i docx', 'avtaleverk')
    .option('--dato <ÅÅÅÅ-MM-DD>', 'dato for sporede endringer i docx (standard: datoen i den nye versjonen)')
    .option('--update-labels', 'skriv «revidert/uendret etter høringsrunde» i front matter i den nye versjonen (krever --force)')
    .action((first: string, second: string | undefined, options: DiffCommandOptions) => run(async () => (await import('./commands/diff.js')).diffCommand(first, second, options, io))())

  const horing = program.command('høring').alias('horing').description('høringsrunder: oppsummering av innspill mot endringene i teksten')
  horing
    .command('rapport')
    .description('høringsoppsummering: innspill per dokument og avsnitt, vurderingen, og hva som faktisk ble endret')
    .requiredOption('--innspill <mappe>', 'mappe med én YAML-fil per respondent')
    .requiredOption('--fra <mappe>', 'utkastet som ble sendt på høring')
    .requiredOption('--til <mappe>', 'det endelige forslaget')
    .option('--frist <dato>', 'høringsfrist (ÅÅÅÅ-MM-DD); senere innspill merkes')
    .option('--kommuner <fil>', 'kommuneregisteret respondentene sjekkes mot (standard: agreements/kommuner.yaml)')
    .option('-f, --format <format>', `utdataformat: ${HORING_FORMATS.join(', ')}`, 'md')
    .option('-o, --out <fil>', 'skriv rapporten til en fil')
    .option('--force', 'skriv over --out om den finnes')
    .action((options: HoringOptions) => run(async () => (await import('./commands/horing.js')).horingRapportCommand(options, io))())

  program
    .command('generate')
    .description('lag avtalen for hver kommune (Markdown, HTML og Word) med kommunenavn, dato og kommunens egne tekster')
    .argument('[mappe]', 'mappe med avtalefiler (standard: agreements)')
    .requiredOption('--dato <ÅÅÅÅ-MM-DD>', 'avtalens dato: fyller {{avtale.dato}} og velger navn og nummer som gjaldt da')
    .requiredOption('-o, --out <mappe>', 'mappen kommunemappene og manifest.json skrives i')
    .option('--kommune <navn|nummer>', 'bare denne kommunen (kan gjentas); standard: alle i kommuneregisteret', collectKommuner)
    .option('-f, --format <formater>', `kommaseparert: ${GENERATE_FORMATS.join(', ')}`, GENERATE_FORMATS.join(','))
    .option('--kommuner <fil>', 'kommuneregisteret (standard: kommuner.yaml i avtalemappen)')
    .option('--versjoner <fil>', 'versjonslisten som sier hvilken versjon mappen er og om den er vedtatt (standard: versjoner.yaml i avtalemappen, om den finnes)')
    .option('--force', 'skriv over filer som finnes fra før')
    .action((target: string | undefined, options: GenerateCommandOptions) => run(async () => (await import('./commands/generate.js')).generateCommand(target, options, io))())

  program
    .command('import')
    .description('les Word (.docx), PDF eller tekst og lag avtalefiler i Markdown med foreslått front matter og en rapport')
    .argument('<filer...>', 'én eller flere .docx-, .pdf- eller .txt-filer (en fil kan holde flere dokumenter)')
    .option('-o, --out <mappe>', 'skriv Markdown-filene og manifest.json hit (uten --out: bare rapporten)')
    .option('--type <type>', 'dokumenttype når filen har ett dokument: samarbeidsavtale, retningslinje eller veileder')
    .option('--variables', 'erstatt plassholdere («X kommune», «xx.xx.2023» …) med malvariabler')
    .option('--felt <nøkkel=verdi>', 'front matter-felt teksten ikke oppgir, f.eks. --felt version=2024-1 (kan gjentas)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-f, --format <format>', 'rapportformat: text, json', 'text')
    .option('--force', 'skriv over filer som finnes fra før')
    .action((files: string[], options: ImportCommandOptions) => run(async () => (await import('./commands/import.js')).importCommand(files, options, io))())

  program
    .command('versions')
    .description('vis avtalens versjoner (versjoner.yaml) og hvilken som gjelder')
    .option('--versjoner <fil>', 'versjonslisten', 'agreements/versjoner.yaml')
    .action((options: { versjoner?: string }) => run(async () => (await import('./commands/status.js')).versionsCommand(options, io))())

  program
    .command('status')
    .description('hvilke kommuner har signert hvilken versjon, og hva er endret siden for dem som ligger etter')
    .option('--versjoner <fil>', 'versjonslisten', 'agreements/versjoner.yaml')
    .option('--signaturer <fil>', 'signaturlisten (standard: signaturer.yaml ved siden av versjonslisten)')
    .option('--kommuner <fil>', 'kommuneregisteret (standard: kommuner.yaml ved versjonslisten eller i versjonenes mapper)')
    .option('-f, --format <format>', `utdataformat: ${STATUS_FORMATS.join(', ')}`, 'text')
    .option('-o, --out <fil>', 'skriv resultatet til en fil')
    .option('--force', 'skriv over --out om den finnes')
    .action((options: StatusOptions) => run(async () => (await import('./commands/status.js')).statusCommand(options, io))())

  program
    .command('web')
    .description('åpne avtaleverk i nettleseren på denne maskinen (ingenting sendes ut), med den medfølgende avtalen eller mappen')
    .argument('[mappe]', 'avtalemappen som åpnes først (standard: den medfølgende 2023-avtalen)')
    .option('--port <nummer>', 'porten (standard: en ledig port)', (v: string) => {
      if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError('må være et portnummer (0–65535)')
      return v
    })
    .action((target: string | undefined, options: { port?: string }) => run(async () => (await import('./commands/web.js')).webCommand(target, options, io))())

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
