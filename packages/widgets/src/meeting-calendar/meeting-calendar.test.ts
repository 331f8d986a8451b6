import { parseMeeting, type Meeting } from '@lienthong/core/meeting'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { RangeChangeDetail } from '../internal/events.js'
import type { ScheduleConflict } from '../internal/schedule-data.js'
import { expectNoAxeViolations } from '../internal/test-utils/axe.js'
import {
  createWrapper,
  expectPartsWithin,
  mount,
  root,
  text,
} from '../internal/test-utils/element-test.js'
import {
  conflicts,
  meetings,
  organizations,
  people,
  venues,
  longNamedBody,
  longNamedBodyMeeting,
} from '../internal/test-utils/schedule-fixtures.js'
import './define.js'
import type { MeetingCalendar, SelectDetail } from './meeting-calendar.js'

/** Five more meetings on Wednesday 11 March 2026: a crowded day. */
const crowded: Meeting[] = Array.from({ length: 5 }, (_, index) =>
  parseMeeting({
    id: `busy-${index}`,
    title: `Làm việc với phường số ${index + 1}`,
    kind: 'working-session',
    hostId: 'ubnd',
    start: `2026-03-11T${String(8 + index).padStart(2, '0')}:00:00+07:00`,
    end: `2026-03-11T${String(8 + index).padStart(2, '0')}:45:00+07:00`,
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
  setup: (element: MeetingCalendar) => void = (element) => {
    Object.assign(element, {
      meetings: [...meetings, ...crowded],
      people,
      venues,
      organizations,
      conflicts,
      date: '2026-03-04',
    })
  },
): Promise<MeetingCalendar> {
  return mount(wrapper, 'lt-meeting-calendar', setup)
}

function cell(element: MeetingCalendar, date: string): HTMLTableCellElement {
  const found = root(element).querySelector<HTMLTableCellElement>(`td[data-date="${date}"]`)
  if (!found) throw new Error(`no cell for ${date}`)
  return found
}

function selectIn(element: MeetingCalendar, name: string): HTMLSelectElement {
  const found = root(element).querySelector<HTMLSelectElement>(`select.${name}`)
  if (!found) throw new Error(`no ${name} select`)
  return found
}

describe('<lt-meeting-calendar> month view', () => {
  test('a grid of whole weeks, Monday first, with the meetings of each day', async () => {
    const element = await calendar()
    const shadow = root(element)
    expect(text(shadow.querySelector('#period-label'))).toBe('tháng 3 năm 2026')
    const grid = shadow.querySelector('table[role=grid]')
    expect(grid?.getAttribute('aria-labelledby')).toBe('period-label')
    expect(
      [...shadow.querySelectorAll('th abbr')].map((abbr) => abbr.getAttribute('title')),
    ).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'])
    const cells = [...shadow.querySelectorAll<HTMLElement>('td[role=gridcell]')]
    // March 2026 starts on a Sunday: the grid runs from Monday 23 February to Sunday 5 April.
    expect(cells[0]?.dataset.date).toBe('2026-02-23')
    expect(cells.at(-1)?.dataset.date).toBe('2026-04-05')
    expect(cells).toHaveLength(42)
    // One tab stop: the focused day.
    expect(cells.filter((item) => item.tabIndex === 0).map((item) => item.dataset.date)).toEqual([
      '2026-03-04',
    ])
    expect([...cell(element, '2026-03-02').querySelectorAll('.chip')].map(text)).toEqual([
      '08:00 Hội nghị Ban Thường vụ Thành ủy',
      '14:00 Phiên họp UBND Thành phố thường kỳ tháng 3',
    ])
    // The screen-reader name of a cell says the whole date and how many meetings.
    expect(text(cell(element, '2026-03-02').querySelector('.lt-visually-hidden'))).toBe(
      'Thứ Hai, 2 tháng 3, 2026, Số cuộc họp: 2',
    )
  })

  test('a crowded day shows three meetings and "+N more", rendering the rest only when opened', async () => {
    const element = await calendar()
    const busy = cell(element, '2026-03-11')
    expect(busy.querySelectorAll('.chip')).toHaveLength(3)
    expect(text(busy.querySelector('.more'))).toBe('+2 khác')
    expect(root(element).textContent).not.toContain('Làm việc với phường số 5')
    busy.querySelector<HTMLButtonElement>('.more')?.click()
    await element.updateComplete
    const panel = root(element).querySelector('.day-panel')
    expect(text(panel?.querySelector('.panel-title'))).toBe('Thứ Tư, 11 tháng 3, 2026')
    expect(panel?.querySelectorAll('.meeting')).toHaveLength(5)
    expect(root(element).activeElement).toBe(panel?.querySelector('.meeting'))
  })

  test('a crowded day never hides a clash behind "+N more": its clashing meetings are shown first, in time order', async () => {
    const clash: ScheduleConflict = {
      kind: 'venue-double-booked',
      severity: 'error',
      meetingIds: ['busy-3', 'busy-4'],
      venueId: 'ph-1',
    }
    const element = await calendar((el) => {
      Object.assign(el, {
        meetings: [...meetings, ...crowded],
        people,
        venues,
        organizations,
        conflicts: [clash],
        date: '2026-03-04',
      })
    })
    const busy = cell(element, '2026-03-11')
    expect([...busy.querySelectorAll('.chip')].map(text)).toEqual([
      '08:00 Làm việc với phường số 1',
      'Trùng lịch: 11:00 Làm việc với phường số 4',
      'Trùng lịch: 12:00 Làm việc với phường số 5',
    ])
    expect(text(busy.querySelector('.more'))).toBe('+2 khác')
  })

  test('clashing meetings carry a mark, and the month lists its conflicts', async () => {
    const element = await calendar()
    const chip = cell(element, '2026-03-03').querySelector('.chip.clash')
    expect(chip?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    expect(text(chip)).toBe('Trùng lịch: 08:00 Tiếp công dân định kỳ tháng 3')
    const list = root(element).querySelector('details.conflicts')
    expect(text(list?.querySelector('summary'))).toBe('Trùng lịch trong tháng: 1')
    // The explanations are rendered when the list is opened.
    expect(list?.querySelector('li')).toBeNull()
    list?.querySelector('summary')?.click()
    await expect.poll(() => list?.querySelector('li')).not.toBeNull()
    expect(text(list?.querySelector('li'))).toMatch(
      /^3\/3: Lê Minh Cường cũng có lịch dự “Làm việc với Đoàn kiểm tra của Trung ương” cùng lúc/,
    )
  })

  test('titles are text, never HTML', async () => {
    const element = await calendar((el) => {
      Object.assign(el, {
        meetings: [
          parseMeeting({
            id: 'x',
            title: '<img src=x onerror="window.__ltPwned = true">',
            kind: 'other',
            hostId: 'ubnd',
            start: '2026-03-02T08:00:00+07:00',
            end: '2026-03-02T09:00:00+07:00',
          }),
        ],
        date: '2026-03-02',
      })
    })
    expect(root(element).querySelector('img')).toBeNull()
    expect(text(cell(element, '2026-03-02').querySelector('.chip'))).toContain('<img src=x')
    expect((window as { __ltPwned?: boolean }).__ltPwned).toBeUndefined()
  })
})

describe('<lt-meeting-calendar> keyboard (WAI-ARIA grid)', () => {
  test('arrows, Home/End and PageUp/PageDown move the focus; months fire lt-range-change', async () => {
    const element = await calendar()
    const shadow = root(element)
    const ranges: RangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) => ranges.push(event.detail))
    const focused = (): string | undefined =>
      (shadow.activeElement as HTMLElement | null)?.dataset.date

    await userEvent.tab() // previous
    await userEvent.tab() // this month
    await userEvent.tab() // next
    await userEvent.tab() // month view
    await userEvent.tab() // week view
    await userEvent.tab() // day view
    await userEvent.tab() // agenda view
    await userEvent.tab() // body filter
    await userEvent.tab() // person filter
    await userEvent.tab() // kind filter
    await userEvent.tab() // the grid: one tab stop
    expect(focused()).toBe('2026-03-04')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused()).toBe('2026-03-05')
    await userEvent.keyboard('{ArrowDown}')
    expect(focused()).toBe('2026-03-12')
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}')
    expect(focused()).toBe('2026-03-04')
    await userEvent.keyboard('{Home}')
    expect(focused()).toBe('2026-03-02')
    await userEvent.keyboard('{End}')
    expect(focused()).toBe('2026-03-08')
    expect(ranges).toEqual([])
    await userEvent.keyboard('{PageDown}')
    expect(focused()).toBe('2026-04-08')
    expect(ranges).toEqual([
      {
        start: '2026-04-01',
        end: '2026-04-30',
        from: new Date('2026-04-01T00:00:00+07:00'),
        to: new Date('2026-05-01T00:00:00+07:00'),
        timeZone: 'Asia/Ho_Chi_Minh',
        trigger: 'next',
        view: 'month',
      },
    ])
    await userEvent.keyboard('{PageUp}')
    expect(focused()).toBe('2026-03-08')
    expect(ranges.at(-1)).toMatchObject({ start: '2026-03-01', trigger: 'previous' })
    // Moving past the end of the month moves the month.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(focused()).toBe('2026-04-05')
    expect(ranges.at(-1)).toMatchObject({ start: '2026-04-01' })
  })

  test('Enter lists the day, Enter opens a meeting (lt-select), Escape goes back to the day', async () => {
    const element = await calendar()
    const shadow = root(element)
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    cell(element, '2026-03-04').focus()
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Enter}')
    await element.updateComplete
    const first = shadow.querySelector<HTMLButtonElement>('.day-panel .meeting')
    expect(shadow.activeElement).toBe(first)
    expect(text(first).replace(/ ?– ?/, '–')).toBe(
      '08:00–11:30 Hội nghị Ban Thường vụ Thành ủy Hội trường Thành ủy Thành ủy Hà Nội',
    )
    await userEvent.keyboard('{Enter}')
    expect(selected.map((detail) => [detail.meeting.id, detail.date])).toEqual([
      ['m-btv', '2026-03-02'],
    ])
    await userEvent.keyboard('{Escape}')
    await element.updateComplete
    expect(shadow.querySelector('.day-panel')).toBeNull()
    expect((shadow.activeElement as HTMLElement | null)?.dataset.date).toBe('2026-03-02')
  })

  test('right to left (Urdu): ArrowLeft goes forward in time', async () => {
    wrapper.lang = 'ur'
    const element = await calendar()
    cell(element, '2026-03-04').focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect((root(element).activeElement as HTMLElement | null)?.dataset.date).toBe('2026-03-05')
    const grid = root(element).querySelector('table')
    expect(grid && getComputedStyle(grid).direction).toBe('rtl')
  })

  test('clicking a meeting fires lt-select', async () => {
    const element = await calendar()
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    cell(element, '2026-03-07').querySelector<HTMLButtonElement>('.chip')?.click()
    expect(selected.map((detail) => detail.meeting.id)).toEqual(['m-8-3'])
  })
})

describe('<lt-meeting-calendar> filters and legend', () => {
  test('filter by body, person and kind; each host body has a colour named in the legend', async () => {
    const element = await calendar()
    const shadow = root(element)
    const titles = (): string[] =>
      [...shadow.querySelectorAll('.chip .chip-title')].map((chip) => text(chip))
    const legend = [...shadow.querySelectorAll('.legend li')]
    expect(legend.map(text)).toEqual(['HĐND Thành phố', 'Thành ủy Hà Nội', 'UBND Thành phố'])
    const colour = (item: Element | undefined): string =>
      getComputedStyle(item?.querySelector('.swatch') ?? document.body).backgroundColor
    expect(new Set(legend.map(colour)).size).toBe(3)
    const chip = cell(element, '2026-03-02').querySelector('.chip')
    expect(chip && getComputedStyle(chip).borderInlineStartColor).toBe(colour(legend[1]))

    await userEvent.selectOptions(selectIn(element, 'organization'), 'hdnd')
    expect(titles()).toEqual([
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
    ])
    await userEvent.selectOptions(selectIn(element, 'organization'), '')
    await userEvent.selectOptions(selectIn(element, 'person'), 'p-dung')
    expect(titles()).toEqual([
      'Phiên họp UBND Thành phố thường kỳ tháng 3',
      'Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2026',
      'Xúc tiến đầu tư tại Cộng hòa Liên bang Đức',
      'Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3',
    ])
    const kinds = selectIn(element, 'kind')
    expect([...kinds.options].map((option) => text(option))).toContain('Sự kiện của thành phố')
    await userEvent.selectOptions(kinds, 'city-event')
    expect(titles()).toEqual(['Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3'])
  })
})

describe('<lt-meeting-calendar> legend of many bodies', () => {
  test('a city of wards: the legend is a list to open, with the count, and works by keyboard', async () => {
    const wards = Array.from({ length: 15 }, (_, index) => ({
      id: `phuong-${String(index + 1)}`,
      name: `UBND phường số ${String(index + 1)}`,
      kind: 'commune' as const,
      level: 'commune' as const,
    }))
    const receptions = wards.map((ward, index) =>
      parseMeeting({
        id: `tiep-dan-${ward.id}`,
        title: 'Tiếp công dân định kỳ',
        kind: 'citizen-reception',
        hostId: ward.id,
        start: `2026-03-${String(index + 2).padStart(2, '0')}T08:00:00+07:00`,
        end: `2026-03-${String(index + 2).padStart(2, '0')}T11:00:00+07:00`,
      }),
    )
    const element = await calendar((found) => {
      Object.assign(found, { meetings: receptions, organizations: wards, date: '2026-03-04' })
    })
    const shadow = root(element)
    const legend = shadow.querySelector<HTMLDetailsElement>('details.legend')
    expect(legend?.open).toBe(false)
    expect(text(legend?.querySelector('summary'))).toBe('Màu theo cơ quan chủ trì (15 cơ quan)')
    expect(shadow.querySelectorAll('.legend li')).toHaveLength(0) // not rendered until opened

    legend?.querySelector('summary')?.focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => shadow.querySelectorAll('.legend li').length).toBe(15)
    expect(text(shadow.querySelector('.legend li'))).toBe('UBND phường số 1')
    await expectNoAxeViolations(element)
  })
})

describe('<lt-meeting-calendar> agenda view', () => {
  test('lists the month day by day; meetings are buttons that fire lt-select', async () => {
    const element = await calendar()
    root(element).querySelector<HTMLButtonElement>('.view-agenda')?.click()
    await element.updateComplete
    expect(element.view).toBe('agenda')
    const shadow = root(element)
    const titles = [...shadow.querySelectorAll('.agenda .panel-title')].map(text)
    expect(titles.slice(0, 3)).toEqual([
      'Thứ Hai, 2 tháng 3, 2026',
      'Thứ Ba, 3 tháng 3, 2026',
      'Thứ Tư, 4 tháng 3, 2026',
    ])
    const selected: SelectDetail[] = []
    element.addEventListener('lt-select', (event) => selected.push(event.detail))
    const button = shadow.querySelector<HTMLButtonElement>('.agenda .meeting')
    button?.focus()
    await userEvent.keyboard('{Enter}')
    expect(selected[0]?.meeting.id).toBe('m-btv')
    expect(text(shadow.querySelector('.agenda li.clash .mark'))).toBe('Trùng lịch')
    // A cancelled meeting says so in words, not only with a line through it.
    const cancelled = [...shadow.querySelectorAll('.agenda .meeting')].find((item) =>
      text(item).includes('Giao ban Khối Nội chính'),
    )
    expect(text(cancelled?.querySelector('.badge'))).toBe('Hủy')
  })

  test('an empty month says so', async () => {
    const element = await calendar((el) => {
      Object.assign(el, { meetings, view: 'agenda', date: '2026-06-10' })
    })
    expect(text(root(element).querySelector('.empty'))).toBe(
      'Không có cuộc họp nào trong tháng này.',
    )
  })
})

describe('<lt-meeting-calendar> languages and accessibility', () => {
  test('follows the page language', async () => {
    const element = await calendar()
    wrapper.lang = 'en'
    await expect.poll(() => text(root(element).querySelector('#period-label'))).toBe('March 2026')
    wrapper.lang = 'ja'
    await expect.poll(() => text(root(element).querySelector('#period-label'))).toBe('2026年3月')
    wrapper.lang = 'ru'
    await expect.poll(() => text(root(element).querySelector('.next'))).toContain('Следующий месяц')
    wrapper.lang = 'ur'
    await expect
      .poll(() => root(element).querySelector('.lt-root')?.getAttribute('dir'))
      .toBe('rtl')
  })

  test.each(['vi', 'ur'])(
    'no accessibility violations in %s: month with a day open, and agenda',
    async (lang) => {
      wrapper.lang = lang
      const element = await calendar()
      cell(element, '2026-03-03').focus()
      await userEvent.keyboard('{Enter}')
      await element.updateComplete
      for (const details of root(element).querySelectorAll('details')) details.open = true
      await expectNoAxeViolations(element)
      element.view = 'agenda'
      await element.updateComplete
      await expectNoAxeViolations(element)
    },
  )

  test('src: an HTTP error with a working retry', async () => {
    const key = `c${String(Math.random()).slice(2)}`
    const url = `/__lt-test__/flaky/${key}`
    await fetch(url, {
      method: 'PUT',
      body: JSON.stringify({
        meetings: [
          {
            id: 'a',
            title: 'Họp giao ban',
            kind: 'other',
            hostId: 'ubnd',
            start: '2026-03-02T08:00:00+07:00',
            end: '2026-03-02T09:00:00+07:00',
          },
        ],
      }),
    })
    const element = await calendar((el) => {
      el.date = '2026-03-02'
      el.src = url
    })
    await expect.poll(() => text(root(element).querySelector('[role=alert]'))).toContain('503')
    root(element).querySelector<HTMLButtonElement>('.retry')?.click()
    await expect
      .poll(() => text(cell(element, '2026-03-02').querySelector('.chip')))
      .toBe('08:00 Họp giao ban')
  })
})

describe('<lt-meeting-calendar> on a phone', () => {
  test('at 390 px wide the filters stay inside the element, however long a body’s name', async () => {
    await page.viewport(390, 844)
    const element = await calendar((el) => {
      Object.assign(el, {
        meetings: [...meetings, longNamedBodyMeeting],
        organizations: [...organizations, longNamedBody],
        date: '2026-03-04',
        view: 'agenda',
      })
    })
    expectPartsWithin(element, '.filters, .filter, select')
  })
})
