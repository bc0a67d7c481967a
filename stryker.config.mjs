// @ts-check
/**
 * Mutation testing (`npm run mutate`): Stryker changes src/ one small edit at a time and runs
 * the in-process tests that cover each edit (vitest.mutate.config.ts); a mutant no test
 * notices "survives". Sized for a shared 2-core machine: two test processes, per-test coverage
 * so each mutant runs only the tests that reach it, and an incremental file so a rerun tests
 * only mutants in code or tests that changed. One folder at a time:
 * `npm run mutate -- --mutate 'src/diff/**\/*.ts'`.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts'],
  // The sandbox copy needs only what the tests read.
  ignorePatterns: ['dist', 'bench', 'out', '.vitest-artifacts', '*.tgz'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportTests: false, reportMutants: false, allowEmojis: false },
  // A busy machine: a mutant is a timeout only when it runs far beyond its dry-run time.
  timeoutMS: 30_000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
