import { rmSync } from 'node:fs'
import { defineConfig } from 'tsup'

/** Source files that are not part of the package. */
const notShipped = ['!src/**/*.test.ts', '!src/internal/test-utils/**', '!src/cdn/**']

export default defineConfig(() => {
  // Cleaned here, once, before the two builds below start side by side: a `clean` in one of them
  // could delete what the other has already written.
  rmSync('dist', { recursive: true, force: true })
  return [
    {
      // The npm build keeps one output file per source file (no bundling, no shared chunks), so
      // `sideEffects` can name exactly the registration modules (`define.js`) and bundlers can drop
      // everything else a page does not use. Lit stays an import. Type declarations come from
      // `tsc -p tsconfig.build.json` (one .d.ts per file as well).
      entry: ['src/**/*.ts', ...notShipped],
      outDir: 'dist',
      format: ['esm'],
      bundle: false,
      target: 'es2022',
      sourcemap: true,
      clean: false,
      dts: false,
    },
    {
      // The self-contained bundle for pages without a build step: Lit inside, minified, elements
      // registered on load. Lit's production build is used (no `development` condition).
      entry: { 'cdn/lienthong-widgets': 'src/cdn/lienthong-widgets.ts' },
      outDir: 'dist',
      format: ['esm'],
      platform: 'browser',
      target: 'es2022',
      bundle: true,
      noExternal: [/.*/],
      splitting: false,
      minify: true,
      sourcemap: true,
      clean: false,
      dts: false,
    },
  ]
})
