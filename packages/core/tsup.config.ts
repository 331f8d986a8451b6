import { rmSync } from 'node:fs'
import { defineConfig } from 'tsup'

/** Every public area is its own entry so `@lienthong/core/<area>` loads only what it needs. */
const areas = [
  'errors',
  'office',
  'meeting',
  'petition',
  'directive',
  'program',
  'conflicts',
  'calendar',
  'deadlines',
  'sample',
  'ical',
  'stats',
  'report',
]

const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
}

/** Source files that are not part of the package. */
const notShipped = ['!src/**/*.test.ts', '!src/**/testing/**', '!src/**/__fixtures__/**']

export default defineConfig(() => {
  // Cleaned here, once, before the builds below start side by side: a `clean` in one of them
  // could delete what another has already written.
  rmSync('dist', { recursive: true, force: true })
  return [
    {
      // ESM: one output file per source file, no bundling and no shared chunks, so a bundler drops
      // every module a page does not use (`sideEffects: false`). Merged chunks would defeat that:
      // a chunk that builds a zod schema at load cannot be dropped, nor can what it imports, so
      // `isValidTrackingCode` alone would bring zod and every petition schema along.
      entry: ['src/**/*.ts', ...notShipped],
      format: ['esm'],
      bundle: false,
      sourcemap: true,
      clean: false,
      target: 'es2022',
      dts: false,
    },
    {
      // CommonJS: one bundle per public area (Node's `require` does not tree-shake).
      entry: entries,
      format: ['cjs'],
      dts: true,
      sourcemap: true,
      clean: false,
      target: 'es2022',
      splitting: true,
      treeshake: true,
    },
    {
      // The ESM type declarations, one per public area as before.
      entry: entries,
      format: ['esm'],
      dts: { only: true },
      clean: false,
      target: 'es2022',
    },
  ]
})
