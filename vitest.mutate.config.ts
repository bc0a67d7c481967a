import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

/**
 * The tests Stryker runs against each mutant (`npm run mutate`): those that call the library in
 * this process. Left out are the tests that cannot kill an in-process mutant — the ones that
 * run the built bin, git or Chromium in a child process, the visual checks, the package checks
 * (the tarball) and the architecture tests (they read source files) — and the shared Chromium.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/browser/**',
        'tests/visual/**',
        'tests/package/**',
        'tests/architecture/**',
        // the built bin in a child process (tests/diff/git.test.ts runs git, but the library here)
        'tests/cli/parse.test.ts',
        'tests/diff/cli.test.ts',
        'tests/generate/cli.test.ts',
        'tests/import/cli.test.ts',
        'tests/hostile/signals.test.ts',
        'tests/hostile/special-files.test.ts',
        'tests/hostile/terminal.test.ts',
        'tests/generate/timezone.test.ts',
        // time bounds on megabyte inputs (1–2 minutes on a busy machine per mutant that reaches
        // them): a mutant that makes them slow is a timeout in the other tests as well
        'tests/diff/worst-case.test.ts',
        'tests/parse/linear.test.ts',
        // its one test that LibreOffice opens the Word file would take 10–15 s per mutant
        'tests/hostile/xml-chars.test.ts',
      ],
      globalSetup: ['tests/setup/generation.ts'],
      reporters: ['default'],
    },
  }),
)
