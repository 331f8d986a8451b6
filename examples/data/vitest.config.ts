import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'example-data', environment: 'node', include: ['*.test.ts'], testTimeout: 180_000 },
})
