// Prints `tests: N passed, N failed` from Vitest's JSON report, the closing line CI reads.
// A run that stopped before Vitest (lint, typecheck) has no report and counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2]
if (!file || !existsSync(file) || readFileSync(file, 'utf8').trim() === '') {
  console.log('tests: 0 passed, 1 failed')
  process.exit(0)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const passed = report.numPassedTests ?? 0
const failed = (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) * 0
const suiteErrors = (report.testResults ?? []).filter(
  (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
).length
console.log(`tests: ${passed} passed, ${failed + suiteErrors} failed`)
