import { parseMeeting, type Meeting } from '@lienthong/core/meeting'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoAxeViolations } from '../internal/test-utils/axe.js'
import { createWrapper, mount, root, text } from '../internal/test-utils/element-test.js'
import { organizations, people, venues } from '../internal/test-utils/schedule-fixtures.js'
import '../weekly-schedule/define.js'
import './define.js'
import type { CalendarView, MeetingCalendar, SelectDetail } from './meeting-calendar.js'

/**
 * A weekly briefing with the city's office in Berlin, held at 08:00 Berlin time on Tuesdays: the
 * clocks there go forward on Sunday 29 March 2026, so it is at 14:00 in Hà Nội until then and at
 * 13:00 after. The 17 March briefing is cancelled (EXDATE) and an extra one is held on Thursday
 * 19 March at 14:00 (RDATE).
 */
const berlinBriefing: Meeting = parseMeeting({
  id: 'giao-ban-berlin',
  title: 'Giao ban trực tuyến với Văn phòng đại diện tại Berlin',
  kind: 'online-conference',
  hostId: 'ubnd',
  participantIds: ['p-dung'],
  timeZone: 'Europe/Berlin',
  start: '2026-03-03T08:00:00+01:00',
  end: '2026-03-03T09:00:00+01:00',
  recurrence: [
    'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260430T235959Z',
    'EXDATE;TZID=Europe/Berlin:20260317T080000',
    'RDATE;TZID=Europe/Berlin:20260319T140000',
  ],
})

/** Phạm Thu Dung is also wanted at a reception when the 24 March briefing runs (14:00 in Hà Nội). */
const reception: Meeting = parseMeeting({
  id: 'tiep-doan',
  title: 'Tiếp Đoàn doanh nghiệp Hàn Quốc',
  kind: 'working-session',
  hostId: 'ubnd',
  participantIds: ['p-dung'],
  start: '2026-03-24T14:30:00+07:00',
  end: '2026-03-24T15:30:00+07:00',
})

/** An evening reception running past midnight: 20:00 Thursday 5 March to 01:00 Friday. */
const gala: Meeting = parseMeeting({
  id: 'gala',
  title: 'Dạ hội chào mừng Ngày Quốc tế Phụ nữ',
  kind: 'city-event',
  hostId: 'ubnd',
  start: '2026-03-05T20:00:00+07:00',
  end: '2026-03-06T01:00:00+07:00',
})

/** A true all-day meeting: the only kind in the all-day row. */
const study: Meeting = parseMeeting({
  id: 'hoc-tap',
  title: 'Học tập, quán triệt Nghị quyết',
  kind: 'other',
  hostId: 'tu',
  allDay: true,
  start: '2026-03-04T00:00:00+07:00',
  end: '2026-03-05T00:00:00+07:00',
})

let wrapper: HTMLDivElement

beforeEach(async () => {
  wrapper = await createWrapper()
})

afterEach(() => {
  document.body.replaceChildren()
})

async function calendar(
  view: CalendarView,
  date: string,
  extra: Partial<MeetingCalendar> = {},
): Promise<MeetingCalendar> {
  return mount(wrapper, 'lt-meeting-calendar', (element) => {
    Object.assign(element, {
      meetings: [berlinBriefing, reception, gala, study],
      people,
      venues,
      organizations,
      date,
      view,
      ...extra,
    })
  })
}

/** `date row` of each event or chip whose title starts with `title`, by day. */
function placesOf(element: MeetingCalendar, title: string): string[] {
  return byDay([...root(element).querySelectorAll<HTMLElement>('.event, .chip')])
    .filter((item) => text(item.querySelector('.event-title, .chip-title')).startsWith(title))
    .map((item) => {
      const cell = item.closest<HTMLElement>('td')
      return `${cell?.dataset.date ?? '-'} ${cell?.dataset.row ?? '-'}`
    })
}

/** Events or chips sorted by the day of their cell (a week grid is laid out hour by hour). */
function byDay<T extends HTMLElement>(items: T[]): T[] {
  const day = (item: T): string => item.closest<HTMLElement>('td')?.dataset.date ?? ''
  return items.sort((a, b) => day(a).localeCompare(day(b)))
}

const briefing = 'Giao ban trực tuyến'

describe('<lt-meeting-calendar> recurring meetings', () => {
  test('month view: every occurrence of the weekly series, at 08:00 Berlin time across the DST change', async () => {
    const element = await calendar('month', '2026-03-10')
    // Core's expansion loads on first use: the occurrences come in with it.
    await expect
      .poll(() => placesOf(element, briefing))
      .toEqual(['2026-03-03 -', '2026-03-10 -', '2026-03-19 -', '2026-03-24 -', '2026-03-31 -'])
    const times = [...root(element).querySelectorAll('.chip')]
      .filter((chip) => text(chip).includes(briefing))
      .map((chip) => text(chip.querySelector('.chip-time')))
    // Shown in the meeting's own zone: 08:00 before and after Berlin's clocks change.
    expect(times).toEqual(['08:00', '08:00', '14:00', '08:00', '08:00'])
    element.next()
    await element.updateComplete
    expect(placesOf(element, briefing)).toEqual([
      '2026-03-31 -',
      '2026-04-07 -',
      '2026-04-14 -',
      '2026-04-21 -',
      '2026-04-28 -',
    ])
  })

  test('week view: one occurrence each week, at its hour on both sides of the DST change', async () => {
    const element = await calendar('week', '2026-03-02')
    await expect.poll(() => placesOf(element, briefing)).toEqual(['2026-03-03 8'])
    const weeks: string[][] = []
    for (let week = 0; week < 5; week += 1) {
      element.next()
      await element.updateComplete
      weeks.push(placesOf(element, briefing))
    }
    expect(weeks).toEqual([
      ['2026-03-10 8'],
      ['2026-03-19 14'],
      ['2026-03-24 8'],
      ['2026-03-31 8'],
      ['2026-04-07 8'],
    ])
  })

  test('with the time-zone attribute: the same instants on Hà Nội clocks, an hour earlier after 29 March', async () => {
    const element = await calendar('week', '2026-03-24', { timeZone: 'Asia/Ho_Chi_Minh' })
    await expect.poll(() => placesOf(element, briefing)).toEqual(['2026-03-24 14'])
    element.next()
    await element.updateComplete
    expect(placesOf(element, briefing)).toEqual(['2026-03-31 13'])
  })

  test('a clash with one occurrence marks that occurrence only, and says when it is', async () => {
    const element = await calendar('month', '2026-03-10', { timeZone: 'Asia/Ho_Chi_Minh' })
    const clashing = (): string[] =>
      [...root(element).querySelectorAll<HTMLElement>('.chip.clash')].map(
        (chip) =>
          `${chip.closest('td')?.dataset.date ?? '-'} ${text(chip.querySelector('.chip-title'))}`,
      )
    await expect
      .poll(clashing)
      .toEqual([`2026-03-24 ${berlinBriefing.title}`, `2026-03-24 ${reception.title}`])
    // The day list explains the clash with the occurrence's own time, not the series' first.
    element.date = '2026-03-24'
    await element.updateComplete
    const cell = root(element).querySelector<HTMLElement>('td[data-date="2026-03-24"]')
    cell?.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    const explanations = [...root(element).querySelectorAll('.day-panel .conflict li')].map(text)
    expect(explanations).toEqual([
      `Phạm Thu Dung cũng có lịch dự “${reception.title}” cùng lúc (Thứ Ba, 24/3 14:30–15:30).`,
      `Phạm Thu Dung cũng có lịch dự “${berlinBriefing.title}” cùng lúc (Thứ Ba, 24/3 14:00–15:00).`,
    ])
    await expectNoAxeViolations(element)
  })

  test('a clash with the start of a series that an EXDATE removed marks nothing', async () => {
    const series = parseMeeting({
      ...berlinBriefing,
      start: '2026-03-03T08:00:00+01:00',
      end: '2026-03-03T09:00:00+01:00',
      recurrence: [
        ...(berlinBriefing.recurrence ?? []),
        'EXDATE;TZID=Europe/Berlin:20260303T080000',
      ],
    })
    const early = parseMeeting({
      ...reception,
      id: 'early',
      start: '2026-03-03T14:15:00+07:00',
      end: '2026-03-03T15:00:00+07:00',
    })
    const element = await calendar('month', '2026-03-10', {
      meetings: [series, reception, early],
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    const clashing = (): string[] =>
      [...root(element).querySelectorAll<HTMLElement>('.chip.clash')].map(
        (chip) => chip.closest<HTMLElement>('td')?.dataset.date ?? '-',
      )
    // The 24 March clash is found: the search for the month's clashes is done.
    await expect.poll(clashing).toEqual(['2026-03-24', '2026-03-24'])
    expect(placesOf(element, briefing)[0]).toBe('2026-03-10 -')
  })

  test('choosing an occurrence gives the series and that occurrence’s start and end, by mouse and by keyboard', async () => {
    const element = await calendar('week', '2026-03-31')
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    await expect.poll(() => placesOf(element, briefing)).toEqual(['2026-03-31 8'])
    root(element).querySelector<HTMLElement>('.event')?.click()
    expect(selected).toHaveLength(1)
    expect(selected[0]?.meeting).toBe(berlinBriefing)
    expect(selected[0]?.date).toBe('2026-03-31')
    expect(selected[0]?.start.toISOString()).toBe('2026-03-31T06:00:00.000Z')
    expect(selected[0]?.end.toISOString()).toBe('2026-03-31T07:00:00.000Z')
    // Keyboard: the grid keeps one tab stop; arrows move, Enter lists the day, Enter chooses.
    const focusedCell = root(element).querySelector<HTMLElement>('[role=grid] [tabindex="0"]')
    focusedCell?.focus()
    expect(focusedCell?.dataset).toMatchObject({ date: '2026-03-31', row: '8' })
    await userEvent.keyboard('{ArrowRight}')
    await userEvent.keyboard('{ArrowLeft}')
    await element.updateComplete
    const active = root(element).activeElement as HTMLElement | null
    expect(active?.dataset).toMatchObject({ date: '2026-03-31', row: '8' })
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    expect(text(root(element).activeElement)).toContain(briefing)
    await userEvent.keyboard('{Enter}')
    expect(selected).toHaveLength(2)
    expect(selected[1]?.meeting).toBe(berlinBriefing)
    expect(selected[1]?.start.toISOString()).toBe('2026-03-31T06:00:00.000Z')
  })

  test('day and agenda views list the occurrences too', async () => {
    const element = await calendar('day', '2026-04-14')
    await expect.poll(() => placesOf(element, briefing)).toEqual(['2026-04-14 8'])
    element.view = 'agenda'
    await element.updateComplete
    const days = [...root(element).querySelectorAll('.agenda-day')]
      .filter((day) => text(day).includes(briefing))
      .map((day) => text(day.querySelector('.panel-title')))
    expect(days).toEqual([
      'Thứ Ba, 7 tháng 4, 2026',
      'Thứ Ba, 14 tháng 4, 2026',
      'Thứ Ba, 21 tháng 4, 2026',
      'Thứ Ba, 28 tháng 4, 2026',
    ])
  })
})

describe('<lt-meeting-calendar> meetings past midnight', () => {
  test('week view: drawn at its hours in both day columns, with names saying it goes on', async () => {
    const element = await calendar('week', '2026-03-02')
    const shadow = root(element)
    expect(placesOf(element, 'Dạ hội')).toEqual(['2026-03-05 20', '2026-03-06 0'])
    const parts = byDay(
      [...shadow.querySelectorAll<HTMLElement>('.event')].filter((event) =>
        text(event).includes('Dạ hội'),
      ),
    )
    expect(parts.map(text)).toEqual([
      '20:00 5/3 – 01:00 6/3 Dạ hội chào mừng Ngày Quốc tế Phụ nữ (kéo dài sang ngày hôm sau)',
      '20:00 5/3 – 01:00 6/3 Dạ hội chào mừng Ngày Quốc tế Phụ nữ (tiếp tục từ ngày hôm trước)',
    ])
    // Clipped to each day: four hours on Thursday, one on Friday.
    const hour = shadow.querySelector('td[data-row="20"]')?.getBoundingClientRect().height ?? 0
    expect(hour).toBeGreaterThan(0)
    expect(parts.map((part) => Math.round(part.getBoundingClientRect().height / hour))).toEqual([
      4, 1,
    ])
    // The grid runs from midnight to midnight so both parts are seen whole.
    const hours = [...shadow.querySelectorAll('tbody th.hour')].map(text)
    expect([hours[1], hours.at(-1)]).toEqual(['00:00', '23:00'])
    // Only the true all-day meeting is in the all-day row.
    const allDay = [...shadow.querySelectorAll('td[data-row="all-day"] .chip')].map(text)
    expect(allDay).toEqual(['Cả ngày Học tập, quán triệt Nghị quyết'])
    // An hour cell names the meeting still running in it.
    expect(
      text(shadow.querySelector('td[data-date="2026-03-05"][data-row="22"] .lt-visually-hidden')),
    ).toBe(
      'Thứ Năm, 5 tháng 3, 2026, 22:00, ngoài giờ làm việc, đang diễn ra: Dạ hội chào mừng Ngày Quốc tế Phụ nữ',
    )
    await expectNoAxeViolations(element)
  })

  test('month view: on each day it touches; day view: the part of the day shown', async () => {
    const element = await calendar('month', '2026-03-05')
    expect(placesOf(element, 'Dạ hội')).toEqual(['2026-03-05 -', '2026-03-06 -'])
    const names = [...root(element).querySelectorAll('.chip')]
      .filter((chip) => text(chip).includes('Dạ hội'))
      .map((chip) => text(chip))
    expect(names).toEqual([
      '20:00 Dạ hội chào mừng Ngày Quốc tế Phụ nữ (kéo dài sang ngày hôm sau)',
      'Tiếp tục Dạ hội chào mừng Ngày Quốc tế Phụ nữ (tiếp tục từ ngày hôm trước)',
    ])
    element.view = 'day'
    element.date = '2026-03-06'
    await element.updateComplete
    expect(placesOf(element, 'Dạ hội')).toEqual(['2026-03-06 0'])
  })

  test('a two-day conference: from its start to the end of the grid, then from the start of the grid to its end', async () => {
    const conference = parseMeeting({
      id: 'hoi-nghi',
      title: 'Hội nghị xúc tiến đầu tư',
      kind: 'city-event',
      hostId: 'ubnd',
      start: '2026-03-12T08:00:00+07:00',
      end: '2026-03-13T11:30:00+07:00',
    })
    const element = await calendar('week', '2026-03-12', { meetings: [conference] })
    expect(placesOf(element, 'Hội nghị xúc tiến')).toEqual(['2026-03-12 8', '2026-03-13 7'])
    const [first, second] = byDay([...root(element).querySelectorAll<HTMLElement>('.event')])
    // The grid keeps its working-day hours: the parts are clipped there, and say they go on.
    expect(first?.classList.contains('cut-end')).toBe(true)
    expect(second?.classList.contains('cut-start')).toBe(true)
    expect(text(first)).toContain('(kéo dài sang ngày hôm sau)')
    expect(text(second)).toContain('(tiếp tục từ ngày hôm trước)')
    expect(root(element).querySelectorAll('td[data-row="all-day"] .chip')).toHaveLength(0)
  })
})

describe('<lt-weekly-schedule> recurring and overnight meetings', () => {
  test('an occurrence in each week, the clash marked on the right one only', async () => {
    const element = await mount(wrapper, 'lt-weekly-schedule', (schedule) => {
      Object.assign(schedule, {
        meetings: [berlinBriefing, reception, gala],
        people,
        venues,
        organizations,
        week: '2026-03-16',
        timeZone: 'Asia/Ho_Chi_Minh',
      })
    })
    const rows = (): string[] =>
      [...root(element).querySelectorAll<HTMLElement>('tr[data-meeting-id]')].map(
        (row) =>
          `${row.dataset.meetingId ?? ''} ${text(row.querySelector('.time'))}${row.classList.contains('clash') ? ' clash' : ''}`,
      )
    // The 17 March briefing is cancelled; the extra one is on Thursday 19 March.
    await expect.poll(rows).toEqual(['giao-ban-berlin 20:00–21:00'])
    element.nextWeek()
    await element.updateComplete
    await expect
      .poll(rows)
      .toEqual(['giao-ban-berlin 14:00–15:00 clash', 'tiep-doan 14:30–15:30 clash'])
    element.nextWeek()
    await element.updateComplete
    await expect.poll(rows).toEqual(['giao-ban-berlin 13:00–14:00'])
    await expectNoAxeViolations(element)
  })
})

describe('<lt-meeting-calendar> times in Urdu', () => {
  test('an event’s time reads from its start, which stays in sight when the event is narrow', async () => {
    wrapper.lang = 'ur'
    const element = await calendar('week', '2026-03-02')
    await expect.poll(() => placesOf(element, briefing)).toEqual(['2026-03-03 8'])
    const clock = [...root(element).querySelectorAll<HTMLElement>('.event .clock')].find((item) =>
      text(item).includes('PM'),
    )
    if (!clock) throw new Error('no event time')
    const node = [...clock.childNodes].find(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes(':'),
    )
    const at = (part: string): DOMRect => {
      const range = document.createRange()
      const offset = node?.textContent?.indexOf(part) ?? -1
      if (!node || offset < 0) throw new Error(`no ${part} in ${text(clock)}`)
      range.setStart(node, offset)
      range.setEnd(node, offset + part.length)
      return range.getBoundingClientRect()
    }
    // The gala, 8:00 PM on 5 March to 1:00 AM on 6 March: the start first, left to right, and
    // inside the event's box.
    expect(text(clock)).toMatch(/^5\/3، 8:00\sPM – 6\/3، 1:00\sAM$/)
    const box = clock.getBoundingClientRect()
    expect(at('8:00').left).toBeLessThan(at('1:00').left)
    expect(at('8:00').left).toBeGreaterThanOrEqual(box.left - 0.5)
    expect(at('8:00').right).toBeLessThanOrEqual(box.right + 0.5)
  })
})
