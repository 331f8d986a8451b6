/**
 * Registers `<lt-weekly-schedule>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { WeeklySchedule } from './weekly-schedule.js'

defineElement('lt-weekly-schedule', WeeklySchedule)
