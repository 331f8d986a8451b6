import { expandMeetings, parseMeeting, type Meeting } from '@lienthong/core/meeting'
import { generateSampleData } from '@lienthong/core/sample'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoAxeViolations } from '../internal/test-utils/axe.js'
import { createWrapper, mount, root, text } from '../internal/test-utils/element-test.js'
import {
  conflicts,
  meetings,
  organizations,
  people,
  venues,
} from '../internal/test-utils/schedule-fixtures.js'
import { addCalendarDays, mondayOf, startOfDateIn, wallClock } from '../internal/zoned-time.js'
import './define.js'
import type {
  CalendarRangeChangeDetail,
  CalendarView,
  MeetingCalendar,
  SelectDetail,
} from './meeting-calendar.js'

/** Six meetings at the same hour on Thursday 12 March 2026: more than fit side by side. */
const sixAtOnce: Meeting[] = Array.from({ length: 6 }, (_, index) =>
  parseMeeting({
    id: `same-${index}`,
    title: `Đoàn công tác số ${index + 1}`,
    kind: 'working-session',
    hostId: 'ubnd',
    start: '2026-03-12T14:00:00+07:00',
    end: '2026-03-12T15:00:00+07:00',
  }),
)

let wrapper: HTMLDivElement

beforeEach(async () => {
  wrapper = await createWrapper()
})

afterEach(() => {
  document.body.replaceChildren()
})

async function calendar(
  view: CalendarView,
  date = '2026-03-04',
  extra: Partial<MeetingCalendar> = {},
): Promise<MeetingCalendar> {
  return mount(wrapper, 'lt-meeting-calendar', (element) => {
    Object.assign(element, {
      meetings: [...meetings, ...sixAtOnce],
      people,
      venues,
      organizations,
      conflicts,
      date,
      view,
      ...extra,
    })
  })
}

function slot(element: MeetingCalendar, date: string, row: number | 'all-day'): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(
    `td[data-date="${date}"][data-row="${row}"]`,
  )
  if (!found) throw new Error(`no cell for ${date} ${row}`)
  return found
}

function eventTitled(element: MeetingCalendar, title: string): HTMLElement {
  const found = [...root(element).querySelectorAll<HTMLElement>('.event')].find((item) =>
    text(item.querySelector('.event-title')).startsWith(title),
  )
  if (!found) throw new Error(`no event ${title}`)
  return found
}

function focused(element: MeetingCalendar): string {
  const active = root(element).activeElement as HTMLElement | null
  return `${active?.dataset.date ?? '-'} ${active?.dataset.row ?? '-'}`
}

describe('<lt-meeting-calendar> week view', () => {
  test('a time grid Monday to Sunday: hours, all-day row, meetings at their time and length', async () => {
    const element = await calendar('week')
    const shadow = root(element)
    expect(text(shadow.querySelector('#period-label'))).toBe('2 – 8 tháng 3, 2026')
    const grid = shadow.querySelector('table[role=grid]')
    expect(grid?.getAttribute('aria-labelledby')).toBe('period-label')
    const headers = [...shadow.querySelectorAll('thead th')].map(text)
    expect(headers).toHaveLength(8)
    expect(headers[1]).toBe('Thứ Hai, 2 tháng 3, 2026 Thứ 2 2/3')
    expect(headers[7]).toBe('Chủ Nhật, 8 tháng 3, 2026 CN 8/3')
    // Hours from an hour before work (7:00) to the end of the evening programme (21:30).
    const hours = [...shadow.querySelectorAll('tbody th.hour')].map(text)
    expect(hours[0]).toBe('Cả ngày')
    expect(hours[1]).toBe('07:00')
    expect(hours.at(-1)).toBe('21:00')
    // A meeting sits in the cell of the hour it starts in and is as tall as it lasts.
    const btv = eventTitled(element, 'Hội nghị Ban Thường vụ')
    expect(btv.closest('td')?.dataset).toMatchObject({ date: '2026-03-02', row: '8' })
    const hour = slot(element, '2026-03-02', 8).getBoundingClientRect().height
    expect(btv.getBoundingClientRect().height / hour).toBeCloseTo(3.5, 1)
    // The two-day council session (not an all-day meeting) is drawn at its hours on both days,
    // clipped to the grid: from 08:00 on Thursday, until 11:30 on Friday.
    const council = [...shadow.querySelectorAll<HTMLElement>('.event')].filter((event) =>
      text(event).includes('Kỳ họp thứ 25'),
    )
    // (A week grid is laid out hour by hour: Friday's part at 07:00 comes first.)
    expect(council.map((event) => event.closest('td')?.dataset)).toMatchObject([
      { date: '2026-03-06', row: '7' },
      { date: '2026-03-05', row: '8' },
    ])
    council.reverse()
    expect(council.map(text)).toEqual([
      '08:00 5/3 – 11:30 6/3 Kỳ họp thứ 25 HĐND Thành phố khóa XVI (kéo dài sang ngày hôm sau)',
      '08:00 5/3 – 11:30 6/3 Kỳ họp thứ 25 HĐND Thành phố khóa XVI (tiếp tục từ ngày hôm trước)',
    ])
    // The all-day row holds all-day meetings only, and this week has none.
    expect(text(slot(element, '2026-03-06', 'all-day').querySelector('.lt-visually-hidden'))).toBe(
      'Thứ Sáu, 6 tháng 3, 2026, Cả ngày',
    )
    expect(shadow.querySelectorAll('td[data-row="all-day"] .chip')).toHaveLength(0)
    expect(shadow.querySelectorAll('.event .event-title')).toHaveLength(10)
  })

  test('overlapping meetings stand side by side, and the clash is marked without colour', async () => {
    const element = await calendar('week')
    const reception = eventTitled(element, 'Tiếp công dân')
    const inspection = eventTitled(element, 'Làm việc với Đoàn kiểm tra')
    const a = reception.getBoundingClientRect()
    const b = inspection.getBoundingClientRect()
    expect(a.right).toBeLessThanOrEqual(b.left + 1)
    expect(b.top).toBeLessThan(a.bottom)
    for (const event of [reception, inspection]) {
      expect(event.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
      expect(text(event.querySelector('.lt-visually-hidden'))).toBe('Trùng lịch:')
      expect(getComputedStyle(event).outlineStyle).toBe('dashed')
    }
    expect(text(reception)).toBe('Trùng lịch: 08:00–11:00 Tiếp công dân định kỳ tháng 3')
  })

  test('hours outside working time are shaded, and said to screen readers', async () => {
    const element = await calendar('week')
    const background = (cell: HTMLElement): string => getComputedStyle(cell).backgroundImage
    const colour = (cell: HTMLElement): string => getComputedStyle(cell).backgroundColor
    const working = slot(element, '2026-03-02', 9)
    const lunch = slot(element, '2026-03-02', 12)
    const saturday = slot(element, '2026-03-07', 9)
    expect(colour(working)).toBe('rgba(0, 0, 0, 0)')
    expect(colour(lunch)).not.toBe('rgba(0, 0, 0, 0)')
    expect(colour(saturday)).toBe(colour(lunch))
    // 7:00–8:00: work starts at 7:30, so half of the hour is shaded.
    expect(background(slot(element, '2026-03-02', 7))).toContain('linear-gradient')
    expect(text(lunch.querySelector('.lt-visually-hidden'))).toBe(
      'Thứ Hai, 2 tháng 3, 2026, 12:00, ngoài giờ làm việc',
    )
    // 9:00 on Monday: the Standing Board conference began at 8:00 and still runs.
    expect(text(working.querySelector('.lt-visually-hidden'))).toBe(
      'Thứ Hai, 2 tháng 3, 2026, 09:00, đang diễn ra: Hội nghị Ban Thường vụ Thành ủy',
    )
    expect(text(slot(element, '2026-03-02', 13).querySelector('.lt-visually-hidden'))).toBe(
      'Thứ Hai, 2 tháng 3, 2026, 13:00',
    )
  })

  test('more overlapping meetings than fit: four side by side, the rest behind "+N more"', async () => {
    const element = await calendar('week', '2026-03-12')
    const shown = [...root(element).querySelectorAll('.event .event-title')].map(text)
    expect(shown.filter((title) => title.startsWith('Đoàn công tác'))).toHaveLength(4)
    expect(root(element).textContent).not.toContain('Đoàn công tác số 6')
    const more = slot(element, '2026-03-12', 'all-day').querySelector<HTMLButtonElement>('.more')
    expect(text(more)).toBe('+2 khác')
    more?.click()
    await element.updateComplete
    const panel = root(element).querySelector('.day-panel')
    expect(panel?.querySelectorAll('.meeting')).toHaveLength(6)
    expect(text(panel)).toContain('Đoàn công tác số 6')
  })

  test('the time-zone attribute moves a meeting to its hour in that zone', async () => {
    const own = await calendar('week')
    expect(eventTitled(own, 'Xúc tiến đầu tư').closest('td')?.dataset.row).toBe('10')
    expect(text(eventTitled(own, 'Xúc tiến đầu tư').querySelector('.event-time'))).toBe(
      '10:00–12:00 GMT+1',
    )
    document.body.replaceChildren()
    wrapper = await createWrapper()
    const hanoi = await calendar('week', '2026-03-04', { timeZone: 'Asia/Ho_Chi_Minh' })
    expect(eventTitled(hanoi, 'Xúc tiến đầu tư').closest('td')?.dataset.row).toBe('16')
  })

  test('titles are text, never HTML', async () => {
    const hostile = parseMeeting({
      id: 'x',
      title: '<img src=x onerror="window.__ltPwned = true"><b>bold</b>',
      kind: 'other',
      hostId: 'ubnd',
      start: '2026-03-02T09:00:00+07:00',
      end: '2026-03-02T10:00:00+07:00',
    })
    const element = await calendar('week', '2026-03-02', { meetings: [hostile] })
    expect(root(element).querySelector('img, b')).toBeNull()
    expect(text(eventTitled(element, '<img').querySelector('.event-title'))).toBe(
      '<img src=x onerror="window.__ltPwned = true"><b>bold</b>',
    )
    element.view = 'day'
    await element.updateComplete
    expect(root(element).querySelector('img, b')).toBeNull()
    expect((window as { __ltPwned?: boolean }).__ltPwned).toBeUndefined()
  })
})

describe('<lt-meeting-calendar> week and day keyboard (WAI-ARIA grid)', () => {
  test('one tab stop; arrows between days and hours; Home/End; PageUp/PageDown by week', async () => {
    const element = await calendar('week')
    const ranges: CalendarRangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) =>
      ranges.push(event.detail as CalendarRangeChangeDetail),
    )
    const cells = [...root(element).querySelectorAll<HTMLElement>('td[role=gridcell]')]
    expect(cells.filter((cell) => cell.tabIndex === 0)).toHaveLength(1)
    root(element).querySelector<HTMLElement>('td[tabindex="0"]')?.focus()
    // Wednesday's first meeting starts at 8:00 (the cancelled briefing).
    expect(focused(element)).toBe('2026-03-04 8')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(focused(element)).toBe('2026-03-04 10')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused(element)).toBe('2026-03-05 10')
    await userEvent.keyboard('{Home}')
    expect(focused(element)).toBe('2026-03-02 10')
    await userEvent.keyboard('{End}')
    expect(focused(element)).toBe('2026-03-08 10')
    await userEvent.keyboard('{Control>}{Home}{/Control}')
    expect(focused(element)).toBe('2026-03-02 all-day')
    await userEvent.keyboard('{ArrowUp}')
    expect(focused(element)).toBe('2026-03-02 all-day')
    await userEvent.keyboard('{ArrowDown}')
    expect(focused(element)).toBe('2026-03-02 7')
    expect(ranges).toEqual([])
    await userEvent.keyboard('{PageDown}')
    expect(focused(element)).toBe('2026-03-09 7')
    expect(ranges).toEqual([
      {
        start: '2026-03-09',
        end: '2026-03-15',
        from: new Date('2026-03-09T00:00:00+07:00'),
        to: new Date('2026-03-16T00:00:00+07:00'),
        timeZone: 'Asia/Ho_Chi_Minh',
        trigger: 'next',
        view: 'week',
      },
    ])
    await userEvent.keyboard('{PageUp}{ArrowLeft}')
    expect(focused(element)).toBe('2026-03-01 7')
    expect(ranges.at(-1)).toMatchObject({ start: '2026-02-23', trigger: 'previous' })
    expect(root(element).querySelectorAll('td[tabindex="0"]')).toHaveLength(1)
  })

  test('Enter lists the day, Enter on a meeting fires lt-select, Escape goes back to the cell', async () => {
    const element = await calendar('week')
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    slot(element, '2026-03-04', 8).focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused(element)).toBe('2026-03-03 8')
    // The focused day's clash is explained in words, as the cell's description.
    const note = root(element).querySelector('#focus-note')
    expect(slot(element, '2026-03-03', 8).getAttribute('aria-describedby')).toBe('focus-note')
    expect(text(note)).toContain('Lê Minh Cường cũng có lịch dự')
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    const first = root(element).querySelector('.day-panel .meeting')
    expect(root(element).activeElement).toBe(first)
    await userEvent.keyboard('{Enter}')
    expect(selected.map((detail) => [detail.meeting.id, detail.date])).toEqual([
      ['m-tcd', '2026-03-03'],
    ])
    await userEvent.keyboard('{Escape}')
    await element.updateComplete
    expect(root(element).querySelector('.day-panel')).toBeNull()
    expect(focused(element)).toBe('2026-03-03 8')
    // From 10:00, Enter opens the day at the meeting that starts then.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await element.updateComplete
    const active = root(element).activeElement
    expect(active?.closest('.day-panel')).not.toBeNull()
    expect(text(active?.querySelector('.title'))).toBe('Làm việc với Đoàn kiểm tra của Trung ương')
  })

  test('clicking a meeting fires lt-select with its day', async () => {
    const element = await calendar('week')
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    eventTitled(element, 'Chương trình nghệ thuật').click()
    expect(selected.map((detail) => [detail.meeting.id, detail.date])).toEqual([
      ['m-8-3', '2026-03-07'],
    ])
  })

  test('day view: one column; left/right and PageUp/PageDown move a day', async () => {
    const element = await calendar('day', '2026-03-03')
    const ranges: CalendarRangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) =>
      ranges.push(event.detail as CalendarRangeChangeDetail),
    )
    expect(text(root(element).querySelector('#period-label'))).toBe('Thứ Ba, 3 tháng 3, 2026')
    expect(root(element).querySelectorAll('thead th')).toHaveLength(2)
    const a = eventTitled(element, 'Tiếp công dân').getBoundingClientRect()
    const b = eventTitled(element, 'Làm việc với Đoàn kiểm tra').getBoundingClientRect()
    expect(a.right).toBeLessThanOrEqual(b.left + 1)
    slot(element, '2026-03-03', 8).focus()
    await userEvent.keyboard('{End}')
    expect(focused(element)).toBe('2026-03-03 17')
    await userEvent.keyboard('{Home}')
    expect(focused(element)).toBe('2026-03-03 all-day')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused(element)).toBe('2026-03-04 all-day')
    expect(ranges.at(-1)).toMatchObject({
      start: '2026-03-04',
      end: '2026-03-04',
      trigger: 'next',
      view: 'day',
    })
    await userEvent.keyboard('{PageUp}{PageUp}')
    expect(focused(element)).toBe('2026-03-02 all-day')
    expect(ranges).toHaveLength(3)
  })
})

describe('<lt-meeting-calendar> views and navigation', () => {
  test('the view switcher changes the view and fires lt-range-change with the new range and trigger view', async () => {
    const element = await calendar('month')
    const ranges: CalendarRangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) =>
      ranges.push(event.detail as CalendarRangeChangeDetail),
    )
    const button = (view: CalendarView): HTMLButtonElement | null =>
      root(element).querySelector(`.view-${view}`)
    button('week')?.click()
    await element.updateComplete
    expect(element.view).toBe('week')
    expect(button('week')?.getAttribute('aria-pressed')).toBe('true')
    expect(element.getAttribute('view')).toBe('week')
    button('day')?.click()
    await element.updateComplete
    button('agenda')?.click()
    await element.updateComplete
    expect(ranges.map((range) => [range.view, range.start, range.end, range.trigger])).toEqual([
      ['week', '2026-03-02', '2026-03-08', 'view'],
      ['day', '2026-03-04', '2026-03-04', 'view'],
      ['agenda', '2026-03-01', '2026-03-31', 'view'],
    ])
    // The same days in another view still say so; the view already shown fires nothing.
    button('month')?.click()
    await element.updateComplete
    button('month')?.click()
    await element.updateComplete
    expect(ranges.map((range) => [range.view, range.trigger]).slice(3)).toEqual([['month', 'view']])
  })

  test('previous, next and today move by the period of the view', async () => {
    const element = await calendar('week')
    const shadow = root(element)
    const click = async (name: string): Promise<void> => {
      shadow.querySelector<HTMLButtonElement>(`.${name}`)?.click()
      await element.updateComplete
    }
    expect(text(shadow.querySelector('.previous'))).toBe('‹ Tuần trước')
    await click('next')
    expect(text(shadow.querySelector('#period-label'))).toBe('9 – 15 tháng 3, 2026')
    await click('previous')
    await click('previous')
    expect(text(shadow.querySelector('#period-label'))).toBe('23 tháng 2 – 1 tháng 3, 2026')
    element.view = 'day'
    await element.updateComplete
    expect(text(shadow.querySelector('.today'))).toBe('Hôm nay')
    await click('next')
    expect(element.focusedDate).toBe('2026-02-26')
    await click('today')
    expect(element.focusedDate).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
    )
  })

  test('an empty week says so', async () => {
    const element = await calendar('week', '2026-06-10')
    expect(text(root(element).querySelector('.empty-note'))).toBe(
      'Không có cuộc họp nào trong tuần này.',
    )
  })
})

describe('<lt-meeting-calendar> week and day views in every language', () => {
  test('follows the page language; Urdu runs right to left with ArrowLeft going forward', async () => {
    const element = await calendar('week')
    const label = (): string => text(root(element).querySelector('#period-label'))
    wrapper.lang = 'en'
    await expect.poll(label).toBe('2 – 8 March 2026')
    wrapper.lang = 'ja'
    await expect.poll(label).toBe('2026/03/02～2026/03/08')
    wrapper.lang = 'ru'
    await expect.poll(() => text(root(element).querySelector('.next'))).toBe('Следующая неделя ›')
    wrapper.lang = 'ur'
    await expect
      .poll(() => root(element).querySelector('.lt-root')?.getAttribute('dir'))
      .toBe('rtl')
    const monday = slot(element, '2026-03-02', 9).getBoundingClientRect()
    const sunday = slot(element, '2026-03-08', 9).getBoundingClientRect()
    expect(monday.left).toBeGreaterThan(sunday.left)
    slot(element, '2026-03-04', 9).focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused(element)).toBe('2026-03-05 9')
    // Side by side from the right: the earlier meeting of the clash takes the right-hand column.
    const a = eventTitled(element, 'Tiếp công dân').getBoundingClientRect()
    const b = eventTitled(element, 'Làm việc với Đoàn kiểm tra').getBoundingClientRect()
    expect(a.left).toBeGreaterThanOrEqual(b.right - 1)
  })

  for (const view of ['month', 'week', 'day', 'agenda'] as const) {
    test(`no accessibility violations in the ${view} view, in every language`, async () => {
      const element = await calendar(view, '2026-03-03')
      for (const lang of ['vi', 'en', 'ja', 'ru', 'ur']) {
        wrapper.lang = lang
        await expect
          .poll(() => root(element).querySelector('.lt-root')?.getAttribute('lang'))
          .toMatch(new RegExp(`^${lang}`))
        await expectNoAxeViolations(element)
      }
      // With the day's list open and the conflict list open.
      if (view !== 'agenda') {
        root(element).querySelector<HTMLElement>('[role=grid] [tabindex="0"]')?.focus()
        await userEvent.keyboard('{Enter}')
      }
      root(element).querySelector<HTMLElement>('details.conflicts summary')?.click()
      await expect.poll(() => root(element).querySelector('details.conflicts li')).not.toBeNull()
      await expectNoAxeViolations(element)
    })
  }
})

describe('<lt-meeting-calendar> src: loading and iCalendar feeds', () => {
  test('says it is loading while waiting for src', async () => {
    const element = await calendar('week', '2026-03-02', {
      meetings: [],
      src: '/__lt-test__/slow?ms=3000',
    })
    const status = root(element).querySelector('[role=status]')
    expect(text(status)).toBe('Đang tải…')
    expect(root(element).querySelector('table')).toBeNull()
    element.src = ''
  })

  test('reads an .ics feed: its events are meetings of the body the file is named after', async () => {
    const element = await calendar('week', '2026-03-02', {
      meetings: [],
      conflicts: undefined,
      src: new URL('./fixtures/ubnd.ics', import.meta.url).pathname,
    })
    await expect
      .poll(() => root(element).querySelectorAll('.event').length, { timeout: 10_000 })
      .toBe(2)
    const first = eventTitled(element, 'Giao ban')
    expect(first.closest('td')?.dataset).toMatchObject({ date: '2026-03-02', row: '8' })
    expect(text(first.querySelector('.event-title'))).toBe('Giao ban đầu tuần <b>UBND</b>')
    expect(root(element).querySelector('b')).toBeNull()
    // The host is the feed's name: organisations given by property name it.
    expect(text(root(element).querySelector('.legend li'))).toBe('UBND Thành phố')
  })

  test('a file that is not iCalendar is an invalid-data error, with a retry', async () => {
    const element = await calendar('month', '2026-03-02', {
      meetings: [],
      src: new URL('./fixtures/broken.ics', import.meta.url).pathname,
    })
    await expect
      .poll(() => text(root(element).querySelector('[role=alert]')), { timeout: 10_000 })
      .toContain('Dữ liệu')
    expect(root(element).querySelector('[role=alert] .retry')).not.toBeNull()
  })
})

describe('<lt-meeting-calendar> conflicts explained and theming', () => {
  test('the focused day’s clashes are explained in words and describe the focused cell', async () => {
    const element = await calendar('month', '2026-03-02')
    const cellOf = (date: string): HTMLElement | null =>
      root(element).querySelector(`td[data-date="${date}"]`)
    expect(root(element).querySelector('#focus-note')).toBeNull()
    expect(cellOf('2026-03-02')?.hasAttribute('aria-describedby')).toBe(false)
    cellOf('2026-03-02')?.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(focused(element)).toBe('2026-03-03 -')
    const note = root(element).querySelector('#focus-note')
    expect(cellOf('2026-03-03')?.getAttribute('aria-describedby')).toBe('focus-note')
    expect(text(note?.querySelector('p'))).toBe('Trùng lịch ngày 3/3:')
    expect([...(note?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      expect.stringMatching(
        /^Tiếp công dân định kỳ tháng 3: Lê Minh Cường cũng có lịch dự “Làm việc với Đoàn kiểm tra của Trung ương” cùng lúc/,
      ),
      expect.stringMatching(/^Làm việc với Đoàn kiểm tra của Trung ương: Lê Minh Cường/),
    ])
  })

  test('themed through --lt-* properties and ::part; no styles leak in or out', async () => {
    const style = document.head.appendChild(document.createElement('style'))
    style.textContent = `
      lt-meeting-calendar { --lt-calendar-org-0: rgb(1, 2, 3); }
      lt-meeting-calendar::part(event) { font-style: italic; }
      .chip, .event { color: rgb(255, 0, 0); }`
    try {
      const element = await calendar('week')
      // Host bodies by id: hdnd is the first colour.
      const council = eventTitled(element, 'Kỳ họp thứ 25')
      expect(getComputedStyle(council).borderInlineStartColor).toBe('rgb(1, 2, 3)')
      const event = eventTitled(element, 'Hội nghị Ban Thường vụ')
      expect(getComputedStyle(event).fontStyle).toBe('italic')
      expect(getComputedStyle(event).color).not.toBe('rgb(255, 0, 0)')
      const outside = wrapper.appendChild(document.createElement('button'))
      outside.className = 'chip event'
      expect(getComputedStyle(outside).position).toBe('static')
      expect(getComputedStyle(outside).borderInlineStartWidth).not.toBe('4px')
    } finally {
      style.remove()
    }
  })
})

describe('<lt-meeting-calendar> now line', () => {
  test('today’s column shows a line at the current time, hidden from screen readers', async () => {
    const zone = 'Asia/Ho_Chi_Minh'
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date())
    const part = (type: string): string => parts.find((item) => item.type === type)?.value ?? ''
    const today = `${part('year')}-${part('month')}-${part('day')}`
    // Every hour shown, so the current one is there whatever the time of the test run.
    const element = await calendar('day', today, { workingHours: '0:00-24:00', timeZone: zone })
    const lines = root(element).querySelectorAll('.now-line')
    expect(lines).toHaveLength(1)
    expect(lines[0]?.closest('td')?.dataset.row).toBe(String(Number(part('hour'))))
    expect(lines[0]?.getAttribute('aria-hidden')).toBe('true')
    element.date = '2026-03-03'
    await element.updateComplete
    expect(root(element).querySelector('.now-line')).toBeNull()
  })
})

describe('<lt-meeting-calendar> attributes it cannot use', () => {
  test('an unknown view, a date that does not exist and a wrong time zone fall back, with a warning for the view', async () => {
    const warnings: unknown[] = []
    const warn = console.warn
    console.warn = (...args: unknown[]) => warnings.push(args[0])
    try {
      const element = document.createElement('lt-meeting-calendar')
      element.setAttribute('view', 'year')
      element.setAttribute('date', '2026-02-30')
      element.setAttribute('time-zone', 'Mars/Olympus')
      element.setAttribute('max-events', 'many')
      element.meetings = meetings
      wrapper.append(element)
      await element.updateComplete
      await element.updateComplete
      expect(element.view).toBe('month')
      expect(root(element).querySelector('table.month')).not.toBeNull()
      expect(String(warnings[0])).toContain('unknown view "year"')
      // An impossible date means today; the zone is the default one.
      expect(element.focusedDate).toBe(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
      )
    } finally {
      console.warn = warn
    }
  })
})

describe('<lt-meeting-calendar> with generated sample data', () => {
  const zone = 'Asia/Ho_Chi_Minh'
  const sample = generateSampleData({ seed: 7, scale: 0.3 })

  /**
   * How many (meeting, day) pairs fall in the seven days from `monday`, a recurring meeting's
   * occurrences each counted (expanded with core's `expandMeetings`).
   */
  function meetingDays(monday: string): number {
    const sunday = addCalendarDays(monday, 6)
    const occurrences = expandMeetings(sample.meetings, {
      from: startOfDateIn(monday, zone),
      to: startOfDateIn(addCalendarDays(monday, 7), zone),
    })
    let count = 0
    for (const meeting of occurrences) {
      const start = wallClock(meeting.start, zone).date
      const last = wallClock(new Date(meeting.end.getTime() - 1), zone).date
      for (let date = start; date <= last; date = addCalendarDays(date, 1)) {
        if (date >= monday && date <= sunday) count += 1
      }
    }
    return count
  }

  /** Meetings drawn (events and chips) plus those counted in "+N more". */
  function accountedFor(element: MeetingCalendar): number {
    const shown = root(element).querySelectorAll('.event, .chip').length
    const more = [...root(element).querySelectorAll('.more')]
      .map((button) => Number(/\d+/.exec(text(button))?.[0] ?? 0))
      .reduce((sum, count) => sum + count, 0)
    return shown + more
  }

  test('the busiest week of a generated city: every meeting is drawn or counted in "+N more"', async () => {
    const weeks = new Map<string, number>()
    for (const meeting of sample.meetings) {
      const monday = mondayOf(wallClock(meeting.start, zone).date)
      weeks.set(monday, (weeks.get(monday) ?? 0) + 1)
    }
    const [busiest = ''] = [...weeks].sort((a, b) => b[1] - a[1])[0] ?? []
    const expected = meetingDays(busiest)
    expect(expected).toBeGreaterThan(20)
    const element = await calendar('week', busiest, {
      meetings: sample.meetings,
      people: sample.people,
      venues: sample.venues,
      organizations: sample.organizations,
      conflicts: undefined,
      timeZone: zone,
    })
    // Recurring meetings come in once core's expansion has loaded.
    await expect.poll(() => accountedFor(element)).toBe(expected)
    element.view = 'day'
    await element.updateComplete
    const days = Array.from({ length: 7 }, (_, index) => addCalendarDays(busiest, index))
    let total = 0
    for (const date of days) {
      element.date = date
      await element.updateComplete
      total += accountedFor(element)
    }
    expect(total).toBe(expected)
  })

  test('the planted clash is found with detectConflicts and marked', async () => {
    const clash = sample.intentionalClashes[0]
    const first = sample.meetings.find((meeting) => meeting.id === clash?.meetingIds[0])
    if (!clash || !first) throw new Error('the sample has no clash')
    const element = await calendar('week', wallClock(first.start, zone).date, {
      meetings: sample.meetings,
      people: sample.people,
      venues: sample.venues,
      organizations: sample.organizations,
      conflicts: undefined,
      timeZone: zone,
    })
    const clashing = (): string[] =>
      [...root(element).querySelectorAll('.event.clash .event-title, .chip.clash .chip-title')].map(
        (title) => text(title),
      )
    const titles = clash.meetingIds.map(
      (id) => sample.meetings.find((meeting) => meeting.id === id)?.title ?? id,
    )
    await expect.poll(clashing, { timeout: 10_000 }).toEqual(expect.arrayContaining(titles))
    await expectNoAxeViolations(element)
  })
})
