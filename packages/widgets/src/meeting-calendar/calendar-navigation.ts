import {
  addCalendarDays,
  addCalendarMonths,
  firstOfMonth,
  lastOfMonth,
  mondayOf,
} from '../internal/zoned-time.js'

/**
 * Periods and keyboard moves of `<lt-meeting-calendar>`, as pure functions of dates
 * (`YYYY-MM-DD`): what each view shows, and where each key of the WAI-ARIA grid pattern goes.
 * Internal.
 */

/** The views of `<lt-meeting-calendar>`. */
export type CalendarView = 'month' | 'week' | 'day' | 'agenda'

/** Every view, in the order of the view switcher. */
export const calendarViews: readonly CalendarView[] = ['month', 'week', 'day', 'agenda']

/** The row of the all-day meetings in the week and day views (hour rows are 0–23). */
export const allDayRow = -1

/** The first and last day shown by `view` around `date`. */
export function rangeOf(view: CalendarView, date: string): { start: string; end: string } {
  if (view === 'week') {
    const start = mondayOf(date)
    return { start, end: addCalendarDays(start, 6) }
  }
  if (view === 'day') return { start: date, end: date }
  return { start: firstOfMonth(date), end: lastOfMonth(date) }
}

/** `date` moved by `steps` periods of `view` (months, weeks or days). */
export function stepDate(view: CalendarView, date: string, steps: number): string {
  if (view === 'week') return addCalendarDays(date, 7 * steps)
  if (view === 'day') return addCalendarDays(date, steps)
  return addCalendarMonths(date, steps)
}

/** The parts of a `keydown` event the grids read. */
export interface KeyPress {
  readonly key: string
  readonly ctrlKey: boolean
  readonly shiftKey: boolean
}

/** What a key does in a grid: move the focus, open the focused day, or nothing (`undefined`). */
export type GridAction =
  | { readonly kind: 'move'; readonly date: string; readonly row: number }
  | { readonly kind: 'open' }
  | undefined

/**
 * The month grid: arrows by a day (left and right swapped right to left) or a week, Home/End to
 * the week's Monday and Sunday (with Ctrl, the month's first and last day), PageUp/PageDown a
 * month (with Shift, a year), Enter or Space to open the day. `row` is always 0.
 */
export function monthGridAction(press: KeyPress, focused: string, rtl: boolean): GridAction {
  const forward = rtl ? -1 : 1
  const move = (date: string): GridAction => ({ kind: 'move', date, row: 0 })
  switch (press.key) {
    case 'ArrowRight':
      return move(addCalendarDays(focused, forward))
    case 'ArrowLeft':
      return move(addCalendarDays(focused, -forward))
    case 'ArrowDown':
      return move(addCalendarDays(focused, 7))
    case 'ArrowUp':
      return move(addCalendarDays(focused, -7))
    case 'Home':
      return move(press.ctrlKey ? firstOfMonth(focused) : mondayOf(focused))
    case 'End':
      return move(press.ctrlKey ? lastOfMonth(focused) : addCalendarDays(mondayOf(focused), 6))
    case 'PageUp':
      return move(addCalendarMonths(focused, press.shiftKey ? -12 : -1))
    case 'PageDown':
      return move(addCalendarMonths(focused, press.shiftKey ? 12 : 1))
    case 'Enter':
    case ' ':
      return { kind: 'open' }
    default:
      return undefined
  }
}

/**
 * The week and day grids (rows: the all-day row, then the hours `[first, last)`): left/right by
 * a day (in a day view that changes the day shown), up/down between rows, Home/End to the first
 * and last day of the week in a week view and to the first and last row in a day view (with
 * Ctrl, the grid's first and last cell), PageUp/PageDown a week or a day, Enter or Space to open
 * the day.
 */
export function timeGridAction(
  press: KeyPress,
  grid: {
    readonly view: 'week' | 'day'
    readonly focused: string
    readonly row: number
    readonly rows: { readonly first: number; readonly last: number }
    readonly rtl: boolean
  },
): GridAction {
  const { focused, row, rows } = grid
  const forward = grid.rtl ? -1 : 1
  const week = grid.view === 'week'
  const monday = mondayOf(focused)
  const move = (date: string, to: number): GridAction => ({ kind: 'move', date, row: to })
  switch (press.key) {
    case 'ArrowRight':
      return move(addCalendarDays(focused, forward), row)
    case 'ArrowLeft':
      return move(addCalendarDays(focused, -forward), row)
    case 'ArrowDown':
      return move(focused, row === allDayRow ? rows.first : Math.min(row + 1, rows.last - 1))
    case 'ArrowUp':
      return move(focused, row <= rows.first ? allDayRow : row - 1)
    case 'Home':
      return move(week ? monday : focused, press.ctrlKey || !week ? allDayRow : row)
    case 'End':
      return move(
        week ? addCalendarDays(monday, 6) : focused,
        press.ctrlKey || !week ? rows.last - 1 : row,
      )
    case 'PageUp':
      return move(stepDate(grid.view, focused, -1), row)
    case 'PageDown':
      return move(stepDate(grid.view, focused, 1), row)
    case 'Enter':
    case ' ':
      return { kind: 'open' }
    default:
      return undefined
  }
}
