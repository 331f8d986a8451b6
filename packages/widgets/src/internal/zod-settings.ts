import { config } from 'zod/v4/core'

/**
 * Switches off zod's `eval` probe. On a page with a strict Content-Security-Policy (no
 * `unsafe-eval`) the probe is reported as a violation even though zod recovers from it; with it
 * off, zod gives the same results without generated code (for the page's copy of zod, if it
 * shares one). Must run before any module that builds zod schemas loads: the elements import
 * this module, then core, both on demand, so zod is not part of their first load. Internal.
 */
export function useJitlessZod(): void {
  config({ jitless: true })
}
