// Benchmark (a script, not a test): <lt-meeting-calendar> against FullCalendar 7 in headless
// Chromium, on the same page and the same data: 2,000 meetings in March 2026 and 2,000 in April.
//
//   pnpm --filter @lienthong/widgets bench      (or: node bench/calendar.bench.mjs [runs])
//
// Measured, for each library, from the call that creates the calendar to the moment the month is
// complete on screen (layout forced), and from "next" to the complete next month:
// - ours: `updateComplete`, then a forced layout; "+N more" is decided while rendering.
// - FullCalendar (`dayGridMonth`, `dayMaxEvents: true`, its global bundle and classic theme): it
//   measures the cells to decide which events fit, so the month counts as complete when its
//   "+N more" links and the month's label are in the DOM: checked right after the synchronous
//   call, then after each animation frame (the frames needed are printed; 0 here so far).
// Each run builds a fresh calendar in a fresh container. The first (cold) run is printed apart;
// the figures compared are medians of the warm runs. The machine's load shows in the figures:
// compare the ratios of one run, not figures of different runs.
//
// PROFILE=1 also prints where one of our renders spends its time (a CPU profile, unminified).
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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
const runs = Number(process.argv[2] ?? 9)
const meetingsPerMonth = 2000

const fullCalendarDir = dirname(createRequire(import.meta.url).resolve('fullcalendar/package.json'))
const fullCalendarFiles = {
  '/fc/global.js': 'all/global.js',
  '/fc/classic.js': 'themes/classic/global.js',
  '/fc/skeleton.css': 'skeleton.css',
  '/fc/theme.css': 'themes/classic/theme.css',
  '/fc/palette.css': 'themes/classic/palette.css',
}

// Our element and core's parser, bundled from the sources (core aliased to its TypeScript), and
// the measuring code, which runs in the page.
const entry = `
import { config } from 'zod'
import './src/meeting-calendar/define.ts'
import { detectScheduleConflicts } from './src/internal/schedule-data.ts'
config({ jitless: true })
const { parseMeeting } = await import('@lienthong/core/meeting')

/** A small deterministic PRNG (mulberry32), so every run and both libraries get the same data. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** ${meetingsPerMonth} meetings in each of March and April 2026, office hours, 40 bodies, 200 people. */
function generate() {
  const next = random(20260301)
  const pick = (n) => Math.floor(next() * n)
  const pad = (n) => String(n).padStart(2, '0')
  const wire = []
  for (const [month, days] of [[3, 31], [4, 30]]) {
    for (let i = 0; i < ${meetingsPerMonth}; i += 1) {
      const day = 1 + pick(days)
      const start = 7 * 60 + pick(20) * 30
      const end = start + 30 * (1 + pick(6))
      const time = (m) => pad(Math.floor(m / 60)) + ':' + pad(m % 60) + ':00+07:00'
      const date = '2026-' + pad(month) + '-' + pad(day) + 'T'
      wire.push({
        id: 'm-' + month + '-' + i,
        title: 'Họp số ' + i + ' của cơ quan ' + pick(40),
        kind: 'working-session',
        hostId: 'org-' + pick(40),
        chairId: 'p-' + pick(200),
        participantIds: ['p-' + pick(200)],
        venueId: 'v-' + pick(60),
        start: date + time(start),
        end: date + time(end),
      })
    }
  }
  return wire
}

const wire = generate()
const meetings = wire.map((item) => parseMeeting(item))
const detectStart = performance.now()
const conflicts = await detectScheduleConflicts({ meetings })
const detectMs = performance.now() - detectStart
const fcEvents = wire.map((item) => ({ id: item.id, title: item.title, start: item.start, end: item.end }))

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await frame()
  await new Promise((resolve) => setTimeout(resolve, 50))
}

async function ours() {
  const container = document.body.appendChild(document.createElement('div'))
  const start = performance.now()
  const element = document.createElement('lt-meeting-calendar')
  Object.assign(element, { meetings, conflicts, date: '2026-03-16' })
  container.append(element)
  await element.updateComplete
  const beforeLayout = performance.now()
  void element.shadowRoot.querySelector('table').offsetHeight
  const firstRender = performance.now() - start
  const firstLayout = performance.now() - beforeLayout
  const more = element.shadowRoot.querySelectorAll('.more').length
  const chips = element.shadowRoot.querySelectorAll('.chip').length
  await settle()
  const navStart = performance.now()
  element.next()
  await element.updateComplete
  void element.shadowRoot.querySelector('table').offsetHeight
  const navigate = performance.now() - navStart
  const label = element.shadowRoot.querySelector('#period-label').textContent
  if (!label.includes('4')) throw new Error('ours did not move to April: ' + label)
  container.remove()
  await settle()
  return { firstRender, firstLayout, navigate, more, chips }
}

/** True once FullCalendar shows "+N more" links and the month's title. */
function fcComplete(container, month) {
  if (container.querySelector('[role=grid]')?.getAttribute('aria-label') !== month) return false
  for (const link of container.querySelectorAll('a, button, [role=button]')) {
    if (/^\\+\\d+/.test(link.textContent.trim())) return true
  }
  return false
}

/** Milliseconds from \`start\` until FullCalendar shows \`month\` complete, and the frames it took. */
async function until(container, month, start) {
  void container.offsetHeight
  let frames = 0
  for (; !fcComplete(container, month); frames += 1) {
    if (frames > 120) throw new Error('FullCalendar never showed ' + month + ' complete')
    await frame()
    void container.offsetHeight
  }
  return { ms: performance.now() - start, frames }
}

async function theirs() {
  const container = document.body.appendChild(document.createElement('div'))
  const start = performance.now()
  const calendar = new FullCalendar.Calendar(container, {
    initialView: 'dayGridMonth',
    initialDate: '2026-03-16',
    timeZone: 'Asia/Ho_Chi_Minh',
    dayMaxEvents: true,
    events: fcEvents,
  })
  calendar.render()
  void container.offsetHeight
  const firstSync = performance.now() - start
  const { ms: firstRender, frames: firstFrames } = await until(container, 'March 2026', start)
  const more = [...container.querySelectorAll('a, button, [role=button]')].filter((link) => /^\\+\\d+/.test(link.textContent.trim())).length
  await settle()
  const navStart = performance.now()
  calendar.next()
  void container.offsetHeight
  const navigateSync = performance.now() - navStart
  const { ms: navigate, frames: navigateFrames } = await until(container, 'April 2026', navStart)
  calendar.destroy()
  container.remove()
  await settle()
  return { firstRender, firstSync, firstFrames, navigate, navigateSync, navigateFrames, more }
}

window.runOurs = ours
window.runBench = async (runs) => {
  const results = { ours: [], theirs: [], detectMs, conflicts: conflicts.length, meetings: meetings.length }
  for (let i = 0; i < runs; i += 1) {
    // Alternate which goes first, so neither always runs on a freshly collected heap.
    if (i % 2 === 0) {
      results.ours.push(await ours())
      results.theirs.push(await theirs())
    } else {
      results.theirs.push(await theirs())
      results.ours.push(await ours())
    }
  }
  return results
}
document.body.dataset.ready = 'true'
`

const widgetsDir = here('../')
const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: widgetsDir, loader: 'ts', sourcefile: 'bench.ts' },
  bundle: true,
  minify: !process.env.PROFILE,
  write: false,
  format: 'esm',
  target: 'es2022',
  alias: { '@lienthong/core': join(widgetsDir, '../core/src') },
  ignoreAnnotations: true,
  logLevel: 'warning',
})
const script = outputFiles[0].text

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>calendar bench</title>
<link rel="stylesheet" href="/fc/skeleton.css"><link rel="stylesheet" href="/fc/theme.css">
<link rel="stylesheet" href="/fc/palette.css">
<script src="/fc/global.js"></script><script src="/fc/classic.js"></script></head>
<body><script type="module" src="/bench.js"></script></body></html>`

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const file = fullCalendarFiles[path]
  if (file) {
    response.setHeader('Content-Type', file.endsWith('.css') ? 'text/css' : 'text/javascript')
    response.end(readFileSync(join(fullCalendarDir, file)))
    return
  }
  response.setHeader('Content-Type', path === '/bench.js' ? 'text/javascript' : 'text/html')
  response.end(path === '/bench.js' ? script : page)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

const browser = await chromium.launch({
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
let results
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: 'en-US',
  })
  const tab = await context.newPage()
  const problems = []
  tab.on('pageerror', (error) => problems.push(error.message))
  await tab.goto(`http://127.0.0.1:${port}/`)
  await tab.waitForSelector('body[data-ready]', { state: 'attached', timeout: 120_000 })
  if (process.env.PROFILE) {
    const cdp = await context.newCDPSession(tab)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    await tab.evaluate(() => globalThis.runOurs())
    const { profile } = await cdp.send('Profiler.stop')
    // Self and inclusive samples per function (a sample counts once per function on its stack).
    const byId = new Map(profile.nodes.map((node) => [node.id, node]))
    const parent = new Map()
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id)
    const name = (node) =>
      `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`
    const self = new Map()
    const inclusive = new Map()
    let busy = 0
    for (const id of profile.samples) {
      const node = byId.get(id)
      if (node.callFrame.functionName === '(idle)') continue
      busy += 1
      self.set(name(node), (self.get(name(node)) ?? 0) + 1)
      const seen = new Set()
      for (let at = id; at !== undefined; at = parent.get(at)) seen.add(name(byId.get(at)))
      for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + 1)
    }
    const top = (map) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([key, count]) => `  ${((count / busy) * 100).toFixed(1).padStart(5)}% ${key}`)
        .join('\n')
    console.log(`One cold render and move of ours (busy samples: ${busy}), self:\n${top(self)}`)
    console.log(`inclusive:\n${top(inclusive)}\n`)
  }
  results = await tab.evaluate((count) => globalThis.runBench(count), runs + 1)
  if (problems.length > 0) throw new Error(problems.join('\n'))
} finally {
  await browser.close()
  server.close()
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const warm = (list, key) => median(list.slice(1).map((item) => item[key]))
const ms = (value) => `${value.toFixed(1)} ms`.padStart(10)
const ratio = (theirs, ours) => `${(theirs / ours).toFixed(1)}×`.padStart(8)

const rows = [
  ['first render (month)', 'firstRender', 100],
  ['next month', 'navigate', 50],
]
console.log(
  `Meeting calendar, ${results.meetings} meetings (${meetingsPerMonth} in each month), ` +
    `${results.conflicts} conflicts marked; headless Chromium; median of ${runs} warm runs ` +
    `(cold = the first run).`,
)
console.log('')
console.log(
  `${'measure'.padEnd(22)}${'ours'.padStart(10)}${'FullCalendar'.padStart(14)}${'FC/ours'.padStart(8)}${'target'.padStart(9)}`,
)
for (const [label, key, target] of rows) {
  const ours = warm(results.ours, key)
  const theirs = warm(results.theirs, key)
  console.log(
    `${label.padEnd(22)}${ms(ours)}${ms(theirs).padStart(14)}${ratio(theirs, ours)}${`≤${target} ms`.padStart(9)}${ours <= target ? '  ok' : '  MISSED'}`,
  )
}
console.log(
  `${'first render, cold'.padEnd(22)}${ms(results.ours[0].firstRender)}${ms(results.theirs[0].firstRender).padStart(14)}${ratio(results.theirs[0].firstRender, results.ours[0].firstRender)}`,
)
console.log('')
console.log(
  `FullCalendar's synchronous part alone: render() ${warm(results.theirs, 'firstSync').toFixed(1)} ms, ` +
    `next() ${warm(results.theirs, 'navigateSync').toFixed(1)} ms; animation frames it needed after ` +
    `them to be complete: ${warm(results.theirs, 'firstFrames')} and ${warm(results.theirs, 'navigateFrames')}.`,
)
console.log(
  `Of our first render, style and layout took ${warm(results.ours, 'firstLayout').toFixed(1)} ms.`,
)
console.log(
  `Shown: ours ${results.ours[1].chips} chips and ${results.ours[1].more} "+N more" buttons; ` +
    `FullCalendar ${results.theirs[1].more} "+N more" links.`,
)
console.log(
  `Ours also finds the double bookings once per data set, off the render path: ` +
    `detectConflicts on ${results.meetings} meetings took ${results.detectMs.toFixed(0)} ms (cold).`,
)
