/** What the test environment must have, and whether a missing piece may be skipped. */

/** Under CI=true (as .ci/run exports) a test that cannot run fails instead of skipping. */
export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '')

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * Under Stryker (`npm run mutate`, whose workers set STRYKER_MUTATOR_WORKER) a property test
 * runs once per mutant it reaches, so it tries a fifth as many cases there; `npm test` runs all.
 */
export const UNDER_MUTATION = process.env.STRYKER_MUTATOR_WORKER !== undefined
export const propertyRuns = (n: number): number => (UNDER_MUTATION ? Math.ceil(n / 5) : n)
