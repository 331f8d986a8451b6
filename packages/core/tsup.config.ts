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

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
})
