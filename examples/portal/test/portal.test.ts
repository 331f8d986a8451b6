// The demo portal end to end: the real server (SQLite file, sample city) serves the page and the
// API; a real Chromium loads the page under its Content-Security-Policy and a visitor uses it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, startServer, type RunningServer } from './server.js'

declare global {
  interface Window {
    reportCspViolation(text: string): Promise<void>
  }
}

/**
 * axe-core, as the widgets' own accessibility tests use it (resolved from their package). It is
 * run through the DevTools protocol, which the page's CSP does not govern.
 */
const axeSource = readFileSync(
  createRequire(new URL('../../../packages/widgets/package.json', import.meta.url)).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
)

interface AxeViolation {
  readonly id: string
  readonly targets: string[]
}

/** The WCAG 2.2 A/AA and best-practice violations axe finds on the page, with where. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
  })
}

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser.close()
  await server.stop()
})

interface OpenedPortal {
  readonly page: Page
  /** Console errors and warnings, uncaught errors, failed requests and CSP violations. */
  readonly problems: string[]
  readonly policy: string | undefined
  readonly close: () => Promise<void>
}

/** Opens the portal on a day of the sample city (4 March 2026), watching for anything wrong. */
async function openPortal(query = '?date=2026-03-04', width = 1280): Promise<OpenedPortal> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => {
    problems.push(`CSP violation: ${text}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void window.reportCspViolation(`${event.effectiveDirective} ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  const response = await page.goto(`${server.url}/${query}`)
  return {
    page,
    problems,
    policy: (await response?.allHeaders())?.['content-security-policy'],
    close: () => context.close(),
  }
}

/** The public counts the server has now. */
async function petitionTotal(): Promise<number> {
  const response = await fetch(`${server.url}/api/stats/summary`)
  return ((await response.json()) as { petitions: { total: number } }).petitions.total
}

describe('the demo portal', () => {
  it('loads every widget under a strict CSP with no violation and no console error', async () => {
    const { page, problems, policy, close } = await openPortal()
    try {
      expect(policy).toContain("default-src 'self'")
      expect(policy).not.toMatch(/unsafe-/)
      // Each element upgraded and rendered its data from the API.
      await page.locator('lt-weekly-schedule td.content').first().waitFor()
      await page.locator('lt-meeting-calendar [role="gridcell"] .chip').first().waitFor()
      await page.getByRole('textbox', { name: 'Mã tra cứu' }).waitFor()
      await page.getByRole('radio', { name: 'Kiến nghị' }).waitFor()
      // The report's figures are the server's.
      const total = new Intl.NumberFormat('vi-VN').format(await petitionTotal())
      const figure = page.locator('[data-figure="petitions-total"] dd')
      await figure.waitFor()
      expect(await figure.textContent()).toBe(total)
      expect(await page.locator('#figures table caption').allTextContents()).toEqual([
        'Đơn thư theo loại',
        'Đơn thư theo tình trạng',
        'Cuộc họp theo loại',
      ])
      expect(await page.locator('#figures table').first().textContent()).toContain('Khiếu nại')
      // The coordination report (built by core on the server) for 1 January – 4 March.
      const offices = page.locator('#report table')
      await offices.waitFor()
      expect(await offices.locator('caption').textContent()).toMatch(/1 thg 1, 2026.*4 thg 3, 2026/)
      expect(await offices.locator('tbody th').allTextContents()).toContain(
        'Văn phòng Thành ủy Hà Nội',
      )
      const href = await page.locator('#report a[data-format="csv"]').getAttribute('href')
      const csv = await page.request.get(`${server.url}${href ?? ''}`)
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
      expect(await csv.text()).toContain('Văn phòng Thành ủy Hà Nội')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('passes axe (WCAG 2.2 AA and best practice) with its data loaded, in Vietnamese and in Urdu', async () => {
    for (const lang of ['vi', 'ur']) {
      const { page, problems, close } = await openPortal(`?date=2026-03-04&lang=${lang}`)
      try {
        await page.locator('lt-weekly-schedule td.content').first().waitFor()
        await page.locator('lt-meeting-calendar .chip.clash').first().waitFor()
        await page.locator('[data-figure="petitions-total"]').waitFor()
        expect(await axeViolations(page), lang).toEqual([])
        expect(problems).toEqual([])
      } finally {
        await close()
      }
    }
  })

  it('fits a phone: no sideways scrolling, and the calendar lists the month as an agenda', async () => {
    const { page, problems, close } = await openPortal('?date=2026-03-04', 390)
    try {
      await page.locator('lt-weekly-schedule td.content').first().waitFor()
      await page.locator('[data-figure="petitions-total"]').waitFor()
      const calendar = page.locator('lt-meeting-calendar')
      expect(await calendar.getAttribute('view')).toBe('agenda')
      await calendar.getByText('Trùng lịch', { exact: false }).first().waitFor()
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ])
      expect(widths[0]).toBe(widths[1])
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('would notice a CSP violation (the check above can fail)', async () => {
    const { page, problems, close } = await openPortal()
    try {
      await page.locator('lt-weekly-schedule td.content').first().waitFor()
      await page.evaluate(() => {
        const style = document.createElement('style')
        style.textContent = 'body { color: red }'
        document.head.append(style)
      })
      await expect
        .poll(() => problems.some((problem) => problem.startsWith('CSP violation: style-src')))
        .toBe(true)
    } finally {
      await close()
    }
  })

  it('marks a clash in the meeting calendar, and loads the next month from the API', async () => {
    const { page, problems, close } = await openPortal()
    try {
      const calendar = page.locator('lt-meeting-calendar')
      const clash = calendar.locator('.chip.clash').first()
      await clash.waitFor()
      // The mark is an icon and a word, so it does not rest on colour alone.
      expect(await clash.textContent()).toContain('Trùng lịch')
      expect(await calendar.locator('.heading').textContent()).toMatch(/tháng 3.*2026/i)
      await calendar.getByRole('button', { name: /Tháng sau/ }).click()
      await calendar.locator('td[data-date^="2026-04-"] .chip').first().waitFor()
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('looks a petition’s public status up by its tracking code', async () => {
    const database = new Database(server.databasePath, { readonly: true })
    // A petition forwarded once, and the name of the agency it went to.
    const row = database
      .prepare<[], { tracking_code: string; handled_by: string; agency: string }>(
        `SELECT p.tracking_code, o.id AS handled_by, json_extract(o.body, '$.name') AS agency
           FROM petitions p, json_each(p.body, '$.history') h
           JOIN organizations o ON o.id = json_extract(h.value, '$.forwardedToId')
          WHERE p.stage = 'forwarded' AND json_extract(h.value, '$.type') = 'forwarded'
            AND (SELECT count(*) FROM json_each(p.body, '$.history') x
                  WHERE json_extract(x.value, '$.type') = 'forwarded') = 1
          ORDER BY p.id LIMIT 1`,
      )
      .get()
    database.close()
    if (row === undefined) throw new Error('the sample city has no forwarded petition')
    const { page, problems, close } = await openPortal()
    try {
      const input = page.getByRole('textbox', { name: 'Mã tra cứu' })
      await input.fill(row.tracking_code.toLowerCase())
      await input.press('Enter')
      const stage = page.locator('lt-petition-status .stage')
      await stage.waitFor()
      expect((await stage.textContent())?.trim()).toBe('Đã chuyển đơn')
      // The agency handling it is named (the page gave the element the organisations).
      const details = await page.locator('lt-petition-status .details').textContent()
      expect(details).toContain(row.agency)
      expect(details).not.toContain(row.handled_by)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('switches the page and every widget to Urdu, right to left, and remembers it', async () => {
    const { page, problems, close } = await openPortal()
    try {
      await page.locator('lt-meeting-calendar .chip').first().waitFor()
      await page.locator('[data-figure="petitions-total"]').waitFor()
      await page.getByRole('button', { name: 'اردو' }).click()
      const root = page.locator('html')
      expect(await root.getAttribute('lang')).toBe('ur')
      expect(await root.getAttribute('dir')).toBe('rtl')
      expect(await page.getByRole('button', { name: 'اردو' }).getAttribute('aria-pressed')).toBe(
        'true',
      )
      expect(await page.locator('#lich-hop-title').textContent()).toBe('اجلاس')
      expect(await page.locator('#figures table caption').first().textContent()).toBe(
        'درخواستیں قسم کے لحاظ سے',
      )
      // The widgets follow the document's language and direction.
      await page.getByRole('textbox', { name: 'ٹریکنگ کوڈ' }).waitFor()
      const direction = await page
        .locator('lt-meeting-calendar')
        .evaluate((element) => getComputedStyle(element).direction)
      expect(direction).toBe('rtl')
      await page.reload()
      expect(await root.getAttribute('lang')).toBe('ur')
      await page.getByRole('textbox', { name: 'ٹریکنگ کوڈ' }).waitFor()
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('has every text of the page in every language of the switch', async () => {
    const { page, problems, close } = await openPortal()
    try {
      const texts = () => page.locator('[data-i18n]').allTextContents()
      const vietnamese = await texts()
      for (const name of ['English', '日本語', 'Русский', 'اردو', 'Tiếng Việt']) {
        await page.getByRole('button', { name }).click()
        const shown = await texts()
        const untranslated = shown.filter((text, index) => text === vietnamese[index])
        if (name === 'Tiếng Việt') expect(shown).toEqual(vietnamese)
        else expect(untranslated, name).toEqual([])
      }
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('takes a petition typed and sent by keyboard alone, stores it, and finds its status', async () => {
    const before = await petitionTotal()
    const { page, problems, close } = await openPortal()
    try {
      await page.locator('lt-petition-form #kind-complaint').waitFor()
      await page.locator('[data-figure="petitions-total"]').waitFor()
      await tabTo(page, (focus) => focus.href?.endsWith('#gui-don') === true)
      await page.keyboard.press('Enter') // the page's own link to the form
      await tabTo(page, (focus) => focus.id === 'kind-complaint')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown') // → recommendation
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter') // continue
      await page.locator('lt-petition-form #name').waitFor()
      await tabTo(page, (focus) => focus.id === 'name')
      await page.keyboard.type('Phạm Thị Dung')
      await tabTo(page, (focus) => focus.id === 'address')
      await page.keyboard.type('Số 5 ngõ 12 phố Đội Cấn, Hà Nội')
      await tabTo(page, (focus) => focus.id === 'subject')
      await page.keyboard.type('Lắp đèn chiếu sáng ngõ 12 phố Đội Cấn')
      await tabTo(page, (focus) => focus.id === 'content')
      await page.keyboard.type('Ngõ 12 không có đèn, người dân đi lại khó khăn vào ban đêm.')
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Enter') // continue, from the subject field
      await page.locator('lt-petition-form #send').waitFor()
      await tabTo(page, (focus) => focus.id === 'send')
      await page.keyboard.press('Enter')
      const shown = page.locator('lt-petition-form .tracking-code')
      await shown.waitFor()
      const code = (await shown.textContent())?.trim() ?? ''

      // It is in the database, as the citizen typed it, received through the portal.
      const database = new Database(server.databasePath, { readonly: true })
      const row = database
        .prepare<[string], { channel: string; stage: string; body: string }>(
          'SELECT channel, stage, body FROM petitions WHERE tracking_code = ?',
        )
        .get(code)
      database.close()
      expect(row).toMatchObject({ channel: 'online-portal', stage: 'received' })
      expect(JSON.parse(row?.body ?? '{}')).toMatchObject({
        kinds: ['recommendation'],
        petitioner: { name: 'Phạm Thị Dung', address: 'Số 5 ngõ 12 phố Đội Cấn, Hà Nội' },
        subject: 'Lắp đèn chiếu sáng ngõ 12 phố Đội Cấn',
      })

      // The figures count it, and the status look-up finds it, still by keyboard.
      const total = new Intl.NumberFormat('vi-VN').format(before + 1)
      await page.locator('[data-figure="petitions-total"] dd', { hasText: total }).waitFor()
      await tabTo(page, (focus) => focus.host === 'LT-PETITION-STATUS' && focus.tag === 'INPUT')
      await page.keyboard.type(code)
      await page.keyboard.press('Enter')
      const stage = page.locator('lt-petition-status .stage')
      await stage.waitFor()
      expect((await stage.textContent())?.trim()).toBe('Đã tiếp nhận')
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})

/** What has keyboard focus, inside shadow roots too. */
interface Focus {
  readonly id: string
  readonly tag: string
  readonly href: string | undefined
  /** The tag of the custom element whose shadow root holds it, if any. */
  readonly host: string | undefined
}

function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let active = document.activeElement
    let host: Element | undefined
    while (active?.shadowRoot?.activeElement) {
      host = active
      active = active.shadowRoot.activeElement
    }
    return {
      id: active?.id ?? '',
      tag: active?.tagName ?? '',
      href: active instanceof HTMLAnchorElement ? active.href : undefined,
      host: host?.tagName,
    }
  })
}

/** Presses Tab until the focus is where `wanted` says (fails after 80 presses). */
async function tabTo(page: Page, wanted: (focus: Focus) => boolean): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (wanted(await focusOf(page))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(
    `80 presses of Tab never reached it; focus is on ${JSON.stringify(await focusOf(page))}`,
  )
}
