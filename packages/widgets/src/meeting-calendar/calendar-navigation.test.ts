import { describe, expect, test } from 'vitest'
import {
  allDayRow,
  monthGridAction,
  rangeOf,
  stepDate,
  timeGridAction,
  type KeyPress,
} from './calendar-navigation.js'

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: name,
  ctrlKey: false,
  shiftKey: false,
  ...modifiers,
})

describe('rangeOf and stepDate', () => {
  test('each view shows its period and steps by it; a month step clamps the day', () => {
    expect(rangeOf('month', '2026-02-11')).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(rangeOf('agenda', '2028-02-11')).toEqual({ start: '2028-02-01', end: '2028-02-29' })
    expect(rangeOf('week', '2026-03-01')).toEqual({ start: '2026-02-23', end: '2026-03-01' })
    expect(rangeOf('day', '2026-03-01')).toEqual({ start: '2026-03-01', end: '2026-03-01' })
    expect(stepDate('month', '2026-01-31', 1)).toBe('2026-02-28')
    expect(stepDate('week', '2026-12-28', 1)).toBe('2027-01-04')
    expect(stepDate('day', '2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('monthGridAction', () => {
  const at = (name: string, modifiers?: Partial<KeyPress>, rtl = false): string | undefined => {
    const action = monthGridAction(key(name, modifiers), '2026-03-04', rtl)
    return action?.kind === 'move' ? action.date : action?.kind
  }

  test('the WAI-ARIA grid keys', () => {
    expect(at('ArrowRight')).toBe('2026-03-05')
    expect(at('ArrowRight', {}, true)).toBe('2026-03-03')
    expect(at('ArrowLeft', {}, true)).toBe('2026-03-05')
    expect(at('ArrowDown')).toBe('2026-03-11')
    expect(at('ArrowUp')).toBe('2026-02-25')
    expect(at('Home')).toBe('2026-03-02')
    expect(at('End')).toBe('2026-03-08')
    expect(at('Home', { ctrlKey: true })).toBe('2026-03-01')
    expect(at('End', { ctrlKey: true })).toBe('2026-03-31')
    expect(at('PageDown')).toBe('2026-04-04')
    expect(at('PageUp', { shiftKey: true })).toBe('2025-03-04')
    expect(at('Enter')).toBe('open')
    expect(at(' ')).toBe('open')
    expect(at('a')).toBeUndefined()
  })
})

describe('timeGridAction', () => {
  const rows = { first: 7, last: 18 }
  const at = (
    name: string,
    grid: { view?: 'week' | 'day'; row?: number; rtl?: boolean; ctrlKey?: boolean } = {},
  ): string | undefined => {
    const action = timeGridAction(key(name, { ctrlKey: grid.ctrlKey ?? false }), {
      view: grid.view ?? 'week',
      focused: '2026-03-04',
      row: grid.row ?? 9,
      rows,
      rtl: grid.rtl ?? false,
    })
    return action?.kind === 'move' ? `${action.date} ${action.row}` : action?.kind
  }

  test('week: days across, hours down, the all-day row above the first hour', () => {
    expect(at('ArrowRight')).toBe('2026-03-05 9')
    expect(at('ArrowLeft', { rtl: true })).toBe('2026-03-05 9')
    expect(at('ArrowDown')).toBe('2026-03-04 10')
    expect(at('ArrowDown', { row: 17 })).toBe('2026-03-04 17')
    expect(at('ArrowUp', { row: 7 })).toBe(`2026-03-04 ${allDayRow}`)
    expect(at('ArrowDown', { row: allDayRow })).toBe('2026-03-04 7')
    expect(at('ArrowUp', { row: allDayRow })).toBe(`2026-03-04 ${allDayRow}`)
    expect(at('Home')).toBe('2026-03-02 9')
    expect(at('End')).toBe('2026-03-08 9')
    expect(at('Home', { ctrlKey: true })).toBe(`2026-03-02 ${allDayRow}`)
    expect(at('End', { ctrlKey: true })).toBe('2026-03-08 17')
    expect(at('PageDown')).toBe('2026-03-11 9')
    expect(at('Enter')).toBe('open')
  })

  test('day: left/right and PageUp/PageDown change the day; Home/End go to the first and last row', () => {
    expect(at('ArrowRight', { view: 'day' })).toBe('2026-03-05 9')
    expect(at('PageUp', { view: 'day' })).toBe('2026-03-03 9')
    expect(at('Home', { view: 'day' })).toBe(`2026-03-04 ${allDayRow}`)
    expect(at('End', { view: 'day' })).toBe('2026-03-04 17')
  })
})
