// Smoke test of the built CDN bundle (run `pnpm build` first): a page served with the strict
// Content-Security-Policy the design promises (`default-src 'self'`) loads
// dist/cdn/lienthong-widgets.js twice (as a page with the CDN bundle and a second copy would),
// defines an element on top of LienthongElement and checks it renders Urdu right to left with
// its shadow styles applied, with no console error; and renders <lt-weekly-schedule> from a `src`
// JSON document (validated with core, conflicts found with core) under the same policy, and
// <lt-meeting-calendar> from the same document; <lt-petition-status> catches a mistyped tracking
// code (core's check, loaded lazily) and shows a status from /api/petitions/{code}. Uses the
// system Chromium like the tests.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { chromium } from 'playwright'

const bundlePath = new URL('../dist/cdn/lienthong-widgets.js', import.meta.url)
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(bundlePath))
  throw new Error('dist/cdn/lienthong-widgets.js is missing: run pnpm build')
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`,
  )
}

const bundle = readFileSync(bundlePath, 'utf8')
const bareImport = /(?:^|[;}\s])import\s*(?:[\w*{][^'"]*from\s*)?["'](?![./])/m.exec(bundle)
if (bareImport) throw new Error(`The CDN bundle still imports a package: ${bareImport[0]}`)

/** A small week: two meetings that need the same chair at once. */
const schedule = JSON.stringify({
  meetings: [
    {
      id: 'm1',
      title: 'Hội nghị Ban Thường vụ Thành ủy',
      kind: 'standing-board-conference',
      hostId: 'tu',
      chairId: 'p1',
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T11:00:00+07:00',
    },
    {
      id: 'm2',
      title: 'Tiếp công dân định kỳ',
      kind: 'citizen-reception',
      hostId: 'ubnd',
      participantIds: ['p1'],
      start: '2026-03-02T10:00:00+07:00',
      end: '2026-03-02T11:30:00+07:00',
    },
    { id: 'broken', title: 'Không hợp lệ' },
  ],
  people: [{ id: 'p1', name: 'Nguyễn Văn An' }],
  organizations: [{ id: 'tu', name: 'Thành ủy', kind: 'party-committee', level: 'province' }],
})

/** The public status of a petition, as GET /api/petitions/{code} answers it. */
const petitionStatus = JSON.stringify({
  trackingCode: 'K7M4-X9QP-R2Y',
  kinds: ['recommendation'],
  stage: 'forwarded',
  open: true,
  receivedAt: '2026-03-02T10:15:00+07:00',
  updatedAt: '2026-03-04T08:00:00+07:00',
  handledById: 'ubnd-ba-dinh',
  steps: [
    { type: 'received', at: '2026-03-02T10:15:00+07:00' },
    { type: 'forwarded', at: '2026-03-04T08:00:00+07:00', agencyId: 'ubnd-ba-dinh' },
  ],
  dueDates: [{ step: 'answer', dueOn: '2026-04-03', status: 'pending' }],
})

const html = `<!doctype html><html lang="ur"><head><meta charset="utf-8"><title>CDN</title></head>
<body><output id="result"></output><script type="module" src="/app.js"></script></body></html>`
const app = `
import { LienthongElement, defineElement } from '/lienthong-widgets.js'
import * as secondCopy from '/lienthong-widgets.js?copy=2'
class Probe extends LienthongElement {
  renderContent() { return this.i18n.t('nav.today') }
}
const first = defineElement('lt-cdn-probe', Probe)
const again = secondCopy.defineElement('lt-cdn-probe', Probe)
const probe = document.body.appendChild(document.createElement('lt-cdn-probe'))
await probe.updateComplete
const root = probe.shadowRoot.querySelector('.lt-root')
const schedule = document.createElement('lt-weekly-schedule')
schedule.setAttribute('week', '2026-03-02')
schedule.setAttribute('src', '/schedule.json')
document.body.append(schedule)
const rows = () => schedule.shadowRoot.querySelectorAll('td.content').length
const clashes = () => schedule.shadowRoot.querySelectorAll('tr.clash').length
for (let i = 0; i < 100 && (rows() < 2 || clashes() < 2); i++) await new Promise((r) => setTimeout(r, 50))
const calendar = document.createElement('lt-meeting-calendar')
calendar.setAttribute('date', '2026-03-02')
calendar.setAttribute('src', '/schedule.json')
document.body.append(calendar)
const chips = () => calendar.shadowRoot.querySelectorAll('td[data-date="2026-03-02"] .chip').length
const marked = () => calendar.shadowRoot.querySelectorAll('.chip.clash').length
for (let i = 0; i < 100 && (chips() < 2 || marked() < 2); i++) await new Promise((r) => setTimeout(r, 50))
const petition = document.createElement('lt-petition-status')
document.body.append(petition)
await petition.updateComplete
const mistyped = await petition.lookUp('K7M4-X9QP-R3Y')
await petition.updateComplete
const petitionError = petition.shadowRoot.querySelector('#code-error') !== null
await petition.lookUp('k7m4 x9qp r2y')
for (let i = 0; i < 100 && !petition.shadowRoot.querySelector('.status'); i++) await new Promise((r) => setTimeout(r, 50))
document.getElementById('result').textContent = JSON.stringify({
  first, again,
  text: root.textContent.trim(),
  dir: root.getAttribute('dir'),
  direction: getComputedStyle(root).direction,
  styled: getComputedStyle(probe).display,
  schedule: { rows: rows(), clashes: clashes(), invalid: schedule.data.invalid.length,
    heading: schedule.shadowRoot.querySelector('thead th').textContent.trim() },
  calendar: { chips: chips(), marked: marked(), cells: calendar.shadowRoot.querySelectorAll('[role=gridcell]').length },
  petition: { mistyped, petitionError, stage: petition.shadowRoot.querySelector('.stage')?.textContent.trim(),
    events: petition.shadowRoot.querySelectorAll('.timeline li').length },
})`

const server = createServer((request, response) => {
  response.setHeader('Content-Security-Policy', "default-src 'self'")
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  if (path === '/api/petitions/K7M4-X9QP-R2Y') {
    response.setHeader('Content-Type', 'application/json')
    response.end(petitionStatus)
  } else if (path === '/schedule.json') {
    response.setHeader('Content-Type', 'application/json')
    response.end(schedule)
  } else if (path === '/lienthong-widgets.js' || path === '/app.js') {
    response.setHeader('Content-Type', 'text/javascript')
    response.end(path === '/app.js' ? app : bundle)
  } else {
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(html)
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const problems = []
/** Warnings this page causes on purpose: a second copy of the library, an invalid item. */
const expectedWarnings = [
  /^<lt-[\w-]+> is already defined by another class; keeping the first definition\.$/,
  /^<lt-(weekly-schedule|meeting-calendar)>: left out 1 invalid item\(s\) from \/schedule\.json/,
]
try {
  const page = await browser.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return
    if (expectedWarnings.some((pattern) => pattern.test(message.text()))) return
    problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`http://127.0.0.1:${port}/`)
  // A string predicate (waitForFunction) would be polled with eval, which the CSP forbids.
  await page.waitForSelector('#result:not(:empty)', { state: 'attached', timeout: 10_000 })
  const result = JSON.parse((await page.textContent('#result')) ?? '{}')
  const expected = {
    first: true,
    again: false,
    text: 'آج',
    dir: 'rtl',
    direction: 'rtl',
    styled: 'block',
    schedule: { rows: 2, clashes: 2, invalid: 1, heading: 'دن' },
    calendar: { chips: 2, marked: 2, cells: 42 },
    petition: { mistyped: false, petitionError: true, stage: 'منتقل کر دی گئی', events: 2 },
  }
  if (JSON.stringify(result) !== JSON.stringify(expected)) {
    problems.push(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(result)}`)
  }
} finally {
  await browser.close()
  server.close()
}
if (problems.length > 0) {
  console.error(`CDN bundle check failed:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log(
  `CDN bundle OK (${(bundle.length / 1024).toFixed(1)} KiB): loads under CSP default-src 'self', twice, renders Urdu right to left; <lt-weekly-schedule> and <lt-meeting-calendar> load, validate and mark a clash from src; <lt-petition-status> catches a mistyped code and shows a status.`,
)
