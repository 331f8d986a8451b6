import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'example-core-tour', environment: 'node', include: ['*.test.ts'] },
})
