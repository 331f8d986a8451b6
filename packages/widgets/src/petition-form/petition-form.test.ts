import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { safeParsePetition } from '@lienthong/core/petition'
import { expectNoAxeViolations } from '../internal/test-utils/axe.js'
import './define.js'
import type {
  PetitionForm,
  PetitionFormErrorDetail,
  PetitionSubmitDetail,
  PetitionSubmittedDetail,
} from './petition-form.js'

/** What the fake submission API (vitest.config.ts) stored for one ledger. */
interface Ledger {
  petitions: number
  requests: number
  keys: string[]
  bodies: unknown[]
  headers: { key: string; token: string }[]
}

type Mode = 'ok' | 'bare' | 'slow' | 'drop-request' | 'drop-response' | 'error-500' | 'reject'

let wrapper: HTMLDivElement
let ledgerName: string
let testNumber = 0

beforeEach(async () => {
  await page.viewport(1000, 900)
  localStorage.clear()
  testNumber += 1
  ledgerName = `t${Date.now().toString(36)}${testNumber}`
  wrapper = document.body.appendChild(document.createElement('div'))
  wrapper.lang = 'vi'
})

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
  localStorage.clear()
})

function action(mode: Mode = 'ok'): string {
  return `/__lt-test__/submit/${mode}/${ledgerName}`
}

async function ledger(): Promise<Ledger> {
  const response = await fetch(`/__lt-test__/submit/ledger/${ledgerName}`)
  return (await response.json()) as Ledger
}

/** Makes the fake server stop failing. */
async function heal(): Promise<void> {
  const response = await fetch(`/__lt-test__/submit/heal/${ledgerName}`, { method: 'POST' })
  expect(response.status).toBe(204)
}

async function mountForm(
  setup: (element: PetitionForm) => void = () => undefined,
  parent: HTMLElement = wrapper,
): Promise<PetitionForm> {
  const element = document.createElement('lt-petition-form')
  element.action = action()
  setup(element)
  parent.append(element)
  await element.updateComplete
  return element
}

function root(element: PetitionForm): ShadowRoot {
  const shadow = element.shadowRoot
  if (!shadow) throw new Error('no shadow root')
  return shadow
}

function $(element: PetitionForm, selector: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}

function input(element: PetitionForm, selector: string): HTMLInputElement {
  return $(element, selector) as HTMLInputElement
}

function textarea(element: PetitionForm, selector: string): HTMLTextAreaElement {
  return $(element, selector) as HTMLTextAreaElement
}

/** Submits the step's own form (Continue). */
function submit(element: PetitionForm): void {
  ;($(element, 'form') as HTMLFormElement).requestSubmit()
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The element focused, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/** Types into a field as a person would: focus, type, leave (blur validates). */
async function fill(element: PetitionForm, id: string, value: string): Promise<void> {
  const input = $(element, `#${id}`) as HTMLInputElement
  input.focus()
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
  input.blur()
  await element.updateComplete
}

/** Types a date in the three fields of the "when did you learn of it" question. */
async function fillDate(element: PetitionForm, day: string, month: string, year: string) {
  await fill(element, 'learnedOn-day', day)
  await fill(element, 'learnedOn-month', month)
  await fill(element, 'learnedOn-year', year)
}

async function click(element: PetitionForm, selector: string): Promise<void> {
  $(element, selector).click()
  await element.updateComplete
}

/** Waits until the form's step heading says the step has changed to one showing `selector`. */
async function until(element: PetitionForm, selector: string): Promise<HTMLElement> {
  await vi.waitFor(() => {
    expect(root(element).querySelector(selector), selector).not.toBeNull()
  })
  await element.updateComplete
  return $(element, selector)
}

/** A recommendation, filled in through the fields, up to the check-your-answers step. */
async function fillRecommendation(element: PetitionForm): Promise<void> {
  await click(element, '#kind-recommendation')
  submit(element)
  await until(element, '#name')
  await fill(element, 'name', 'Phạm Thị Dung')
  await fill(element, 'address', 'Số 5 ngõ 12 phố Đội Cấn, phường Ba Đình, Hà Nội')
  await fill(element, 'phone', '0912345678')
  await fill(element, 'subject', 'Lắp đèn chiếu sáng ngõ 12 phố Đội Cấn')
  await fill(
    element,
    'content',
    'Ngõ 12 phố Đội Cấn không có đèn chiếu sáng, buổi tối rất nguy hiểm.',
  )
  submit(element)
  await until(element, '#send')
}

describe('<lt-petition-form>: the kind step', () => {
  test('offers the four kinds, each with a plain explanation', async () => {
    const element = await mountForm()
    const labels = [...root(element).querySelectorAll('.radio-label')].map(text)
    expect(labels).toEqual(['Khiếu nại', 'Tố cáo', 'Kiến nghị', 'Phản ánh'])
    const hint = $(element, '#kind-denunciation-hint')
    expect(text(hint)).toContain('vi phạm pháp luật')
    expect($(element, '#kind-denunciation').getAttribute('aria-describedby')).toBe(
      'kind-denunciation-hint',
    )
    expect(text($(element, '.step'))).toBe('Bước 1/3')
  })

  test('continuing without a choice shows an error summary that takes focus and links to the radios', async () => {
    const element = await mountForm()
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(deepActive()).toBe(summary)
    expect(text(summary)).toContain('Hãy chọn loại đơn bạn gửi')
    expect(text($(element, '#kind-error'))).toContain('Hãy chọn loại đơn bạn gửi')
    $(element, '#error-summary a').click()
    expect(deepActive()?.id).toBe('kind-complaint')
  })
})

describe('<lt-petition-form>: a full submission by keyboard alone', () => {
  test('chooses, fills, checks and sends with Tab, arrows, typing and Enter', async () => {
    const element = await mountForm()
    const submitted: PetitionSubmittedDetail[] = []
    element.addEventListener('lt-submitted', (event) => submitted.push(event.detail))

    /** Presses Tab until the field with this id has focus (fails after 40 presses). */
    const tabTo = async (id: string): Promise<void> => {
      for (let presses = 0; presses < 40 && deepActive()?.id !== id; presses++) {
        await userEvent.keyboard('{Tab}')
      }
      expect(deepActive()?.id).toBe(id)
    }

    await tabTo('kind-complaint')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}') // → recommendation, selected by the arrows
    expect(input(element, '#kind-recommendation').checked).toBe(true)
    await userEvent.keyboard('{Tab}{Enter}')
    await until(element, '#name')
    expect(deepActive()?.id).toBe('step-heading')

    await tabTo('name')
    await userEvent.keyboard('Lê Văn Cường')
    await tabTo('address')
    await userEvent.keyboard('Số 5 phố Hàng Bạc, Hà Nội')
    await tabTo('subject')
    await userEvent.keyboard('Sửa đường ngõ 12')
    await tabTo('content')
    await userEvent.keyboard('Đường ngõ 12 bị hỏng nặng sau mưa.')
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}') // back to the subject: Enter submits there
    await userEvent.keyboard('{Enter}')
    await until(element, '#send')
    expect(text($(element, '.answers'))).toContain('Lê Văn Cường')

    await tabTo('send')
    await userEvent.keyboard('{Enter}')
    await until(element, '.tracking-code')
    expect(text($(element, '.tracking-code'))).toBe('K7M4-X9QP-R2Y')
    expect(deepActive()?.id).toBe('step-heading')
    expect(submitted).toHaveLength(1)
    // Sent: nothing personal stays in the device's storage, only the receipt.
    const kept = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '')
    expect(kept.join()).not.toContain('Lê Văn Cường')
    expect(kept.join()).toContain('K7M4-X9QP-R2Y')
    const stored = await ledger()
    expect(stored.petitions).toBe(1)
    expect(stored.requests).toBe(1)
    expect(stored.bodies[0]).toMatchObject({
      kinds: ['recommendation'],
      anonymous: false,
      petitioner: { name: 'Lê Văn Cường', address: 'Số 5 phố Hàng Bạc, Hà Nội' },
      subject: 'Sửa đường ngõ 12',
      content: 'Đường ngõ 12 bị hỏng nặng sau mưa.',
    })
  })
})

describe('<lt-petition-form>: validation', () => {
  test('the error summary lists every problem in the page language and its links move focus to the field', async () => {
    const element = await mountForm()
    await click(element, '#kind-complaint')
    submit(element)
    await until(element, '#decision')
    await fill(element, 'email', 'not-an-email')
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(deepActive()).toBe(summary)
    const links = [...summary.querySelectorAll('a')].map(text)
    expect(links).toEqual([
      'Hãy mô tả quyết định hoặc hành vi bị khiếu nại',
      'Hãy nhập họ và tên của bạn',
      'Hãy nhập địa chỉ của bạn',
      'Hãy nhập email đúng định dạng, ví dụ ten@example.com',
      'Hãy nhập tiêu đề của đơn',
      'Hãy viết nội dung đơn',
    ])
    const emailLink = [...summary.querySelectorAll('a')].find((link) =>
      text(link).includes('email'),
    )
    emailLink?.click()
    expect(deepActive()?.id).toBe('email')
    const email = $(element, '#email')
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(email.getAttribute('aria-describedby')).toContain('email-error')
  })

  test('validates on leaving a field, never while typing', async () => {
    const element = await mountForm()
    await click(element, '#kind-reflection')
    submit(element)
    const email = await until(element, '#email')
    email.focus()
    await userEvent.keyboard('abc')
    await element.updateComplete
    expect(root(element).querySelector('#email-error')).toBeNull()
    email.blur()
    await vi.waitFor(() => {
      expect(text(root(element).querySelector('#email-error'))).toContain('ten@example.com')
    })
    // Leaving an empty required field untouched is not an error yet.
    $(element, '#subject').focus()
    $(element, '#subject').blur()
    await element.updateComplete
    expect(root(element).querySelector('#subject-error')).toBeNull()
  })

  test('speaks the page language: English messages under lang="en"', async () => {
    wrapper.lang = 'en'
    const element = await mountForm()
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(text(summary)).toContain('Choose what kind of petition you are sending')
  })
})

describe('<lt-petition-form>: fields follow the kind', () => {
  test('a complaint asks for the decision and when it was learned of, and shows the filing limit as a date', async () => {
    const element = await mountForm()
    await click(element, '#kind-complaint')
    submit(element)
    await until(element, '#decision')
    expect(root(element).querySelector('#anonymous-true')).toBeNull()
    expect(text(root(element))).toContain('không thể gửi ẩn danh')
    await vi.waitFor(() => {
      expect(text($(element, '#learnedOn-hint'))).toContain('90 ngày')
    })
    await fillDate(element, '5', '1', '2026')
    // 90 calendar days from 5 January 2026 (Law on Complaints Art 9) end on Sunday 5 April;
    // core moves a last day off a day off to the next working day: Monday 6 April.
    await vi.waitFor(() => {
      expect(text($(element, '#learnedOn-due'))).toBe(
        'Thời hiệu đã hết vào ngày 6 tháng 4, 2026. Bạn vẫn có thể gửi đơn: hãy nêu trong đơn lý do khiến bạn không gửi kịp.',
      )
    })
    await click(element, '#instance-2')
    await vi.waitFor(() => {
      expect(text($(element, '#learnedOn-hint'))).toContain('30 ngày')
    })
    // A date that does not exist is an error of the date, in the page language.
    await fillDate(element, '31', '2', '2026')
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(text(summary)).toContain('Ngày biết được phải là một ngày có thật, ví dụ 27 3 2026')
    $(element, '#error-summary a[data-field="learnedOn"]').click()
    expect(deepActive()?.id).toBe('learnedOn-day')
  })

  test('a denunciation names who is reported, promises confidentiality, and warns about anonymity before the choice', async () => {
    const element = await mountForm()
    await click(element, '#kind-denunciation')
    submit(element)
    await until(element, '#denouncedName')
    expect(text(root(element))).toContain('Luật Tố cáo 2018, Điều 47')
    const anonymous = $(element, '#anonymous-true') as HTMLInputElement
    expect(anonymous.checked).toBe(false)
    const warning = $(element, '#anonymous-true-hint')
    expect(text(warning)).toContain('không được giải quyết theo thủ tục tố cáo')
    expect(anonymous.getAttribute('aria-describedby')).toBe('anonymous-true-hint')
    anonymous.click()
    await element.updateComplete
    expect(root(element).querySelector('#name')).toBeNull()
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(text(summary)).toContain('Hãy nhập tên người hoặc cơ quan bị tố cáo')
  })

  test('a crowd petition names 1 to 5 representatives, as many as the head count requires', async () => {
    const element = await mountForm()
    await click(element, '#kind-recommendation')
    submit(element)
    await until(element, '#crowd-true')
    await click(element, '#crowd-true')
    await fill(element, 'coSigners', '6')
    for (let index = 0; index < 3; index++) {
      await click(element, '#add-representative')
      expect(deepActive()?.id).toBe(`rep-${index}-name`)
      await fill(element, `rep-${index}-name`, `Người đại diện ${index + 1}`)
    }
    submit(element)
    const summary = await until(element, '#error-summary')
    expect(text(summary)).toContain('Đơn của 7 người phải cử từ 1 đến 2 người đại diện')
    ;[...root(element).querySelectorAll<HTMLElement>('.representative button')].at(-1)?.click()
    await element.updateComplete
    expect(root(element).querySelectorAll('.representative')).toHaveLength(2)
    await vi.waitFor(() => {
      expect(root(element).querySelector('#add-representative')).not.toBeNull()
    })
  })

  test('counts the content in characters people see (graphemes) and announces it politely once typing pauses', async () => {
    const element = await mountForm()
    await click(element, '#kind-reflection')
    submit(element)
    const content = await until(element, '#content')
    content.focus()
    // "Việt" typed with combining marks (NFD): 6 code units, 4 characters.
    await userEvent.keyboard('Vie\u0323\u0302t')
    await element.updateComplete
    expect(text($(element, '#content-count'))).toBe('Bạn còn 49.996 ký tự')
    const live = $(element, '[aria-live="polite"]')
    await vi.waitFor(
      () => {
        expect(text(live)).toBe('Bạn còn 49.996 ký tự')
      },
      { timeout: 5000 },
    )
    expect($(element, '#content-count').getAttribute('aria-hidden')).toBe('true')
  })

  test('checks attachments for type and size before uploading them', async () => {
    const uploaded: string[] = []
    const element = await mountForm((form) => {
      form.maxFileSize = 1000
      form.uploadAttachment = (file) => {
        uploaded.push(file.name)
        return Promise.resolve(`https://files.example/${file.name}`)
      }
    })
    await click(element, '#kind-reflection')
    submit(element)
    const input = (await until(element, '#attachments')) as HTMLInputElement
    const files = new DataTransfer()
    files.items.add(new File(['%PDF-1.7'], 'so-do.pdf', { type: 'application/pdf' }))
    files.items.add(new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }))
    files.items.add(new File(['x'.repeat(2000)], 'lon.png', { type: 'image/png' }))
    input.files = files.files
    input.dispatchEvent(new Event('change'))
    await vi.waitFor(() => {
      expect(root(element).querySelectorAll('.files li')).toHaveLength(1)
    })
    expect(uploaded).toEqual(['so-do.pdf'])
    const errors = [...root(element).querySelectorAll('[id^="attachments-error"]')].map(text)
    expect(errors).toEqual([
      'Lỗi: “virus.exe” không thuộc loại tệp được chấp nhận',
      'Lỗi: “lon.png” lớn hơn 1 KB',
    ])
  })
})

describe('<lt-petition-form>: drafts on the device', () => {
  test('a reload (the element removed and created again) restores the draft, its step and its key', async () => {
    const first = await mountForm((form) => (form.draftKey = 'reload'))
    await click(first, '#kind-recommendation')
    submit(first)
    await until(first, '#subject')
    await fill(first, 'subject', 'Đèn đường ngõ 12')
    await fill(first, 'content', 'Nội dung dài đã viết trong nửa giờ.')
    const key = first.draftIdempotencyKey
    first.remove()

    const second = await mountForm((form) => (form.draftKey = 'reload'))
    expect(input(second, '#subject').value).toBe('Đèn đường ngõ 12')
    expect(textarea(second, '#content').value).toBe('Nội dung dài đã viết trong nửa giờ.')
    expect(text($(second, '.draft-status'))).toBe(
      'Nội dung bạn đã nhập trước đây trên thiết bị này đã được khôi phục.',
    )
    expect(second.draftIdempotencyKey).toBe(key)
    // Another draft key is another form: nothing restored there.
    const other = await mountForm((form) => (form.draftKey = 'other'))
    expect(root(other).querySelector('#subject')).toBeNull()
  })

  test('"discard draft" asks first, then deletes the draft from the device', async () => {
    const element = await mountForm()
    await click(element, '#kind-reflection')
    await click(element, '#discard')
    expect(text($(element, '.confirm'))).toContain('Không thể hoàn tác')
    expect(deepActive()?.id).toBe('discard-no')
    await click(element, '#discard-no')
    expect(input(element, '#kind-reflection').checked).toBe(true)
    await click(element, '#discard')
    await click(element, '#discard-yes')
    expect(input(element, '#kind-reflection').checked).toBe(false)
    expect(text($(element, '.draft-status'))).toBe('Đã xóa bản nháp.')
    expect(Object.keys(localStorage).filter((key) => key.startsWith('lienthong:'))).toEqual([])
  })
})

describe('<lt-petition-form>: sending exactly once', () => {
  test('a double click sends one request', async () => {
    const element = await mountForm()
    await fillRecommendation(element)
    await userEvent.dblClick($(element, '#send'))
    await until(element, '.tracking-code')
    const stored = await ledger()
    expect(stored.requests).toBe(1)
    expect(stored.petitions).toBe(1)
  })

  test("the body is what the reference server accepts: its submission fields, valid for core's petition schema", async () => {
    const element = await mountForm()
    await click(element, '#kind-complaint')
    submit(element)
    await until(element, '#decision')
    await fill(element, 'decision', 'Quyết định thu hồi đất tại thửa số 12')
    await fill(element, 'decisionSymbol', '156/QĐ-UBND')
    await fillDate(element, '05', '10', '2026')
    await fill(element, 'name', 'Lê Văn Cường')
    await fill(element, 'address', 'Phường Hoàn Kiếm, Hà Nội')
    await click(element, '#crowd-true')
    await fill(element, 'coSigners', '5')
    await click(element, '#add-representative')
    await fill(element, 'rep-0-name', 'Phạm Thị Dung')
    await fill(element, 'place', 'Thửa số 12, phường Hoàn Kiếm')
    await fill(element, 'subject', 'Khiếu nại quyết định thu hồi đất')
    await fill(element, 'content', 'Tôi không đồng ý với mức bồi thường.')
    submit(element)
    await until(element, '#send')
    await click(element, '#send')
    await until(element, '.tracking-code')
    const [body] = (await ledger()).bodies
    // What the reference server does with a submission: its own fields added, the whole
    // petition checked with core's schema (unknown fields are refused by the fake server).
    const parsed = safeParsePetition({
      ...(body as object),
      id: 'p1',
      trackingCode: 'K7M4-X9QP-R2Y',
      channel: 'online-portal',
      receivedAt: '2026-11-02T10:15:00+07:00',
      receivedById: 'vp-hdnd',
    })
    expect(parsed.ok, parsed.ok ? '' : parsed.error.message).toBe(true)
    expect(body).toMatchObject({
      kinds: ['complaint'],
      complaintInstance: 1,
      complainedDecision: { learnedOn: '2026-10-05', symbol: '156/QĐ-UBND' },
      coSigners: 5,
      representatives: [{ name: 'Phạm Thị Dung' }],
      place: { address: 'Thửa số 12, phường Hoàn Kiếm' },
    })
  })

  test.each([
    { mode: 'drop-request', what: 'the request is dropped before the server stores it' },
    { mode: 'drop-response', what: 'the response is dropped after the server stored it' },
    { mode: 'error-500', what: 'the server answers 500' },
  ] as const)(
    '$mode ($what): the petition waits in the outbox, is sent again with the same key, and the server holds exactly one',
    async ({ mode }) => {
      const errors: PetitionFormErrorDetail[] = []
      const element = await mountForm((form) => (form.action = action(mode)))
      element.addEventListener('lt-error', (event) => {
        errors.push((event as unknown as CustomEvent<PetitionFormErrorDetail>).detail)
      })
      await fillRecommendation(element)
      await click(element, '#send')
      const sendNow = await until(element, '#send-now')
      expect(text($(element, '.outbox-status'))).toContain('Đơn đã được lưu trên thiết bị này')
      expect(errors).toMatchObject([
        { willRetry: true, reason: mode === 'error-500' ? 'http' : 'network' },
      ])
      const outbox = Object.keys(localStorage).map(
        (key) => JSON.parse(localStorage.getItem(key) ?? '') as { phase: string },
      )
      expect(outbox).toMatchObject([{ phase: 'outbox' }])
      await heal()
      sendNow.click()
      await until(element, '.tracking-code')
      const stored = await ledger()
      expect(stored.petitions).toBe(1)
      expect(stored.requests).toBeGreaterThanOrEqual(2)
      expect(new Set(stored.headers.map((header) => header.key)).size).toBe(1)
    },
  )

  test('offline: waits, says so, and sends when the connection returns', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const element = await mountForm()
    await fillRecommendation(element)
    await click(element, '#send')
    await until(element, '#send-now')
    expect(text($(element, '.outbox-status'))).toContain('Thiết bị đang mất kết nối')
    expect((await ledger()).requests).toBe(0)
    online.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await until(element, '.tracking-code')
    expect((await ledger()).petitions).toBe(1)
  })

  test('a reload while the petition waits sends it again with the same key on opening, once', async () => {
    const first = await mountForm((form) => (form.action = action('drop-response')))
    await fillRecommendation(first)
    const key = first.draftIdempotencyKey
    await click(first, '#send')
    await until(first, '#send-now')
    first.remove()
    await heal()

    const second = await mountForm((form) => (form.action = action('drop-response')))
    await until(second, '.tracking-code')
    const stored = await ledger()
    expect(stored.petitions).toBe(1)
    expect(stored.keys).toEqual([key])
    // And the receipt stays after another reload, until a new petition is started.
    second.remove()
    const third = await mountForm((form) => (form.action = action('drop-response')))
    expect(text($(third, '.tracking-code'))).toBe('K7M4-X9QP-R2Y')
    await click(third, '.actions button')
    expect(root(third).querySelector('#kind-complaint')).not.toBeNull()
    expect(third.draftIdempotencyKey).not.toBe(key)
  })

  test('the element re-created while its request is on the way: the new one shows the receipt, one petition', async () => {
    const first = await mountForm((form) => (form.action = action('slow')))
    await fillRecommendation(first)
    await click(first, '#send')
    first.remove()
    const second = await mountForm((form) => (form.action = action('slow')))
    await until(second, '.tracking-code')
    const stored = await ledger()
    expect(stored.petitions).toBe(1)
    expect(stored.requests).toBe(1)
  })

  test('a petition the server refuses (400) comes back to the check step with a new key', async () => {
    const element = await mountForm((form) => (form.action = action('reject')))
    await fillRecommendation(element)
    const key = element.draftIdempotencyKey
    await click(element, '#send')
    const rejected = await until(element, '#rejected')
    expect(text(rejected)).toContain('mã 400')
    expect(deepActive()).toBe(rejected)
    expect(element.draftIdempotencyKey).not.toBe(key)
  })

  test('lt-submit is cancelable and carries the body and key; lt-submitted carries the receipt; the token hook is sent as a header', async () => {
    const element = await mountForm((form) => {
      form.tokenProvider = () => Promise.resolve('token-123')
    })
    const submits: PetitionSubmitDetail[] = []
    let cancel = true
    element.addEventListener('lt-submit', (event) => {
      submits.push(event.detail)
      if (cancel) event.preventDefault()
    })
    const receipts: PetitionSubmittedDetail[] = []
    element.addEventListener('lt-submitted', (event) => receipts.push(event.detail))
    await fillRecommendation(element)
    await click(element, '#send')
    await element.updateComplete
    expect(submits).toHaveLength(1)
    expect(submits[0]?.idempotencyKey).toBe(element.draftIdempotencyKey)
    expect(submits[0]?.submission).toMatchObject({ kinds: ['recommendation'] })
    expect((await ledger()).requests).toBe(0)
    cancel = false
    await click(element, '#send')
    await until(element, '.tracking-code')
    expect(receipts[0]?.receipt.trackingCode).toBe('K7M4-X9QP-R2Y')
    expect((await ledger()).headers).toEqual([
      { key: element.draftIdempotencyKey, token: 'token-123' },
    ])
  })

  test('a filled honeypot sends nothing; the honeypot is out of reach of people and assistive technology', async () => {
    const element = await mountForm()
    await click(element, '#kind-reflection')
    submit(element)
    const trap = (await until(element, '#hp-website')) as HTMLInputElement
    expect(trap.tabIndex).toBe(-1)
    expect(trap.autocomplete).toBe('off')
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(trap.getBoundingClientRect().right).toBeLessThan(0)
    trap.value = 'http://spam.example'
    const errors: PetitionFormErrorDetail[] = []
    element.addEventListener('lt-error', (event) => {
      errors.push((event as unknown as CustomEvent<PetitionFormErrorDetail>).detail)
    })
    await fill(element, 'name', 'Bot')
    await fill(element, 'address', 'Bot')
    await fill(element, 'subject', 'Bot')
    await fill(element, 'content', 'Bot')
    submit(element)
    await until(element, '#send')
    // The trap is not rendered on the check step: its value was read when leaving the details.
    await click(element, '#send')
    expect(errors.map((error) => error.reason)).toEqual(['spam'])
    expect((await ledger()).requests).toBe(0)
  })

  test('the receipt shows what happens next: the time limits as dates', async () => {
    const element = await mountForm()
    await fillRecommendation(element)
    await click(element, '#send')
    await until(element, '.tracking-code')
    const next = [...root(element).querySelectorAll('.due-dates li')].map(text)
    expect(next).toEqual([
      'Xử lý đơn Hạn chót: 12 tháng 3, 2026',
      'Thụ lý Hạn chót: 16 tháng 3, 2026 Căn cứ: Điều 27 Luật Khiếu nại số 02/2011/QH13',
    ])
  })
})

describe('<lt-petition-form>: the receipt without due dates from the server', () => {
  test("computes the time limits with core's rules and working calendar", async () => {
    const element = await mountForm((form) => (form.action = action('bare')))
    await fillRecommendation(element)
    await click(element, '#send')
    await until(element, '.tracking-code')
    // Received Monday 2 March 2026 (the fake server's receipt) through the portal: the office
    // decides how to handle it within 10 working days: Monday 16 March.
    await vi.waitFor(() => {
      expect([...root(element).querySelectorAll('.due-dates li')].map(text)).toEqual([
        'Xử lý đơn Hạn chót: 16 tháng 3, 2026 Căn cứ: Thông tư số 05/2021/TT-TTCP (thời hạn thường được viện dẫn)',
      ])
    })
  })
})

describe('<lt-petition-form>: inside a host page form', () => {
  test('reports its value and validity to the form, and resets with it', async () => {
    const host = wrapper.appendChild(document.createElement('form'))
    const element = await mountForm((form) => {
      form.action = ''
      form.name = 'petition'
    }, host)
    await vi.waitFor(() => {
      expect(element.validationMessage).toBe('Hãy chọn loại đơn bạn gửi')
    })
    expect(host.checkValidity()).toBe(false)
    expect(element.form).toBe(host)
    await click(element, '#kind-reflection')
    submit(element)
    await until(element, '#subject')
    await fill(element, 'name', 'Lê Văn Cường')
    await fill(element, 'address', 'Hà Nội')
    await fill(element, 'subject', 'Ổ gà trên đường Láng')
    expect(host.checkValidity()).toBe(false)
    expect(element.validationMessage).toBe('Hãy viết nội dung đơn')
    await fill(element, 'content', 'Ổ gà sâu trước số nhà 20.')
    expect(host.checkValidity()).toBe(true)
    const value = new FormData(host).get('petition')
    expect(typeof value).toBe('string')
    expect(JSON.parse(value as string)).toMatchObject({
      kinds: ['reflection'],
      subject: 'Ổ gà trên đường Láng',
    })
    // A disabled fieldset around it disables it.
    const fieldset = host.appendChild(document.createElement('fieldset'))
    fieldset.append(element)
    fieldset.disabled = true
    await element.updateComplete
    expect($(element, '.step-content').inert).toBe(true)
    fieldset.disabled = false
    await element.updateComplete
    expect($(element, '.step-content').inert).toBe(false)
    host.reset()
    await element.updateComplete
    expect(host.checkValidity()).toBe(false)
    expect(JSON.parse(new FormData(host).get('petition') as string)).toMatchObject({ kinds: [] })
  })
})

describe('<lt-petition-form>: hostile text, languages and accessibility', () => {
  test('hostile strings are shown as text', async () => {
    const element = await mountForm()
    await click(element, '#kind-reflection')
    submit(element)
    await until(element, '#subject')
    const hostile = '<img src=x onerror="window.__pwned=1">'
    await fill(element, 'name', hostile)
    await fill(element, 'address', 'Hà Nội')
    await fill(element, 'subject', hostile)
    await fill(element, 'content', '<script>window.__pwned=1</script>')
    submit(element)
    await until(element, '#send')
    expect(root(element).querySelector('img, script')).toBeNull()
    expect(text($(element, '.answers'))).toContain(hostile)
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  test('Urdu is laid out right to left, in Urdu', async () => {
    wrapper.lang = 'ur'
    const element = await mountForm()
    expect($(element, '.lt-root').getAttribute('dir')).toBe('rtl')
    expect(text($(element, '.title'))).toBe('درخواست بھیجیں')
  })

  describe.each(['vi', 'ur'] as const)('axe-core finds no WCAG 2.2 AA violation (%s)', (lang) => {
    test('in every step: kind, errors, each kind of details, check, outbox, receipt', async () => {
      wrapper.lang = lang
      const element = await mountForm((form) => (form.action = action('error-500')))
      await expectNoAxeViolations(element)
      submit(element)
      await until(element, '#error-summary')
      await expectNoAxeViolations(element)
      for (const kind of ['complaint', 'denunciation'] as const) {
        await click(element, `#kind-${kind}`)
        submit(element)
        await until(element, '#subject')
        if (kind === 'complaint') await fillDate(element, '5', '1', '2026')
        submit(element) // every inline error shown
        await until(element, '#error-summary')
        await expectNoAxeViolations(element)
        await click(element, '.actions .secondary')
      }
      await click(element, '#kind-recommendation')
      submit(element)
      await until(element, '#subject')
      await click(element, '#crowd-true')
      await click(element, '#add-representative')
      await expectNoAxeViolations(element)
      await click(element, '.representative button')
      await click(element, '#crowd-false')
      await fill(element, 'name', 'Phạm Thị Dung')
      await fill(element, 'address', 'Hà Nội')
      await fill(element, 'subject', 'Đèn đường')
      await fill(element, 'content', 'Ngõ 12 không có đèn.')
      submit(element)
      await until(element, '#send')
      await expectNoAxeViolations(element)
      await click(element, '#discard')
      await expectNoAxeViolations(element)
      await click(element, '#discard-no')
      await click(element, '#send')
      await until(element, '#send-now')
      await expectNoAxeViolations(element)
      await heal()
      await click(element, '#send-now')
      await until(element, '.tracking-code')
      await expectNoAxeViolations(element)
    })
  })
})
