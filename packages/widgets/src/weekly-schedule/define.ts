/**
 * Registers `<lt-weekly-schedule>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { WeeklySchedule } from './weekly-schedule.js'

defineElement('lt-weekly-schedule', WeeklySchedule)

// Re-exported so the declarations of this module name the element's: without an export, tsc
// writes an empty `define.d.ts`, and `import '@lienthong/widgets/define'` would not bring the
// `HTMLElementTagNameMap` entry that types `document.querySelector('lt-weekly-schedule')`.
export { WeeklySchedule }
