/**
 * The tracking-code checks of `@lienthong/core/petition`, loaded on demand by
 * `<lt-petition-status>`: the petition area builds zod schemas when it loads, so it must not load
 * before zod is told not to probe for `eval` (see `loadPetitionCore`). Internal.
 */
export { normalizeTrackingCode, trackingCodeProblem } from '@lienthong/core/petition'
