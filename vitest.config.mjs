import { defineConfig } from 'vitest/config'

// CI asks for a JSON report to print its closing `tests: N passed, N failed` line.
const jsonReport = process.env.LIENTHONG_VITEST_JSON

// One run for the whole workspace: core in Node, widgets in a real Chromium, examples as smoke tests.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
})
