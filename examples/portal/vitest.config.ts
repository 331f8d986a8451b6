import { defineProject } from 'vitest/config'

// The end-to-end test: the real server (child process, temporary SQLite file) and the portal in
// a real Chromium driven by Playwright. Node environment: the browser is Playwright's, not Vitest's.
export default defineProject({
  test: {
    name: 'example-portal',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
