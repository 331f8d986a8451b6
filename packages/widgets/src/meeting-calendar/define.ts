/**
 * Registers `<lt-meeting-calendar>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { MeetingCalendar } from './meeting-calendar.js'

defineElement('lt-meeting-calendar', MeetingCalendar)

// Re-exported so the declarations of this module name the element's: without an export, tsc
// writes an empty `define.d.ts`, and `import '@lienthong/widgets/define'` would not bring the
// `HTMLElementTagNameMap` entry that types `document.querySelector('lt-meeting-calendar')`.
export { MeetingCalendar }
