// The README's screenshots, taken from the demo portal in Chromium: one PNG per region of the
// page (not whole pages), in docs/images/.
//
//   pnpm --filter @lienthong/example-portal screenshots                         own server
//   pnpm --filter @lienthong/example-portal screenshots http://localhost:8787   a running demo
//
// Without a URL it starts the server on a temporary database with the sample city of 2026 as of
// 1 July, and shows the week of 2 March 2026, so the pictures are the same on every machine.
// Needs the widgets' bundle (`pnpm build`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { mkdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import type { Page } from 'playwright'
import { launchChromium, startServer, type RunningServer } from '../test/server.js'

const output = fileURLToPath(new URL('../../../docs/images/', import.meta.url))
const day = '2026-03-04'

const given = process.argv[2]
const server: RunningServer | undefined = given === undefined ? await startServer() : undefined
const base = given ?? server?.url ?? ''
const browser = await launchChromium()

/** A tracking code to look up: from the database when we run the server, else from the page. */
function forwardedCode(): string | undefined {
  if (server === undefined) return undefined
  const database = new Database(server.databasePath, { readonly: true })
  const row = database
    .prepare<[], { tracking_code: string }>(
      "SELECT tracking_code FROM petitions WHERE stage = 'forwarded' ORDER BY id LIMIT 1",
    )
    .get()
  database.close()
  return row?.tracking_code
}

async function shoot(page: Page, selector: string, name: string): Promise<void> {
  const path = `${output}${name}.png`
  await page.locator(selector).screenshot({ path, animations: 'disabled' })
  console.log(`${name}.png  ${(statSync(path).size / 1024).toFixed(0)} KB`)
}

async function openPortal(lang: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
  await page.goto(`${base}/?date=${day}&lang=${lang}`)
  await page.locator('lt-weekly-schedule td.content').first().waitFor()
  await page.locator('lt-meeting-calendar .chip.clash').first().waitFor()
  await page.locator('[data-figure="petitions-total"]').waitFor()
  return page
}

try {
  mkdirSync(output, { recursive: true })
  const vi = await openPortal('vi', 1360)
  await shoot(vi, '#lich-tuan', 'weekly-schedule-vi')
  await shoot(vi, '#lich-hop', 'meeting-calendar-clash-vi')
  await shoot(vi, '#so-lieu', 'report-figures-vi')
  const code = forwardedCode()
  if (code !== undefined) {
    const input = vi.getByRole('textbox', { name: 'Mã tra cứu' })
    await input.fill(code)
    await input.press('Enter')
    await vi.locator('lt-petition-status .stage').waitFor()
    await shoot(vi, '#tra-cuu', 'petition-status-vi')
  }
  if (await vi.locator('lt-petition-form').evaluate((element) => element.shadowRoot !== null)) {
    await shoot(vi, '#gui-don', 'petition-form-vi')
    // The second step sent empty: the error summary and the inline errors.
    await vi.getByRole('radio', { name: 'Kiến nghị' }).check()
    await vi.getByRole('button', { name: 'Tiếp tục' }).click()
    await vi.locator('lt-petition-form #name').waitFor()
    await vi.getByRole('button', { name: 'Tiếp tục' }).click()
    await vi.locator('lt-petition-form #error-summary').waitFor()
    await shoot(vi, '#gui-don', 'petition-form-errors-vi')
  }
  await vi.close()

  const ur = await openPortal('ur', 1360)
  await shoot(ur, '#lich-hop', 'meeting-calendar-ur')
  await ur.close()
} finally {
  await browser.close()
  await server?.stop()
}
