import { expandMeetings, parseMeeting } from '@lienthong/core/meeting'
import { generateSampleData } from '@lienthong/core/sample'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { cdp, page, userEvent } from 'vitest/browser'
import type { RangeChangeDetail } from '../internal/events.js'
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
  meetingsWire,
  organizations,
  people,
  scheduleDocument,
  venues,
  longNamedBody,
  longNamedBodyMeeting,
} from '../internal/test-utils/schedule-fixtures.js'
import { mondayOf, startOfDateIn, todayIn, wallClock } from '../internal/zoned-time.js'
import './define.js'
import type { WeeklySchedule } from './weekly-schedule.js'

/** The week of the fixtures: Monday 2 – Sunday 8 March 2026. */
const week = '2026-03-04'

const json = (value: unknown): string =>
  `data:application/json,${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`

let wrapper: HTMLDivElement

beforeEach(async () => {
  wrapper = await createWrapper()
})

afterEach(() => {
  document.body.replaceChildren()
})

async function schedule(
  setup: (element: WeeklySchedule) => void = (element) => {
    Object.assign(element, { meetings, people, venues, organizations, conflicts, week })
  },
): Promise<WeeklySchedule> {
  return mount(wrapper, 'lt-weekly-schedule', setup)
}

/** What a cell shows, list items apart; time ranges without the spaces some locales add. */
function shown(node: Element | null | undefined): string {
  const value = node instanceof HTMLElement ? node.innerText : ''
  return value.replace(/\s+/g, ' ').replace(/ ?– ?/g, '–').trim()
}

/**
 * Every engagement as a screen reader hears it: the content cell's text with the text of the
 * header cells its `headers` attribute names (column, day, session).
 */
function entries(element: WeeklySchedule): {
  title: string
  day: string
  session: string
  time: string
  row: HTMLTableRowElement
}[] {
  const shadow = root(element)
  return [...shadow.querySelectorAll<HTMLTableCellElement>('td.content')].map((cell) => {
    const ids = (cell.getAttribute('headers') ?? '').split(' ')
    const header = (id: string | undefined): string => text(id ? shadow.getElementById(id) : null)
    const row = cell.parentElement as HTMLTableRowElement
    return {
      title: text(cell.querySelector('.title')),
      column: header(ids[0]),
      day: header(ids[1]),
      session: header(ids[2]),
      time: shown(row.querySelector('td.time')),
      row,
    }
  })
}

function find(element: WeeklySchedule, title: string): ReturnType<typeof entries> {
  return entries(element).filter((entry) => entry.title === title)
}

function button(element: WeeklySchedule, name: string): HTMLButtonElement {
  const found = root(element).querySelector<HTMLButtonElement>(`button.${name}`)
  if (!found) throw new Error(`no ${name} button`)
  return found
}

function select(element: WeeklySchedule, name: 'leader' | 'organization'): HTMLSelectElement {
  const found = root(element).querySelector<HTMLSelectElement>(`select.${name}`)
  if (!found) throw new Error(`no ${name} select`)
  return found
}

describe('<lt-weekly-schedule> rendering', () => {
  test('lays the week out Monday to Sunday, by session, with every column filled', async () => {
    const element = await schedule()
    const shadow = root(element)
    expect([...shadow.querySelectorAll('thead th')].map(text)).toEqual([
      'Thứ, ngày',
      'Buổi',
      'Thời gian',
      'Lãnh đạo',
      'Nội dung',
      'Địa điểm',
      'Đơn vị chủ trì',
      'Thành phần',
      'Đơn vị chuẩn bị',
    ])
    expect([...shadow.querySelectorAll('tbody th.day')].map(text)).toEqual([
      'Thứ Hai 02/03/2026',
      'Thứ Ba 03/03/2026',
      'Thứ Tư 04/03/2026',
      'Thứ Năm 05/03/2026',
      'Thứ Sáu 06/03/2026',
      'Thứ Bảy 07/03/2026',
      'Chủ nhật 08/03/2026',
    ])
    expect(text(shadow.querySelector('.heading'))).toBe(
      'Lịch công tác tuần Tuần 10, từ 02/03/2026 đến 08/03/2026',
    )
    expect(text(shadow.querySelector('caption'))).toBe(
      'Lịch công tác tuần, Tuần 10, từ 02/03/2026 đến 08/03/2026',
    )

    const placed = entries(element).map(({ title, day, session, time }) => ({
      title,
      day,
      session,
      time,
    }))
    expect(placed).toEqual([
      {
        title: 'Hội nghị Ban Thường vụ Thành ủy',
        day: 'Thứ Hai 02/03/2026',
        session: 'Sáng',
        time: '08:00–11:30',
      },
      {
        title: 'Phiên họp UBND Thành phố thường kỳ tháng 3',
        day: 'Thứ Hai 02/03/2026',
        session: 'Chiều',
        time: '14:00–17:00',
      },
      {
        title: 'Tiếp công dân định kỳ tháng 3',
        day: 'Thứ Ba 03/03/2026',
        session: 'Sáng',
        time: '08:00–11:00',
      },
      {
        title: 'Làm việc với Đoàn kiểm tra của Trung ương',
        day: 'Thứ Ba 03/03/2026',
        session: 'Sáng',
        time: '10:00–11:30',
      },
      {
        title: 'Giao ban Khối Nội chính',
        day: 'Thứ Tư 04/03/2026',
        session: 'Sáng',
        time: '08:00–10:00',
      },
      {
        title: 'Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2026',
        day: 'Thứ Tư 04/03/2026',
        session: 'Chiều',
        time: '13:30–16:30',
      },
      {
        title: 'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
        day: 'Thứ Năm 05/03/2026',
        session: 'Sáng',
        // A meeting over two days gives its whole span on the first day.
        time: '08:00 5/3/2026–11:30 6/3/2026',
      },
      {
        title: 'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
        day: 'Thứ Sáu 06/03/2026',
        session: 'Sáng',
        time: 'Tiếp tục',
      },
      {
        // Shown in its own zone (Berlin), which is named because it is not Vietnam's.
        title: 'Xúc tiến đầu tư tại Cộng hòa Liên bang Đức',
        day: 'Thứ Sáu 06/03/2026',
        session: 'Sáng',
        time: '10:00–12:00 GMT+1',
      },
      {
        title: 'Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3',
        day: 'Thứ Bảy 07/03/2026',
        session: 'Tối',
        time: '19:30–21:30',
      },
    ])
    // The other columns of one row, and an empty Sunday.
    const [btv] = find(element, 'Hội nghị Ban Thường vụ Thành ủy')
    const cells = [...(btv?.row.querySelectorAll('td') ?? [])].map(shown)
    expect(cells).toEqual([
      '08:00–11:30',
      'Nguyễn Văn An (chủ trì) Trần Thị Bình Lê Minh Cường',
      'Hội nghị Ban Thường vụ Thành ủy Quan trọng',
      'Hội trường Thành ủy',
      'Thành ủy Hà Nội',
      '',
      'Văn phòng Thành ủy',
    ])
    const sunday = shadow.querySelectorAll('tbody')[6]
    expect(text(sunday?.querySelector('td'))).toBe('Không có lịch')
  })

  test('marks status, online conferences and participants in their columns', async () => {
    const element = await schedule()
    const [online] = find(element, 'Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2026')
    const cells = [...(online?.row.querySelectorAll('td') ?? [])].map(shown)
    expect(cells[2]).toContain('Dự kiến')
    expect(cells[3]).toBe('Phòng họp số 1, trụ sở UBND Thành phố Trực tuyến')
    expect(cells[5]).toBe('Số điểm cầu: 3')
    const [cancelled] = find(element, 'Giao ban Khối Nội chính')
    expect(text(cancelled?.row.querySelector('.badge'))).toBe('Hủy')
    const [reception] = find(element, 'Tiếp công dân định kỳ tháng 3')
    expect(text(reception?.row.querySelectorAll('td')[5] ?? null)).toBe('Thanh tra Thành phố')
  })

  test('places meetings by the wall clock of the time-zone attribute', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings, people, venues, organizations, week })
      el.setAttribute('time-zone', 'Asia/Ho_Chi_Minh')
    })
    // 10:00 in Berlin is 16:00 in Hanoi: Friday afternoon, no zone name needed.
    expect(find(element, 'Xúc tiến đầu tư tại Cộng hòa Liên bang Đức')).toMatchObject([
      { day: 'Thứ Sáu 06/03/2026', session: 'Chiều', time: '16:00–18:00' },
    ])
    expect(text(root(element).querySelector('.time-zone'))).toBe(
      'Giờ theo múi giờ Asia/Ho_Chi_Minh',
    )

    // In New York, Monday 08:00 in Hanoi is still Sunday 20:00: the previous week's evening.
    element.timeZone = 'America/New_York'
    await element.updateComplete
    expect(find(element, 'Hội nghị Ban Thường vụ Thành ủy')).toEqual([])
    element.week = '2026-03-01'
    await element.updateComplete
    expect(find(element, 'Hội nghị Ban Thường vụ Thành ủy')).toMatchObject([
      { day: 'Chủ nhật 01/03/2026', session: 'Tối', time: '20:00–23:30' },
    ])
  })

  test('a meeting ending at midnight stays on its day (half-open intervals)', async () => {
    const lateEvent = parseMeeting({
      id: 'late',
      title: 'Lễ đón giao thừa',
      kind: 'city-event',
      hostId: 'ubnd',
      start: '2026-03-07T22:00:00+07:00',
      end: '2026-03-08T00:00:00+07:00',
    })
    const element = await schedule((el) => {
      Object.assign(el, { meetings: [lateEvent], week })
    })
    expect(entries(element).map(({ day, session }) => ({ day, session }))).toEqual([
      { day: 'Thứ Bảy 07/03/2026', session: 'Tối' },
    ])
  })

  test('titles and names are shown as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__ltPwned = true">'
    const element = await schedule((el) => {
      Object.assign(el, {
        meetings: [
          parseMeeting({
            id: 'x',
            title: hostile,
            kind: 'other',
            hostId: 'evil',
            chairId: 'p-evil',
            start: '2026-03-02T08:00:00+07:00',
            end: '2026-03-02T09:00:00+07:00',
          }),
        ],
        people: [{ id: 'p-evil', name: '<script>window.__ltPwned = true</script>', posts: [] }],
        organizations: [],
        week,
      })
    })
    const shadow = root(element)
    expect(text(shadow.querySelector('.title'))).toBe(hostile)
    expect(shadow.querySelector('img, script')).toBeNull()
    expect(text(shadow.querySelector('td.content')?.previousElementSibling)).toBe(
      '<script>window.__ltPwned = true</script> (chủ trì)',
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((window as { __ltPwned?: boolean }).__ltPwned).toBeUndefined()
  })

  test('an empty week says so', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings, week: '2026-04-15' })
    })
    expect(text(root(element).querySelector('.empty'))).toBe(
      'Không có lịch công tác trong tuần này.',
    )
    expect(root(element).querySelector('table')).toBeNull()
  })
})

describe('<lt-weekly-schedule> conflicts', () => {
  test('clashing entries carry an icon and a word, and explain themselves on request', async () => {
    const element = await schedule()
    const clashing = entries(element).filter((entry) => entry.row.classList.contains('clash'))
    expect(clashing.map((entry) => entry.title)).toEqual([
      'Tiếp công dân định kỳ tháng 3',
      'Làm việc với Đoàn kiểm tra của Trung ương',
    ])
    const details = clashing[0]?.row.querySelector('details')
    expect(text(details?.querySelector('summary'))).toBe('Trùng lịch')
    expect(details?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    expect(text(details?.querySelector('li')).replace(' – ', '–')).toBe(
      'Lê Minh Cường cũng có lịch dự “Làm việc với Đoàn kiểm tra của Trung ương” cùng lúc (Thứ Ba 10:00–11:30).',
    )
  })

  test('without a conflicts property, double bookings are found with detectConflicts', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings, people, venues, organizations, week })
    })
    await expect
      .poll(() => entries(element).filter((entry) => entry.row.classList.contains('clash')))
      .toHaveLength(2)
    const [reception] = find(element, 'Tiếp công dân định kỳ tháng 3')
    expect(reception?.row.classList.contains('clash')).toBe(true)
    expect(text(reception?.row.querySelector('details li'))).toMatch(
      /^Lê Minh Cường cũng có lịch dự “Làm việc với Đoàn kiểm tra của Trung ương” cùng lúc/,
    )
    // An explicit empty list turns the marks off.
    element.conflicts = []
    await element.updateComplete
    expect(root(element).querySelector('tr.clash')).toBeNull()
  })

  test('the explanation opens with the keyboard', async () => {
    const element = await schedule()
    const summary = root(element).querySelector<HTMLElement>('tr.clash summary')
    summary?.focus()
    expect(element.shadowRoot?.activeElement).toBe(summary)
    await userEvent.keyboard('{Enter}')
    expect(summary?.parentElement?.hasAttribute('open')).toBe(true)
    await expectNoAxeViolations(element)
  })
})

describe('<lt-weekly-schedule> with generated sample data', () => {
  test('a busy week of a generated city: every meeting placed, the planted clashes marked', async () => {
    const sample = generateSampleData({ seed: 7, scale: 0.3 })
    const clash = sample.intentionalClashes[0]
    const first = sample.meetings.find((meeting) => meeting.id === clash?.meetingIds[0])
    if (!clash || !first) throw new Error('the sample has no clash')
    const day = wallClock(first.start, 'Asia/Ho_Chi_Minh').date
    const element = await schedule((el) => {
      Object.assign(el, {
        meetings: sample.meetings,
        people: sample.people,
        venues: sample.venues,
        organizations: sample.organizations,
        week: day,
        timeZone: 'Asia/Ho_Chi_Minh',
      })
    })
    // Every single (non-recurring) meeting starting that week has a row.
    const from = startOfDateIn(mondayOf(day), 'Asia/Ho_Chi_Minh').getTime()
    const expected = sample.meetings.filter(
      (meeting) =>
        !meeting.recurrence &&
        meeting.start.getTime() >= from &&
        meeting.start.getTime() < from + 7 * 24 * 3600 * 1000,
    )
    const shownIds = new Set(entries(element).map((entry) => entry.row.dataset.meetingId))
    for (const meeting of expected) expect(shownIds, meeting.title).toContain(meeting.id)
    // Each recurring meeting has a row for every occurrence that week (core's expandMeetings).
    const occurrences = expandMeetings(
      sample.meetings.filter((meeting) => meeting.recurrence),
      { from: new Date(from), to: new Date(from + 7 * 24 * 3600 * 1000) },
    )
    expect(occurrences.length).toBeGreaterThan(10)
    const rowsOf = (): Map<string, number> => {
      const counts = new Map<string, number>()
      for (const entry of entries(element)) {
        const id = entry.row.dataset.meetingId ?? ''
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      return counts
    }
    const perSeries = new Map<string, number>()
    for (const occurrence of occurrences) {
      perSeries.set(occurrence.id, (perSeries.get(occurrence.id) ?? 0) + 1)
    }
    await expect
      .poll(() => [...perSeries.keys()].map((id) => rowsOf().get(id) ?? 0))
      .toEqual([...perSeries.values()])
    await expect
      .poll(() =>
        [...root(element).querySelectorAll<HTMLElement>('tr.clash')].map(
          (row) => row.dataset.meetingId,
        ),
      )
      .toEqual(expect.arrayContaining([...clash.meetingIds]))
    await expectNoAxeViolations(element)
  })
})

describe('<lt-weekly-schedule> filters', () => {
  test('filter by leader: only engagements that person chairs or attends', async () => {
    const element = await schedule()
    const leader = select(element, 'leader')
    expect([...leader.options].map((option) => option.text.trim())).toEqual([
      'Tất cả lãnh đạo',
      'Lê Minh Cường',
      'Nguyễn Văn An',
      'Phạm Thu Dung',
      'Trần Thị Bình',
    ])
    await userEvent.selectOptions(leader, 'p-dung')
    expect(element.leader).toBe('p-dung')
    expect(entries(element).map((entry) => entry.title)).toEqual([
      'Phiên họp UBND Thành phố thường kỳ tháng 3',
      'Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2026',
      'Xúc tiến đầu tư tại Cộng hòa Liên bang Đức',
      'Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3',
    ])
  })

  test('filter by body: hosted, co-hosted, required or prepared by it; combined with leader', async () => {
    const element = await schedule()
    await userEvent.selectOptions(select(element, 'organization'), 'tu')
    expect(entries(element).map((entry) => entry.title)).toEqual([
      'Hội nghị Ban Thường vụ Thành ủy',
      'Làm việc với Đoàn kiểm tra của Trung ương',
      'Giao ban Khối Nội chính',
    ])
    await userEvent.selectOptions(select(element, 'leader'), 'p-binh')
    expect(entries(element).map((entry) => entry.title)).toEqual([
      'Hội nghị Ban Thường vụ Thành ủy',
    ])
    await userEvent.selectOptions(select(element, 'organization'), 'hdnd')
    expect(entries(element).map((entry) => entry.title)).toEqual([
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
    ])
    await userEvent.selectOptions(select(element, 'leader'), 'p-dung')
    expect(text(root(element).querySelector('.empty'))).toBe(
      'Không có lịch công tác nào phù hợp với bộ lọc trong tuần này.',
    )
  })

  test('the leader and organization attributes preselect the filters', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings, people, organizations, week })
      el.setAttribute('leader', 'p-binh')
    })
    expect(select(element, 'leader').value).toBe('p-binh')
    expect(entries(element).map((entry) => entry.title)).toEqual([
      'Hội nghị Ban Thường vụ Thành ủy',
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
      'Kỳ họp thứ 25 HĐND Thành phố khóa XVI',
      'Chương trình nghệ thuật chào mừng Ngày Quốc tế Phụ nữ 8/3',
    ])
  })
})

describe('<lt-weekly-schedule> week navigation', () => {
  test('previous, next and this week move the table and fire lt-range-change', async () => {
    const element = await schedule()
    const details: RangeChangeDetail[] = []
    wrapper.addEventListener('lt-range-change', (event) => details.push(event.detail))

    button(element, 'next').click()
    await element.updateComplete
    expect(entries(element).map((entry) => entry.title)).toEqual(['Giao ban Thường trực Thành ủy'])
    expect(details.at(-1)).toEqual({
      start: '2026-03-09',
      end: '2026-03-15',
      from: new Date('2026-03-09T00:00:00+07:00'),
      to: new Date('2026-03-16T00:00:00+07:00'),
      timeZone: 'Asia/Ho_Chi_Minh',
      trigger: 'next',
    })
    expect(text(root(element).querySelector('[role=status]'))).toBe(
      'Tuần 11, từ 09/03/2026 đến 15/03/2026',
    )

    button(element, 'previous').click()
    button(element, 'previous').click()
    await element.updateComplete
    expect(details.at(-1)).toMatchObject({ start: '2026-02-23', trigger: 'previous' })
    expect(element.week).toBe('2026-02-23')

    button(element, 'today').click()
    await element.updateComplete
    const monday = mondayOf(todayIn('Asia/Ho_Chi_Minh'))
    expect(details.at(-1)).toMatchObject({ start: monday, trigger: 'today' })
    expect(details).toHaveLength(4)
  })

  test('the range follows the time-zone attribute (Berlin, across the DST change)', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings, week: '2026-03-25', timeZone: 'Europe/Berlin' })
    })
    const details: RangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) => details.push(event.detail))
    element.nextWeek()
    // Clocks go forward on Sunday 29 March: the week starts at +02:00.
    expect(details[0]).toMatchObject({
      start: '2026-03-30',
      from: new Date('2026-03-30T00:00:00+02:00'),
      to: new Date('2026-04-06T00:00:00+02:00'),
      timeZone: 'Europe/Berlin',
    })
  })

  test('defaults to the current week', async () => {
    const element = await schedule((el) => {
      Object.assign(el, { meetings })
    })
    expect(element.weekStart).toBe(mondayOf(todayIn('Asia/Ho_Chi_Minh')))
  })

  test('every control works from the keyboard alone', async () => {
    const element = await schedule()
    const details: RangeChangeDetail[] = []
    element.addEventListener('lt-range-change', (event) => details.push(event.detail))
    const shadow = root(element)

    await userEvent.tab()
    expect(shadow.activeElement).toBe(button(element, 'previous'))
    await userEvent.tab()
    expect(shadow.activeElement).toBe(button(element, 'today'))
    await userEvent.tab()
    expect(shadow.activeElement).toBe(button(element, 'next'))
    await userEvent.keyboard('{Enter}')
    expect(details.at(-1)?.start).toBe('2026-03-09')
    await userEvent.tab({ shift: true })
    await userEvent.tab({ shift: true })
    await userEvent.keyboard(' ')
    expect(details.at(-1)?.start).toBe('2026-03-02')

    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    expect(shadow.activeElement).toBe(select(element, 'leader'))
    await userEvent.keyboard('{ArrowDown}')
    expect(element.leader).toBe('p-cuong')
    await userEvent.tab()
    expect(shadow.activeElement).toBe(select(element, 'organization'))
    await userEvent.tab()
    // The table's scrollable region is one tab stop, then the conflict marks.
    expect(shadow.activeElement?.classList.contains('table-region')).toBe(true)
    await userEvent.tab()
    expect(shadow.activeElement?.localName).toBe('summary')
  })
})

describe('<lt-weekly-schedule> on a phone', () => {
  test('at 390 px wide the toolbar and the filters stay inside the element; the table scrolls in its region', async () => {
    await page.viewport(390, 844)
    // Real bodies have long names, and a select is as wide as its longest option.
    const element = await schedule((el) => {
      Object.assign(el, {
        meetings: [...meetings, longNamedBodyMeeting],
        people,
        venues,
        organizations: [...organizations, longNamedBody],
        conflicts,
        week,
      })
    })
    expectPartsWithin(element, '.toolbar, .filters, .filter, select')
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390)
    // The leader filter is still usable: every option can be chosen.
    select(element, 'leader').value = 'p-dung'
    select(element, 'leader').dispatchEvent(new Event('change'))
    await element.updateComplete
    expect(element.leader).toBe('p-dung')
  })
})

describe('<lt-weekly-schedule> print', () => {
  test('printed (print media, A4 landscape width): the table only, every column on the sheet, clashes marked', async () => {
    // The printable width of A4 landscape with 12 mm margins: 273 mm at 96 dpi.
    wrapper.style.inlineSize = '1032px'
    const element = await schedule()
    const shadow = root(element)
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' })
    try {
      for (const hidden of shadow.querySelectorAll('.toolbar')) {
        expect(getComputedStyle(hidden).display).toBe('none')
      }
      const table = shadow.querySelector('table')
      expect(table?.getBoundingClientRect().width).toBeLessThanOrEqual(1032)
      expect(table && table.scrollWidth <= table.clientWidth + 1).toBe(true)
      const clashing = [...shadow.querySelectorAll('tr.clash')]
      expect(clashing).toHaveLength(2)
      for (const row of clashing) {
        // The mark is a word and an icon in black, and a thick rule: it survives a grey printer.
        expect(text(row.querySelector('summary'))).toBe('Trùng lịch')
        const content = row.querySelector('td.content')
        expect(content && getComputedStyle(content).borderInlineStartWidth).not.toBe('1px')
      }
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' })
    }
  })
})

describe('<lt-weekly-schedule> languages', () => {
  test('follows the page language, Urdu right to left', async () => {
    const element = await schedule()
    const shadow = root(element)
    const firstHeader = (): string => text(shadow.querySelector('thead th'))

    wrapper.lang = 'en'
    await expect.poll(firstHeader).toBe('Day')
    expect(text(shadow.querySelector('.heading'))).toBe(
      'Weekly work schedule Week 10: 02/03/2026 to 08/03/2026',
    )
    expect(text(shadow.querySelector('tbody th.session'))).toBe('Morning')

    wrapper.lang = 'ja'
    await expect.poll(firstHeader).toBe('曜日・日付')
    expect(text(shadow.querySelector('tbody th.day'))).toBe('月曜日 2026/03/02')

    wrapper.lang = 'ru'
    await expect.poll(firstHeader).toBe('День')
    expect(text(button(element, 'next'))).toContain('Следующая неделя')

    wrapper.lang = 'ur'
    await expect.poll(firstHeader).toBe('دن')
    const rootElement = shadow.querySelector('.lt-root')
    expect(rootElement?.getAttribute('dir')).toBe('rtl')
    const table = shadow.querySelector('table')
    expect(table && getComputedStyle(table).direction).toBe('rtl')
    // The first column (the day) is on the right in right-to-left.
    const day = shadow.querySelector('thead th')?.getBoundingClientRect()
    const session = shadow.querySelectorAll('thead th')[1]?.getBoundingClientRect()
    expect(day && session && day.left > session.left).toBe(true)
    expect(text(shadow.querySelector('tr.clash summary'))).toBe('ٹکراؤ')
  })

  test('in Urdu a time range still reads from its start to its end', async () => {
    wrapper.lang = 'ur'
    const element = await schedule()
    const cell = root(element).querySelector<HTMLElement>('td.time')
    const words = (cell?.innerText ?? '').trim()
    expect(words).toMatch(/^8:00\s*–\s*11:30\sAM$/)
    // Where each time is drawn: the start on the left, as the digits read, not after the end.
    const node = [...(cell?.querySelector('bdi')?.childNodes ?? [])].find(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes(':'),
    )
    const at = (part: string): number => {
      const range = document.createRange()
      const offset = node?.textContent?.indexOf(part) ?? -1
      if (!node || offset < 0) throw new Error(`no ${part} in the time`)
      range.setStart(node, offset)
      range.setEnd(node, offset + part.length)
      return range.getBoundingClientRect().left
    }
    expect(at('8:00')).toBeLessThan(at('11:30'))
  })

  test('no accessibility violations in Vietnamese', async () => {
    const element = await schedule()
    await expectNoAxeViolations(element)
  })

  test('no accessibility violations in Urdu, with conflict explanations open', async () => {
    wrapper.lang = 'ur'
    const element = await schedule()
    for (const details of root(element).querySelectorAll('details')) details.open = true
    await expectNoAxeViolations(element)
  })
})

describe('<lt-weekly-schedule> src', () => {
  test('loads and validates the JSON document, reporting invalid items', async () => {
    const document = {
      ...scheduleDocument,
      meetings: [
        ...meetingsWire,
        { ...meetingsWire[0], id: 'broken', end: '2026-03-02T07:00:00+07:00' },
        { id: 'no-title' },
      ],
    }
    const element = await schedule((el) => {
      el.week = week
      el.src = json(document)
    })
    await expect.poll(() => entries(element).length).toBe(10)
    const notice = root(element).querySelector('details.notice')
    expect(text(notice?.querySelector('summary'))).toBe(
      'Đã bỏ qua các mục có dữ liệu không hợp lệ: 2.',
    )
    expect(text(notice)).toContain('meetings[10] (broken)')
    expect(text(notice)).toContain('meetings[11] (no-title)')
    expect(root(element).querySelectorAll('tr.clash')).toHaveLength(2)
    await expectNoAxeViolations(element)
  })

  test('shows a loading state while waiting', async () => {
    const element = await schedule((el) => {
      el.src = '/__lt-test__/slow?ms=400'
    })
    expect(text(root(element).querySelector('[part=loading]'))).toBe('Đang tải…')
  })

  test('an HTTP error shows a translated message and a retry that works', async () => {
    const key = `k${String(Math.random()).slice(2)}`
    const url = `/__lt-test__/flaky/${key}`
    await fetch(url, { method: 'PUT', body: JSON.stringify(scheduleDocument) })
    const element = await schedule((el) => {
      el.week = week
      el.src = url
    })
    const shadow = root(element)
    await expect.poll(() => text(shadow.querySelector('[role=alert]'))).toContain('503')
    expect(text(shadow.querySelector('[role=alert]'))).toBe(
      'Không tải được dữ liệu Máy chủ báo lỗi (mã 503). Vui lòng thử lại sau. Thử lại',
    )
    await expectNoAxeViolations(element)

    const retry = shadow.querySelector<HTMLButtonElement>('button.retry')
    retry?.focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => entries(element).length).toBe(10)
    // Focus lands on the table, not on the body of the page.
    expect(shadow.activeElement?.classList.contains('table-region')).toBe(true)
  })

  test('a body that is not JSON, or not a schedule, is an invalid-data error', async () => {
    const element = await schedule((el) => {
      el.src = json('{"meetings": [')
    })
    const alert = (): string => text(root(element).querySelector('[role=alert]'))
    await expect.poll(alert).toContain('Dữ liệu nhận được không đúng định dạng.')
    element.src = json({ items: [] })
    await element.updateComplete
    await expect.poll(alert).toContain('Dữ liệu nhận được không đúng định dạng.')
  })

  test('a slow server times out with a translated message', async () => {
    wrapper.lang = 'en'
    const element = await schedule((el) => {
      el.timeout = 100
      el.src = '/__lt-test__/slow?ms=5000'
    })
    await expect
      .poll(() => text(root(element).querySelector('[role=alert]')))
      .toContain('The server did not respond in time.')
  })
})
