// Screenshots of the widgets for people to look at (not a test): bundles the components with the
// test fixtures (core from its sources, so no build is needed), serves them on a page with the
// strict Content-Security-Policy of the design, and saves PNGs of each language and of the print
// stylesheet in screenshots/. Uses the system Chromium like the tests.
//
//   node scripts/screenshots.mjs
import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`,
  )
}

const entry = `
import { config } from 'zod'
import './src/weekly-schedule/define.ts'
import './src/meeting-calendar/define.ts'
import './src/petition-status/define.ts'
import './src/petition-form/define.ts'
// The fixtures parse with zod when they load: without its eval probe, as the CSP requires.
config({ jitless: true })
const fixtures = await import('./src/internal/test-utils/schedule-fixtures.ts')
const params = new URLSearchParams(location.search)
document.documentElement.lang = params.get('lang') ?? 'vi'
if (params.get('element') === 'form') {
  // The petition form driven to one of its steps; /api/form/ below answers its submission.
  localStorage.clear()
  const state = params.get('state') ?? 'kind'
  const form = document.createElement('lt-petition-form')
  form.action = state === 'outbox' ? '/api/form/unavailable' : '/api/form/petitions'
  document.body.append(form)
  await form.updateComplete
  const root = form.shadowRoot
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  const until = async (selector) => {
    while (!root.querySelector(selector)) await wait(20)
    await form.updateComplete
  }
  const fill = async (id, value) => {
    root.querySelector('#' + id).value = value
    root.querySelector('#' + id).dispatchEvent(new Event('input'))
    await form.updateComplete
  }
  const click = async (selector) => {
    root.querySelector(selector).click()
    await form.updateComplete
  }
  const next = async () => {
    root.querySelector('form').requestSubmit()
    await wait(300)
    await form.updateComplete
  }
  const kind = { complaint: 'complaint', denunciation: 'denunciation', crowd: 'recommendation' }[state] ?? 'reflection'
  if (state === 'kind-error') await next()
  if (state !== 'kind' && state !== 'kind-error') {
    await click('#kind-' + kind)
    await next()
    await until('#subject')
  }
  if (state === 'complaint') {
    await fill('learnedOn-day', '5')
    await fill('learnedOn-month', '1')
    await fill('learnedOn-year', '2026')
    await fill('email', 'not-an-email')
    await next()
  }
  if (state === 'denunciation') await click('#anonymous-true')
  if (state === 'crowd') {
    await click('#crowd-true')
    await fill('coSigners', '7')
    await click('#add-representative')
    await fill('rep-0-name', 'Phạm Thị Dung')
  }
  if (['check', 'outbox', 'receipt'].includes(state)) {
    await fill('name', 'Phạm Thị Dung')
    await fill('address', 'Số 5 ngõ 12 phố Đội Cấn, Ba Đình, Hà Nội')
    await fill('subject', 'Mặt đường ngõ 12 phố Đội Cấn bị sụt lún')
    await fill('content', 'Mặt đường trước số nhà 20 bị sụt sâu, xe máy đi qua rất nguy hiểm.')
    await next()
    await until('#send')
    if (state !== 'check') {
      await click('#send')
      await until(state === 'outbox' ? '#send-now' : '.tracking-code')
    }
  }
  await wait(1200) // the character count's announcement, after typing pauses
  await form.updateComplete
  document.body.dataset.ready = 'true'
} else if (params.get('element') === 'petition') {
  // The petition status look-up, answered by /api/petitions/ below (a result, or a 500 error).
  const lookup = document.createElement('lt-petition-status')
  lookup.organizations = [{ id: 'ubnd-ba-dinh', name: 'UBND phường Ba Đình' }]
  document.body.append(lookup)
  await lookup.updateComplete
  const state = params.get('state')
  if (state === 'invalid') {
    lookup.shadowRoot.querySelector('input').value = 'K7M4-X9QP-R3Y'
    lookup.shadowRoot.querySelector('input').dispatchEvent(new Event('input'))
    lookup.shadowRoot.querySelector('form').requestSubmit()
    await new Promise((resolve) => setTimeout(resolve, 200))
  } else {
    await lookup.lookUp(state === 'error' ? 'H3TQ-8N5W-B65' : 'K7M4-X9QP-R2Y')
    while (lookup.shadowRoot.querySelector('.loading')) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await lookup.updateComplete
  document.body.dataset.ready = 'true'
} else {
const calendar = params.get('element') === 'calendar'
const element = document.createElement(calendar ? 'lt-meeting-calendar' : 'lt-weekly-schedule')
Object.assign(element, {
  meetings: fixtures.meetings, people: fixtures.people, venues: fixtures.venues,
  organizations: fixtures.organizations, conflicts: fixtures.conflicts,
}, calendar ? { date: '2026-03-03', view: params.get('view') ?? 'month' } : { week: '2026-03-04' })
document.body.append(element)
await element.updateComplete
if (calendar && element.view === 'month') {
  element.shadowRoot.querySelector('td[data-date="2026-03-03"]').focus()
  element.shadowRoot.querySelector('table').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  await element.updateComplete
}
const details = element.shadowRoot.querySelector('tr.clash details, details.conflicts')
if (details) details.open = true
// The calendar renders its conflict list when it opens (the toggle event comes a task later).
await new Promise((resolve) => setTimeout(resolve, 50))
await element.updateComplete
document.body.dataset.ready = 'true'
}
`
const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: here('..'), loader: 'ts', sourcefile: 'screenshots.ts' },
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  alias: { '@lienthong/core': here('../../core/src') },
  // package.json's sideEffects names dist/, not these sources.
  ignoreAnnotations: true,
  logLevel: 'warning',
})
const script = outputFiles[0].text

/** The public status the petition look-up shows (what the reference server answers). */
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
    { type: 'classified', at: '2026-03-03T09:00:00+07:00' },
    { type: 'competence-decided', at: '2026-03-03T10:00:00+07:00' },
    { type: 'forwarded', at: '2026-03-04T08:00:00+07:00', agencyId: 'ubnd-ba-dinh' },
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
  ],
})

/** The receipt of the petition form's submission (what the reference server answers). */
const formReceipt = JSON.stringify({
  trackingCode: 'K7M4-X9QP-R2Y',
  kinds: ['reflection'],
  stage: 'received',
  open: true,
  receivedAt: '2026-03-02T10:15:00+07:00',
  updatedAt: '2026-03-02T10:15:00+07:00',
  handledById: 'vp-hdnd',
  steps: [{ type: 'received', at: '2026-03-02T10:15:00+07:00' }],
  dueDates: [
    {
      step: 'process',
      dueOn: '2026-03-16',
      legalBasis: 'Circular 05/2021/TT-TTCP (the commonly cited limit)',
      legalBasisVi: 'Thông tư số 05/2021/TT-TTCP (thời hạn thường được viện dẫn)',
    },
  ],
})

const html = `<!doctype html><html><head><meta charset="utf-8"><title>lt-weekly-schedule</title></head>
<body><script type="module" src="/app.js"></script></body></html>`
const server = createServer((request, response) => {
  response.setHeader('Content-Security-Policy', "default-src 'self'")
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  if (path.startsWith('/api/form/')) {
    // The petition form's submission: a receipt, or a server that is down (the outbox).
    const up = path === '/api/form/petitions'
    response.statusCode = up ? 201 : 503
    response.setHeader('Content-Type', 'application/json')
    response.end(up ? formReceipt : '{"error":{"code":"internal_error","message":"","issues":[]}}')
    return
  }
  if (path.startsWith('/api/petitions/')) {
    const found = path === '/api/petitions/K7M4-X9QP-R2Y'
    response.statusCode = found ? 200 : 500
    response.setHeader('Content-Type', 'application/json')
    response.end(
      found ? petitionStatus : '{"error":{"code":"internal_error","message":"","issues":[]}}',
    )
    return
  }
  response.setHeader(
    'Content-Type',
    path === '/app.js' ? 'text/javascript' : 'text/html; charset=utf-8',
  )
  response.end(path === '/app.js' ? script : html)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

const outDir = here('../screenshots/')
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const problems = []
try {
  const shots = [
    { name: 'petition-form-kind-vi', lang: 'vi', width: 900, query: '&element=form&state=kind' },
    { name: 'petition-form-kind-ur', lang: 'ur', width: 900, query: '&element=form&state=kind' },
    {
      name: 'petition-form-kind-error-vi',
      lang: 'vi',
      width: 900,
      query: '&element=form&state=kind-error',
    },
    {
      name: 'petition-form-kind-error-ur',
      lang: 'ur',
      width: 900,
      query: '&element=form&state=kind-error',
    },
    {
      name: 'petition-form-complaint-vi',
      lang: 'vi',
      width: 900,
      query: '&element=form&state=complaint',
    },
    {
      name: 'petition-form-complaint-ur',
      lang: 'ur',
      width: 900,
      query: '&element=form&state=complaint',
    },
    {
      name: 'petition-form-denunciation-vi',
      lang: 'vi',
      width: 900,
      query: '&element=form&state=denunciation',
    },
    {
      name: 'petition-form-denunciation-ur',
      lang: 'ur',
      width: 900,
      query: '&element=form&state=denunciation',
    },
    { name: 'petition-form-crowd-vi', lang: 'vi', width: 900, query: '&element=form&state=crowd' },
    { name: 'petition-form-crowd-ur', lang: 'ur', width: 900, query: '&element=form&state=crowd' },
    { name: 'petition-form-check-vi', lang: 'vi', width: 900, query: '&element=form&state=check' },
    { name: 'petition-form-check-ur', lang: 'ur', width: 900, query: '&element=form&state=check' },
    {
      name: 'petition-form-outbox-vi',
      lang: 'vi',
      width: 900,
      query: '&element=form&state=outbox',
    },
    {
      name: 'petition-form-outbox-ur',
      lang: 'ur',
      width: 900,
      query: '&element=form&state=outbox',
    },
    {
      name: 'petition-form-receipt-vi',
      lang: 'vi',
      width: 900,
      query: '&element=form&state=receipt',
    },
    {
      name: 'petition-form-receipt-ur',
      lang: 'ur',
      width: 900,
      query: '&element=form&state=receipt',
    },
    { name: 'weekly-schedule-vi', lang: 'vi', width: 1280 },
    { name: 'weekly-schedule-ur', lang: 'ur', width: 1280 },
    { name: 'weekly-schedule-vi-narrow', lang: 'vi', width: 420 },
    { name: 'weekly-schedule-vi-print', lang: 'vi', width: 1123, print: true },
    { name: 'meeting-calendar-month-vi', lang: 'vi', width: 1280, query: '&element=calendar' },
    { name: 'meeting-calendar-month-ur', lang: 'ur', width: 1280, query: '&element=calendar' },
    { name: 'petition-status-vi', lang: 'vi', width: 900, query: '&element=petition' },
    { name: 'petition-status-ur', lang: 'ur', width: 900, query: '&element=petition' },
    {
      name: 'petition-status-error-vi',
      lang: 'vi',
      width: 900,
      query: '&element=petition&state=error',
    },
    {
      name: 'petition-status-error-ur',
      lang: 'ur',
      width: 900,
      query: '&element=petition&state=error',
    },
    {
      name: 'petition-status-invalid-vi',
      lang: 'vi',
      width: 900,
      query: '&element=petition&state=invalid',
    },
    {
      name: 'petition-status-invalid-ur',
      lang: 'ur',
      width: 900,
      query: '&element=petition&state=invalid',
    },
    ...['week', 'day'].flatMap((view) =>
      ['vi', 'ur'].map((lang) => ({
        name: `meeting-calendar-${view}-${lang}`,
        lang,
        width: view === 'day' ? 900 : 1280,
        query: `&element=calendar&view=${view}`,
      })),
    ),
    {
      name: 'meeting-calendar-agenda-vi',
      lang: 'vi',
      width: 900,
      query: '&element=calendar&view=agenda',
    },
    {
      name: 'meeting-calendar-agenda-ur',
      lang: 'ur',
      width: 900,
      query: '&element=calendar&view=agenda',
    },
  ]
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 800 } })
    page.on('console', (message) => {
      // The error shots ask for a server error on purpose; Chromium logs the 500.
      const expected =
        (shot.name.includes('-error-') || shot.name.includes('-outbox-')) &&
        message.location().url.includes('/api/')
      if (message.type() === 'error' && !expected)
        problems.push(`${shot.name}: ${message.text()} @ ${JSON.stringify(message.location())}`)
    })
    page.on('pageerror', (error) => problems.push(`${shot.name}: ${error.message}`))
    if (shot.print) await page.emulateMedia({ media: 'print' })
    await page.goto(`http://127.0.0.1:${port}/?lang=${shot.lang}${shot.query ?? ''}`)
    await page.waitForSelector('body[data-ready]', { state: 'attached' })
    const path = `${outDir}${shot.name}.png`
    await page
      .locator('lt-weekly-schedule, lt-meeting-calendar, lt-petition-status, lt-petition-form')
      .screenshot({ path })
    console.log(`saved ${path}`)
    if (shot.print) {
      // The same page printed to PDF on A4 landscape with 12 mm margins (what the element's
      // documentation suggests for @page): one week must fit on one sheet.
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      })
      const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
      console.log(`${shot.name}: printed on ${sheets} A4 sheet(s)`)
      if (sheets !== 1) problems.push(`${shot.name}: one week printed on ${sheets} A4 sheets`)
    }
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
if (problems.length > 0) {
  console.error(`Problems:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
