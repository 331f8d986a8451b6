// Smoke test of the smallest embedding: index.html served as plain files (from the repository
// root, as any static server would, with a strict Content-Security-Policy) and opened in a real
// Chromium. The element must upgrade, load schedule.json and show its meetings and the clash.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright'
import { afterAll, beforeAll, expect, it } from 'vitest'

const repository = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
const bundle = join(repository, 'packages/widgets/dist/cdn/lienthong-widgets.js')
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
}

let server: Server
let browser: Browser

/** A static file server on the repository root, like `python3 -m http.server`. */
function serveFiles(): Promise<Server> {
  const files = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(repository, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(repository + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "default-src 'self'",
    })
    response.end(readFileSync(file))
  })
  return new Promise((resolve) =>
    files.listen(0, '127.0.0.1', () => {
      resolve(files)
    }),
  )
}

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error('The widgets’ bundle is not built: run `pnpm build` first.')
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH.`,
    )
  }
  server = await serveFiles()
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
})

afterAll(async () => {
  await browser.close()
  server.close()
})

it('upgrades <lt-weekly-schedule> from the bundle and shows the week from schedule.json', async () => {
  const page = await browser.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    // Failed requests are checked by URL below (the browser asks for a favicon on its own).
    if (message.text().startsWith('Failed to load resource')) return
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (response.status() >= 400 && path !== '/favicon.ico')
      problems.push(`HTTP ${response.status()}: ${path}`)
  })
  page.on('pageerror', (error) => problems.push(error.message))
  const { port } = server.address() as AddressInfo
  await page.goto(`http://127.0.0.1:${port}/examples/vanilla-html/`)

  const schedule = page.locator('lt-weekly-schedule')
  await schedule.locator('td.content').first().waitFor()
  expect(await schedule.evaluate((element) => element.shadowRoot !== null)).toBe(true)
  expect(await schedule.locator('td.content').allTextContents()).toEqual([
    expect.stringContaining('Hội nghị Ban Thường vụ Thành ủy'),
    expect.stringContaining('Tiếp công dân định kỳ'),
    expect.stringContaining('Phiên họp UBND thành phố thường kỳ tháng 3'),
  ])
  // Nguyễn Văn An chairs one and attends the other at 10:00: both rows are marked.
  await schedule.locator('tr.clash').nth(1).waitFor()
  expect(await schedule.locator('tr.clash').count()).toBe(2)
  expect(problems).toEqual([])
  await page.close()
})
