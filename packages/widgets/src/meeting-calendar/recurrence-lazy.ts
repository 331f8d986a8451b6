/**
 * Core's recurrence expansion, loaded by the schedule elements only when their data has a
 * recurring meeting: the expansion code stays out of a page whose meetings all happen once. A named
 * export, not the whole area, so the chunk holds the expansion and not the meeting schemas.
 * Internal.
 */
export { expandMeeting } from '@lienthong/core/meeting'
