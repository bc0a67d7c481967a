/** What the test environment must have, and whether a missing piece may be skipped. */

/** Under CI=true (as .ci/run exports) a test that cannot run fails instead of skipping. */
export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '')

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
