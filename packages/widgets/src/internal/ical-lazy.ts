/**
 * The iCalendar import of `@lienthong/core/ical`, loaded on demand by the schedule elements for a
 * `src` that is an `.ics` feed. Named exports, not the whole area: a dynamic `import()` of the
 * area would keep every export of it (the export to `.ics` too). Internal.
 */
export { safeMeetingsFromICS } from '@lienthong/core/ical'
