/**
 * The parts of `@lienthong/core` that build zod schemas when they load (validators, conflict
 * detection), loaded on demand through `loadCore` in `schedule-data.ts`: they must not load before
 * zod is told not to probe for `eval`. Internal.
 */
export { safeDetectConflicts } from '@lienthong/core/conflicts'
export { safeParseMeeting } from '@lienthong/core/meeting'
export { safeParseOrganization, safeParsePerson, safeParseVenue } from '@lienthong/core/office'
