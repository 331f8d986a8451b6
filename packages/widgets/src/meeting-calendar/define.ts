/**
 * Registers `<lt-meeting-calendar>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { MeetingCalendar } from './meeting-calendar.js'

defineElement('lt-meeting-calendar', MeetingCalendar)
