import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { expectNoAxeViolations } from '../internal/test-utils/axe.js'
import type { Locale } from '../locales/index.js'
import './define.js'
import type {
  PetitionLookupDetail,
  PetitionStatus,
  PetitionStatusErrorDetail,
} from './petition-status.js'

/** A valid code (its check character matches) and the same code with one symbol mistyped. */
const validCode = 'K7M4-X9QP-R2Y'
const mistypedCode = 'K7M4-X9QP-R3Y'

/** The mock petition API of vitest.config.ts, in each of its modes. */
const api = {
  ok: '/__lt-test__/petitions/ok',
  failOnce: '/__lt-test__/petitions/fail-once',
  slow: '/__lt-test__/petitions/slow',
}

/**
 * A realistic answer of `GET /api/petitions/{code}`: a recommendation received by the People's
 * Council office and forwarded to a ward, with the time limits ahead. It also carries fields a
 * careless back end might add (names, a note): the element must never show them.
 */
function realisticStatus(code = validCode): Record<string, unknown> {
  return {
    trackingCode: code,
    kinds: ['recommendation'],
    stage: 'forwarded',
    open: true,
    receivedAt: '2026-03-02T10:15:00+07:00',
    updatedAt: '2026-03-04T08:00:00+07:00',
    handledById: 'ubnd-ba-dinh',
    steps: [
      { type: 'received', at: '2026-03-02T10:15:00+07:00' },
      { type: 'classified', at: '2026-03-03T09:00:00+07:00' },
      { type: 'competence-decided', at: '2026-03-03T10:00:00+07:00' },
      {
        type: 'forwarded',
        at: '2026-03-04T08:00:00+07:00',
        agencyId: 'ubnd-ba-dinh',
        note: 'Chuyển theo thẩm quyền — ông Nguyễn Văn Bình xử lý',
      },
    ],
    dueDates: [
      { step: 'forward', dueOn: '2026-03-12', status: 'met' },
      {
        step: 'answer',
        dueOn: '2026-04-03',
        status: 'due-soon',
        legalBasis: 'Law on Citizen Reception 42/2013/QH13, Art 28(1)',
        legalBasisVi: 'Khoản 1 Điều 28 Luật Tiếp công dân số 42/2013/QH13',
      },
      { step: 'resolve', dueOn: '2026-02-20', status: 'missed' },
    ],
    petitioner: { name: 'Phạm Thị Dung', phone: '0912345678' },
    content: 'Ngõ 5 phố Đội Cấn không có đèn chiếu sáng.',
  }
}

const organizations = [
  { id: 'ubnd-ba-dinh', name: 'UBND phường Ba Đình' },
  { id: 'vp-hdnd', name: 'Văn phòng HĐND thành phố' },
]

/** Stores a status in the mock API for a code. */
async function store(code: string, body: unknown, mode: keyof typeof api = 'ok'): Promise<void> {
  const response = await fetch(`${api[mode]}/api/petitions/${code}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(204)
}

/** How many look-ups of a code reached the mock API. */
async function lookups(code: string): Promise<number> {
  const response = await fetch(`/__lt-test__/petitions/lookups/${code}`)
  return ((await response.json()) as { lookups: number }).lookups
}

let wrapper: HTMLDivElement

beforeEach(async () => {
  await page.viewport(1000, 900)
  wrapper = document.body.appendChild(document.createElement('div'))
  wrapper.lang = 'vi'
})

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

async function lookup(setup: (element: PetitionStatus) => void = () => undefined) {
  const element = document.createElement('lt-petition-status')
  element.api = api.ok
  element.organizations = organizations
  setup(element)
  wrapper.append(element)
  await element.updateComplete
  return element
}

function root(element: PetitionStatus): ShadowRoot {
  const shadow = element.shadowRoot
  if (!shadow) throw new Error('no shadow root')
  return shadow
}

function $(element: PetitionStatus, selector: string): HTMLElement | null {
  return root(element).querySelector<HTMLElement>(selector)
}

/** The text of a node, spaces collapsed, without bidi isolation marks. */
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now()
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const input = (element: PetitionStatus): HTMLInputElement => $(element, '#code') as HTMLInputElement

/** Focuses the field with the keyboard (the first tab stop of the page) and types `value`. */
async function typeCode(element: PetitionStatus, value: string): Promise<void> {
  await userEvent.tab()
  expect(root(element).activeElement).toBe(input(element))
  if (value) await userEvent.keyboard(value)
}

const shown = (element: PetitionStatus): boolean => $(element, '.status') !== null
const failed = (element: PetitionStatus): boolean => $(element, '.error') !== null

describe('<lt-petition-status> form', () => {
  test('is a labelled GOV.UK-style field: hint with the format, no autocomplete or spellcheck', async () => {
    const element = await lookup()
    const field = input(element)
    const label = $(element, 'label')
    expect(label?.getAttribute('for')).toBe('code')
    expect(text(label)).toBe('Mã tra cứu')
    expect(field.getAttribute('autocomplete')).toBe('off')
    expect(field.getAttribute('spellcheck')).toBe('false')
    expect(field.getAttribute('inputmode')).toBe('text')
    expect(field.getAttribute('aria-describedby')).toBe('code-hint')
    expect(text($(element, '#code-hint'))).toContain(validCode)
    expect(field.getAttribute('aria-invalid')).toBe('false')
  })

  test('a lookup done with the keyboard alone shows the status and moves focus to it', async () => {
    await store(validCode, realisticStatus())
    const element = await lookup()
    const found: PetitionLookupDetail[] = []
    element.addEventListener('lt-lookup', (event) => found.push(event.detail))
    // Lower case, no hyphens, O for 0: all accepted (Crockford's base 32).
    await typeCode(element, 'k7m4 x9qp r2y')
    await userEvent.keyboard('{Enter}')
    await until(() => shown(element), 'the status')
    await element.updateComplete
    expect(root(element).activeElement).toBe($(element, '.status-heading'))
    expect(text($(element, '.status-heading'))).toBe(`Đơn có mã ${validCode}`)
    expect(input(element).value).toBe(validCode)
    expect(found).toHaveLength(1)
    expect(found[0]?.trackingCode).toBe(validCode)
    expect(found[0]?.status.stage).toBe('forwarded')
    expect(await lookups(validCode)).toBe(1)
  })

  test('a mistyped character is caught on the device: no request, summary takes focus', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch')
    const element = await lookup()
    await typeCode(element, mistypedCode)
    await userEvent.keyboard('{Enter}')
    await until(() => $(element, '.error-summary') !== null, 'the error summary')
    await element.updateComplete
    expect(fetchSpy).not.toHaveBeenCalled()
    fetchSpy.mockRestore()
    expect(await lookups(mistypedCode)).toBe(0)

    const summary = $(element, '.error-summary')
    expect(root(element).activeElement).toBe(summary)
    expect(summary?.getAttribute('role')).toBe('alert')
    expect(text(summary)).toContain('Có lỗi cần sửa')
    const message = 'Mã tra cứu có ký tự bị nhập sai. Hãy đối chiếu từng ký tự với giấy biên nhận'
    expect(text(summary?.querySelector('a'))).toBe(message)
    expect(text($(element, '#code-error'))).toBe(`Lỗi: ${message}`)
    expect(input(element).getAttribute('aria-invalid')).toBe('true')
    expect(input(element).getAttribute('aria-describedby')).toBe('code-hint code-error')
  })

  test('the summary links to the field: following it with the keyboard focuses the input', async () => {
    const element = await lookup()
    await typeCode(element, '')
    await userEvent.keyboard('{Enter}')
    await until(() => $(element, '.error-summary') !== null, 'the error summary')
    await element.updateComplete
    const link = $(element, '.error-summary a')
    expect(text(link)).toBe('Nhập mã tra cứu in trên giấy biên nhận')
    expect(link?.getAttribute('href')).toBe('#code')
    await userEvent.tab()
    expect(root(element).activeElement).toBe(link)
    await userEvent.keyboard('{Enter}')
    expect(root(element).activeElement).toBe(input(element))
    expect(location.hash).toBe('')
  })

  test('validates on blur and submit only, never while typing or on focus', async () => {
    const element = await lookup()
    await userEvent.tab()
    await userEvent.tab() // leave the empty field: not an error yet
    await element.updateComplete
    expect($(element, '#code-error')).toBeNull()

    input(element).focus()
    await userEvent.keyboard('K7M4')
    await element.updateComplete
    expect($(element, '#code-error')).toBeNull()
    await userEvent.tab()
    await until(() => $(element, '#code-error') !== null, 'the inline error')
    expect(text($(element, '#code-error'))).toContain('Mã tra cứu phải gồm 11 chữ và số')
    expect(text($(element, '#code-error'))).toContain(validCode)
    // Blur shows the inline error only; the summary is for submitting.
    expect($(element, '.error-summary')).toBeNull()

    input(element).focus()
    await userEvent.keyboard('X9QPR2Y')
    await element.updateComplete
    expect($(element, '#code-error')).not.toBeNull() // still there while typing
    await userEvent.tab()
    await until(() => $(element, '#code-error') === null, 'the error to go')
  })

  test('an invalid code submitted after a look-up clears the earlier status', async () => {
    await store(validCode, realisticStatus())
    const element = await lookup()
    await element.lookUp(validCode)
    await until(() => shown(element), 'the status')
    expect(await element.lookUp(mistypedCode)).toBe(false)
    await element.updateComplete
    expect(shown(element)).toBe(false)
    expect(element.status).toBeUndefined()
    expect($(element, '#code-error')).not.toBeNull()
  })

  test('messages follow the page language', async () => {
    const element = await lookup()
    await typeCode(element, 'U000-0000-000')
    await userEvent.keyboard('{Enter}')
    await until(() => $(element, '#code-error') !== null, 'the inline error')
    wrapper.lang = 'en'
    await until(() => text($(element, 'label')) === 'Tracking code', 'English')
    expect(text($(element, '#code-error'))).toBe(
      `Error: The tracking code must be 11 letters and digits, like ${validCode}`,
    )
    expect(text($(element, '.summary-title'))).toBe('There is a problem')
  })
})

describe('<lt-petition-status> loading', () => {
  test('looks up the `code` attribute on load, at `{api}/api/petitions/{code}`', async () => {
    const code = 'H3TQ-8N5W-B65'
    await store(code, realisticStatus(code))
    const fetchSpy = vi.spyOn(window, 'fetch')
    const element = await lookup((el) => {
      el.setAttribute('code', 'h3tq8n5wb65')
    })
    await until(() => shown(element), 'the status')
    expect(fetchSpy.mock.calls[0]?.[0]).toBe(`${api.ok}/api/petitions/${code}`)
    // On load, focus stays where the page has it.
    expect(root(element).activeElement).toBeNull()
  })

  test('src-template replaces {code}', async () => {
    const code = '0000-0000-000'
    await store(code, realisticStatus(code))
    const element = await lookup((el) => {
      el.api = ''
      el.setAttribute('src-template', `${api.ok}/api/petitions/{code}`)
      el.code = 'oooo oooo ooo'
    })
    await until(() => shown(element), 'the status')
    expect(text($(element, '.status-heading'))).toBe(`Đơn có mã ${code}`)
  })

  test('an invalid `code` attribute shows the error without taking focus or fetching', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch')
    const element = await lookup((el) => {
      el.code = mistypedCode
    })
    await until(() => $(element, '#code-error') !== null, 'the inline error')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(root(element).activeElement).toBeNull()
  })

  test('404: says no petition has the code, fires lt-error', async () => {
    const code = '1111-1111-113' // valid, never stored
    const errors: PetitionStatusErrorDetail[] = []
    const element = await lookup()
    element.addEventListener('lt-error', (event) => errors.push(event.detail))
    expect(await element.lookUp('1111-1111-111')).toBe(false) // wrong check character
    expect(await element.lookUp(code)).toBe(true)
    await until(() => failed(element), 'the error')
    expect(text($(element, '.error-message'))).toBe(
      `Không tìm thấy đơn nào có mã ${code}. Hãy đối chiếu mã với giấy biên nhận rồi thử lại.`,
    )
    expect($(element, '.error')?.getAttribute('role')).toBe('alert')
    expect(errors).toEqual([{ trackingCode: code, reason: 'not-found', status: 404 }])
  })

  test('500: a translated server error with a retry that works', async () => {
    await store(validCode, realisticStatus(), 'failOnce')
    const errors: PetitionStatusErrorDetail[] = []
    const element = await lookup((el) => {
      el.api = api.failOnce
    })
    element.addEventListener('lt-error', (event) => errors.push(event.detail))
    await typeCode(element, validCode)
    await userEvent.keyboard('{Enter}')
    await until(() => failed(element), 'the error')
    await element.updateComplete
    expect(text($(element, '.error-message'))).toBe(
      'Máy chủ báo lỗi (mã 500). Vui lòng thử lại sau.',
    )
    expect(errors).toEqual([{ trackingCode: validCode, reason: 'http', status: 500 }])
    const retry = $(element, '.retry')
    expect(root(element).activeElement).toBe(retry)
    await userEvent.keyboard('{Enter}')
    await until(() => shown(element), 'the status after retrying')
    expect(await lookups(validCode)).toBe(2)
  })

  test('a slow server times out with a translated message and a retry', async () => {
    const element = await lookup((el) => {
      el.api = api.slow
      el.timeout = 300
    })
    const errors: PetitionStatusErrorDetail[] = []
    element.addEventListener('lt-error', (event) => errors.push(event.detail))
    await element.lookUp(validCode)
    await until(() => $(element, '.loading') !== null, 'the loading state')
    expect($(element, '.loading')?.getAttribute('role')).toBe('status')
    expect(text($(element, '.loading'))).toBe('Đang tra cứu đơn…')
    await until(() => failed(element), 'the timeout')
    expect(text($(element, '.error-message'))).toBe(
      'Máy chủ không phản hồi kịp thời. Vui lòng thử lại sau.',
    )
    expect($(element, '.retry')).not.toBeNull()
    expect(errors.map((error) => error.reason)).toEqual(['timeout'])
  })

  test('a network failure says so', async () => {
    const element = await lookup((el) => {
      el.api = 'http://127.0.0.1:9'
    })
    await element.lookUp(validCode)
    await until(() => failed(element), 'the error')
    expect(text($(element, '.error-message'))).toContain('Không kết nối được tới máy chủ')
  })

  test('an answer that is not a status is an invalid-data error', async () => {
    const code = '2222-2222-226'
    await store(code, { hello: 'world' })
    const element = await lookup()
    await element.lookUp(code)
    await until(() => failed(element), 'the error')
    expect(text($(element, '.error-message'))).toBe('Dữ liệu nhận được không đúng định dạng.')
  })
})

describe('<lt-petition-status> status', () => {
  async function shownStatus(
    body: unknown = realisticStatus(),
    setup?: (element: PetitionStatus) => void,
  ): Promise<PetitionStatus> {
    await store(validCode, body)
    const element = await lookup(setup)
    await element.lookUp(validCode)
    await until(() => shown(element), 'the status')
    await element.updateComplete
    return element
  }

  test('shows the stage, agency, dates, time limits and timeline of a realistic petition', async () => {
    const element = await shownStatus()
    const details = [...root(element).querySelectorAll('.details > div')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ])
    const dateTime = new Intl.DateTimeFormat('vi-VN', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
    expect(details).toEqual([
      ['Tình trạng', 'Đã chuyển đơn Đang xử lý'],
      ['Cơ quan đang xử lý', 'UBND phường Ba Đình'],
      ['Loại đơn', 'Kiến nghị'],
      ['Ngày tiếp nhận', dateTime.format(new Date('2026-03-02T10:15:00+07:00'))],
      ['Cập nhật lần cuối', dateTime.format(new Date('2026-03-04T08:00:00+07:00'))],
    ])
    expect(root(element).querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-03-02T03:15:00.000Z',
    )

    const dues = [...root(element).querySelectorAll('.due')].map((due) => ({
      step: text(due.querySelector('.due-step')),
      on: text(due.querySelector('.due-on')),
      status: text(due.querySelector('.due-status')),
    }))
    const longDate = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'UTC' })
    expect(dues).toEqual([
      {
        step: 'Chuyển đơn',
        on: `Hạn chót: ${longDate.format(Date.UTC(2026, 2, 12))}`,
        status: 'Đã đúng hạn',
      },
      {
        step: 'Trả lời',
        on: `Hạn chót: ${longDate.format(Date.UTC(2026, 3, 3))}`,
        status: 'Sắp đến hạn',
      },
      {
        step: 'Giải quyết',
        on: `Hạn chót: ${longDate.format(Date.UTC(2026, 1, 20))}`,
        status: 'Quá hạn',
      },
    ])
    // The law as Vietnamese documents cite it, on a Vietnamese page.
    expect(text($(element, '.legal-basis'))).toBe(
      'Căn cứ: Khoản 1 Điều 28 Luật Tiếp công dân số 42/2013/QH13',
    )
    expect($(element, '.legal-basis bdi')?.hasAttribute('lang')).toBe(false)

    const events = [...root(element).querySelectorAll('.timeline > li')].map((item) =>
      text(item.querySelector('.event-name')),
    )
    expect(events).toEqual(['Tiếp nhận đơn', 'Phân loại đơn', 'Xác định thẩm quyền', 'Chuyển đơn'])
    expect(text($(element, '.event-agency'))).toBe('Chuyển đến: UBND phường Ba Đình')
    const headings = [...root(element).querySelectorAll('[role="heading"]')].map((heading) => [
      text(heading),
      heading.getAttribute('aria-level'),
    ])
    expect(headings).toEqual([
      ['Tra cứu tình trạng đơn', '2'],
      [`Đơn có mã ${validCode}`, '3'],
      ['Thời hạn', '4'],
      ['Quá trình xử lý', '4'],
    ])
  })

  test('never shows personal data or unknown fields from the answer', async () => {
    const element = await shownStatus()
    const all = text(root(element).querySelector('.lt-root'))
    for (const secret of ['Phạm Thị Dung', '0912345678', 'Đội Cấn', 'Nguyễn Văn Bình']) {
      expect(all).not.toContain(secret)
    }
    expect(element.status && 'petitioner' in element.status).toBe(false)
  })

  test('a closed petition shows its outcome and no time limits', async () => {
    const element = await shownStatus({
      ...realisticStatus(),
      stage: 'closed',
      open: false,
      outcome: 'answered',
      dueDates: [],
    })
    expect(text($(element, '.stage'))).toBe('Đã kết thúc')
    expect(text($(element, '.open-state'))).toBe('Đã kết thúc')
    expect(text($(element, '.details > div:last-child dd'))).toBe('Đã trả lời')
    expect($(element, '.due-dates')).toBeNull()
  })

  test('hostile strings in agency names and ids are shown as text', async () => {
    const hostile = '<img src=x onerror="window.__ltPwned = true">'
    const element = await shownStatus(
      {
        ...realisticStatus(),
        handledById: `<script>window.__ltPwned = true</script>`,
        steps: [{ type: 'forwarded', at: '2026-03-04T08:00:00+07:00', agencyId: 'evil' }],
        dueDates: [{ step: '<b>x</b>', dueOn: '2026-04-03', legalBasis: hostile }],
      },
      (el) => {
        el.organizations = [{ id: 'evil', name: hostile }]
      },
    )
    expect(text($(element, '.agency'))).toBe('<script>window.__ltPwned = true</script>')
    expect(text($(element, '.event-agency'))).toBe(`Chuyển đến: ${hostile}`)
    expect(text($(element, '.due-step'))).toBe('<b>x</b>')
    expect(text($(element, '.legal-basis'))).toBe(`Căn cứ: ${hostile}`)
    expect(root(element).querySelector('img, script, b')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((window as { __ltPwned?: boolean }).__ltPwned).toBeUndefined()
  })

  test('Urdu is right to left, translated, and the code stays left to right', async () => {
    wrapper.lang = 'ur'
    const element = await shownStatus()
    expect($(element, '.lt-root')?.getAttribute('dir')).toBe('rtl')
    expect($(element, '.lt-root')?.getAttribute('lang')).toBe('ur-PK')
    expect(text($(element, 'label'))).toBe('ٹریکنگ کوڈ')
    expect(text($(element, '.stage'))).toBe('منتقل کر دی گئی')
    expect(input(element).getAttribute('dir')).toBe('ltr')
    const field = $(element, '.field')
    expect(field && getComputedStyle(field).direction).toBe('rtl')
    // The law has no official Urdu name: its English one, marked as English and isolated.
    expect(text($(element, '.legal-basis'))).toBe(
      'قانونی بنیاد: Law on Citizen Reception 42/2013/QH13, Art 28(1)',
    )
    expect($(element, '.legal-basis bdi')?.getAttribute('lang')).toBe('en')
  })
})

describe('<lt-petition-status> embedding', () => {
  test('themes through --lt-* custom properties and exposes parts, with no inline styles', async () => {
    wrapper.style.setProperty('--lt-petition-stage-background', 'rgb(1, 2, 3)')
    await store(validCode, realisticStatus())
    const element = await lookup()
    await element.lookUp(validCode)
    await until(() => shown(element), 'the status')
    await element.updateComplete
    const stage = $(element, '[part~="stage"]')
    expect(stage && getComputedStyle(stage).backgroundColor).toBe('rgb(1, 2, 3)')
    for (const part of [
      'title',
      'form',
      'input',
      'submit-button',
      'status',
      'timeline',
      'due-status',
    ]) {
      expect($(element, `[part~="${part}"]`), part).not.toBeNull()
    }
    expect(root(element).querySelector('[style]')).toBeNull()
  })

  test('a look-up interrupted by moving the element is asked again once it is back', async () => {
    await store(validCode, realisticStatus())
    const element = await lookup((el) => {
      el.api = api.slow
    })
    await element.lookUp(validCode)
    element.remove()
    element.api = api.ok
    wrapper.append(element)
    await until(() => shown(element), 'the status')
  })
})

describe('<lt-petition-status> accessibility', () => {
  const locales: Locale[] = ['vi', 'ur']

  test.each(locales)('axe finds no violations in any state (%s)', async (locale) => {
    wrapper.lang = locale
    await store(validCode, realisticStatus())
    await store(validCode, realisticStatus(), 'failOnce')
    const element = await lookup()
    await expectNoAxeViolations(element) // empty form

    input(element).focus()
    await userEvent.keyboard(mistypedCode)
    await userEvent.keyboard('{Enter}')
    await until(() => $(element, '.error-summary') !== null, 'the error summary')
    await element.updateComplete
    await expectNoAxeViolations(element) // validation errors

    element.api = api.slow
    element.timeout = 60_000
    await element.lookUp(validCode)
    await until(() => $(element, '.loading') !== null, 'the loading state')
    await expectNoAxeViolations(element) // loading

    element.api = api.failOnce
    await element.lookUp(validCode)
    await until(() => failed(element), 'the server error')
    await expectNoAxeViolations(element) // server error with retry

    element.api = api.ok
    await element.lookUp('4444-4444-44C')
    await until(() => failed(element), 'not found')
    await expectNoAxeViolations(element) // not found

    await element.lookUp(validCode)
    await until(() => shown(element), 'the status')
    await element.updateComplete
    await expectNoAxeViolations(element) // the status
  })
})
