import { defineConfig } from 'vitest/config'

// One run for the whole workspace: core in Node, widgets in a real Chromium, examples as smoke tests.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
  },
})
