#!/usr/bin/env node
/**
 * The closing line of .ci/run, from vitest's JSON report: `N passed, N failed, N skipped`, alone
 * on its line, where a test file that failed without a failed test in it (it did not load, a
 * hook threw) counts as one failure, and so does a run that failed outside any file. Each
 * failed file is named above the line. Usage: node scripts/test-summary.mjs REPORT EXIT_CODE
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const [report = '.vitest-artifacts/results.json', exitCode = '0'] = process.argv.slice(2)
if (!existsSync(report)) {
  console.log(`No test report at ${report}: npm test stopped before vitest wrote one (exit ${exitCode}).`)
  console.log('0 passed, 1 failed, 0 skipped')
  process.exit(0)
}
const r = JSON.parse(readFileSync(report, 'utf8'))
let failed = r.numFailedTests
for (const file of r.testResults.filter((t) => t.status === 'failed')) {
  const failedTests = file.assertionResults.filter((a) => a.status === 'failed').length
  if (failedTests === 0) failed += 1
  const why = failedTests > 0 ? `${failedTests} failed test${failedTests === 1 ? '' : 's'}` : `failed without running its tests: ${(file.message || 'no message').split('\n')[0]}`
  console.log(`FAILED ${path.relative(process.cwd(), file.name)}: ${why}`)
}
if (failed === 0 && (Number(exitCode) !== 0 || r.success === false)) {
  failed = 1
  console.log(`The run failed outside any test file (exit ${exitCode}); see vitest's output above.`)
}
console.log(`${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + r.numTodoTests} skipped`)
