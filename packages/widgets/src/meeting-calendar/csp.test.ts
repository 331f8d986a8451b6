import { afterEach, expect, test } from 'vitest'
import { scheduleDocument } from '../internal/test-utils/schedule-fixtures.js'

/**
 * Both schedule elements on a page with the strict Content-Security-Policy of the design
 * (`default-src 'self'`: no inline styles or scripts, no eval): an iframe whose policy comes from
 * a `<meta>` element, loading the elements' modules from this origin. Every violation is
 * collected from the `securitypolicyviolation` events of the page.
 */
async function strictPage(): Promise<{ document: Document; violations: string[] }> {
  const frame = document.createElement('iframe')
  frame.style.inlineSize = '1280px'
  frame.style.blockSize = '900px'
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <script type="module" src="/src/meeting-calendar/define.ts"></script>
    <script type="module" src="/src/weekly-schedule/define.ts"></script></head><body></body></html>`
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true })
  })
  document.body.append(frame)
  // Vitest rewrites dynamic imports to go through its runner, a global of the test page only;
  // the iframe's window (kept when its document loads) gets a pass-through one.
  Object.assign(frame.contentWindow ?? {}, {
    __vitest_browser_runner__: { wrapDynamicImport: (load: () => unknown) => load() },
  })
  await loaded
  const page = frame.contentWindow
  if (!page) throw new Error('no iframe window')
  const violations: string[] = []
  page.document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`)
  })
  await expect
    .poll(
      () =>
        page.customElements.get('lt-meeting-calendar') !== undefined &&
        page.customElements.get('lt-weekly-schedule') !== undefined,
      { timeout: 15_000 },
    )
    .toBe(true)
  return { document: page.document, violations }
}

afterEach(() => {
  document.body.replaceChildren()
})

test('both elements load, validate, render every view and recover from an error under a strict CSP', async () => {
  const { document: page, violations } = await strictPage()
  const hostile = {
    ...scheduleDocument,
    meetings: scheduleDocument.meetings.map((meeting, index) =>
      index === 0
        ? { ...meeting, title: '<img src=x onerror="parent.__ltPwned = true"><style>*{}</style>' }
        : meeting,
    ),
  }
  const key = `csp${String(Math.random()).slice(2)}`
  await fetch(`/__lt-test__/flaky/${key}`, { method: 'PUT', body: JSON.stringify(hostile) })

  const calendar = page.createElement('lt-meeting-calendar')
  calendar.date = '2026-03-02'
  calendar.src = `/__lt-test__/flaky/${key}`
  page.body.append(calendar)
  const shadow = (): ShadowRoot => {
    if (!calendar.shadowRoot) throw new Error('no shadow root')
    return calendar.shadowRoot
  }
  // The first answer is a 503: the error state, then a retry that loads and validates the data.
  await expect.poll(() => shadow().querySelector('[role=alert] .retry')).not.toBeNull()
  shadow().querySelector<HTMLButtonElement>('.retry')?.click()
  // The first load of core's validators in this page takes a while on a cold dev server.
  await expect
    .poll(() => shadow().querySelectorAll('.chip').length, { timeout: 20_000 })
    .toBeGreaterThan(3)
  for (const view of ['week', 'day', 'agenda', 'month'] as const) {
    calendar.view = view
    await calendar.updateComplete
    expect(shadow().querySelector('img, style:not([data-lit])')).toBeNull()
    expect(shadow().textContent).toContain('<img src=x')
  }
  // Styles apply although no inline style is allowed: the constructed stylesheets are used.
  const chip = shadow().querySelector('.chip')
  expect(chip && getComputedStyle(chip).borderInlineStartWidth).toBe('4px')

  const schedule = page.createElement('lt-weekly-schedule')
  Object.assign(schedule, { week: '2026-03-04', src: `/__lt-test__/flaky/${key}` })
  page.body.append(schedule)
  await expect
    .poll(() => schedule.shadowRoot?.textContent ?? '', { timeout: 10_000 })
    .toContain('Tiếp công dân định kỳ tháng 3')
  expect(schedule.shadowRoot?.querySelector('img')).toBeNull()

  expect(violations).toEqual([])
  expect((window as { __ltPwned?: boolean }).__ltPwned).toBeUndefined()
})
