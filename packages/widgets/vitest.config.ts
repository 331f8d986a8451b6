import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { playwright } from '@vitest/browser-playwright'
import { transform } from 'esbuild'
import { chromium } from 'playwright'
import { defineProject, type Plugin } from 'vitest/config'

/**
 * Widget tests run in a real Chromium driven by Playwright: `CHROMIUM_PATH` if set, else the
 * system Chromium (`/usr/bin/chromium`, Debian's package), else a browser downloaded with
 * `playwright install chromium`. Without one, the run stops here and says how to get one.
 */
function findChromium(): string {
  const fromEnvironment = process.env.CHROMIUM_PATH
  let downloaded: string | undefined
  try {
    downloaded = chromium.executablePath()
  } catch {
    downloaded = undefined // a platform Playwright has no build for
  }
  const candidates = fromEnvironment ? [fromEnvironment] : ['/usr/bin/chromium', downloaded]
  const found = candidates.find((path) => path !== undefined && existsSync(path))
  if (found) return found
  const message = [
    fromEnvironment
      ? `@lienthong/widgets tests need Chromium, but CHROMIUM_PATH=${fromEnvironment} does not exist.`
      : '@lienthong/widgets tests need Chromium, and none was found (looked for /usr/bin/chromium and a Playwright download).',
    'Get it one of these ways:',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium   (installs /usr/bin/chromium)',
    '  - where downloads work: pnpm --filter @lienthong/widgets exec playwright install chromium',
    '  - or set CHROMIUM_PATH to any Chromium or Chrome executable.',
  ].join('\n')
  console.error(`\n${message}\n`)
  throw new Error(message)
}

const chromiumPath = findChromium()

/**
 * The widgets use TC39 standard decorators (`@property() accessor name`). Vite 8's Oxc
 * transformer only lowers legacy (experimental) decorators and Chromium does not run decorators
 * natively yet, so the widgets' own TypeScript goes through esbuild first — the same transformer
 * tsup uses for the published build, so tests run the code users get.
 */
function lowerStandardDecorators(): Plugin {
  const sourceDir = fileURLToPath(new URL('./src/', import.meta.url))
  return {
    name: 'lienthong:lower-standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? ''
      if (!file.startsWith(sourceDir) || !file.endsWith('.ts')) return null
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: {
          compilerOptions: {
            experimentalDecorators: false,
            useDefineForClassFields: true,
            verbatimModuleSyntax: true,
          },
        },
      })
      return { code: result.code, map: result.map }
    },
  }
}

/** Bodies stored for `/__lt-test__/flaky/<key>`, and whether that key has failed once yet. */
const flakyBodies = new Map<string, { body: string; failed: boolean }>()

/**
 * `PUT /__lt-test__/flaky/<key>` stores a body; the next `GET` of the same key answers 503, the
 * ones after it 200 with the stored body: a server that recovers, for the retry tests.
 */
function serveFlaky(key: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method === 'PUT') {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      flakyBodies.set(key, { body: Buffer.concat(chunks).toString('utf8'), failed: false })
      response.statusCode = 204
      response.end()
    })
    return
  }
  const stored = flakyBodies.get(key)
  response.setHeader('Content-Type', 'application/json')
  if (!stored?.failed) {
    if (stored) stored.failed = true
    response.statusCode = 503
    response.end('{"error":"unavailable"}')
    return
  }
  response.statusCode = 200
  response.end(stored.body)
}

/** Public statuses stored for the mock petition API, by tracking code. */
const petitionStatuses = new Map<string, string>()
/** How many look-ups of each code reached the mock petition API. */
const petitionLookups = new Map<string, number>()
/** Codes whose look-up in `fail-once` mode has failed already. */
const petitionFailed = new Set<string>()

/**
 * A mock of the reference server's `GET /api/petitions/{trackingCode}`, under
 * `/__lt-test__/petitions/<mode>` (the `api` attribute of `<lt-petition-status>`):
 * `PUT …/api/petitions/<code>` stores the status body for a code; `GET` answers it, or 404 with
 * the server's error body when none is stored. `<mode>` is `ok`, `fail-once` (500 on the first
 * look-up of a code, then as `ok`) or `slow` (answers after 5 s). `GET
 * /__lt-test__/petitions/lookups/<code>` says how many look-ups of the code reached the server.
 */
function servePetitions(path: string, request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Content-Type', 'application/json')
  const counted = /^\/lookups\/([\w-]+)$/.exec(path)?.[1]
  if (counted) {
    response.end(JSON.stringify({ lookups: petitionLookups.get(counted) ?? 0 }))
    return
  }
  const match = /^\/(ok|fail-once|slow)\/api\/petitions\/([^/]+)$/.exec(path)
  if (!match) {
    response.statusCode = 400
    response.end('{"error":{"code":"invalid_input","message":"unknown route","issues":[]}}')
    return
  }
  const [, mode, rawCode = ''] = match
  const code = decodeURIComponent(rawCode)
  if (request.method === 'PUT') {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      petitionStatuses.set(code, Buffer.concat(chunks).toString('utf8'))
      petitionFailed.delete(code)
      petitionLookups.set(code, 0)
      response.statusCode = 204
      response.end()
    })
    return
  }
  petitionLookups.set(code, (petitionLookups.get(code) ?? 0) + 1)
  const answer = (): void => {
    const stored = petitionStatuses.get(code)
    if (mode === 'fail-once' && !petitionFailed.has(code)) {
      petitionFailed.add(code)
      response.statusCode = 500
      response.end('{"error":{"code":"internal_error","message":"Internal error.","issues":[]}}')
      return
    }
    if (stored === undefined) {
      response.statusCode = 404
      response.end(
        '{"error":{"code":"not_found","message":"No petition has this tracking code.","issues":[]}}',
      )
      return
    }
    response.statusCode = 200
    response.end(stored)
  }
  if (mode !== 'slow') {
    answer()
    return
  }
  const timer = setTimeout(answer, 5000)
  response.on('close', () => {
    clearTimeout(timer)
  })
}

/** What the fake submission API of one test stored: petitions by key, and requests seen. */
interface SubmissionLedger {
  readonly petitions: Map<string, { body: string; receipt: string }>
  requests: number
  readonly bodies: string[]
  /** The `Idempotency-Key` and `Anti-Spam-Token` headers of each request. */
  readonly headers: { key: string; token: string }[]
  /** Until healed, a failing mode fails every request (browsers retry some on their own). */
  healed: boolean
}
const submissionLedgers = new Map<string, SubmissionLedger>()

/** The fields `POST /api/petitions` accepts (the reference server's `submissionFields`). */
const submissionKeys = new Set([
  'kinds',
  'anonymous',
  'petitioner',
  'coSigners',
  'representatives',
  'subject',
  'content',
  'field',
  'place',
  'complainedDecision',
  'denounced',
  'complaintInstance',
  'attachments',
  'receivedById',
])

/**
 * A fake of the reference server's `POST /api/petitions`, under
 * `/__lt-test__/submit/<mode>/<ledger>` (the `action` of `<lt-petition-form>`), deduplicating by
 * `Idempotency-Key` like the real one (201 first, 200 with the same receipt after). `<mode>` says
 * how requests fail until `POST /__lt-test__/submit/heal/<ledger>`: `ok` (never; `bare`: a receipt without due dates; `slow`: the first answer after 0.5 s),
 * `drop-request`
 * (connection closed, nothing stored), `drop-response` (stored, then the connection closed
 * before the answer), `error-500` (500, nothing stored) or `reject` (400, always). `GET
 * /__lt-test__/submit/ledger/<ledger>` says how many petitions were stored, how many requests
 * arrived, and the bodies and headers received.
 */
function serveSubmissions(path: string, request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Content-Type', 'application/json')
  const ledgerOf = (name: string): SubmissionLedger => {
    let ledger = submissionLedgers.get(name)
    if (!ledger) {
      ledger = { petitions: new Map(), requests: 0, bodies: [], headers: [], healed: false }
      submissionLedgers.set(name, ledger)
    }
    return ledger
  }
  const healed = /^\/heal\/([\w-]+)$/.exec(path)?.[1]
  if (healed) {
    ledgerOf(healed).healed = true
    response.statusCode = 204
    response.end()
    return
  }
  const counted = /^\/ledger\/([\w-]+)$/.exec(path)?.[1]
  if (counted) {
    const ledger = ledgerOf(counted)
    response.end(
      JSON.stringify({
        petitions: ledger.petitions.size,
        requests: ledger.requests,
        keys: [...ledger.petitions.keys()],
        bodies: ledger.bodies.map((body) => JSON.parse(body) as unknown),
        headers: ledger.headers,
      }),
    )
    return
  }
  const match = /^\/(ok|bare|slow|drop-request|drop-response|error-500|reject)\/([\w-]+)$/.exec(
    path,
  )
  if (!match || request.method !== 'POST') {
    response.statusCode = 404
    response.end('{"error":{"code":"not_found","message":"unknown route","issues":[]}}')
    return
  }
  const [, mode = 'ok', name = ''] = match
  const ledger = ledgerOf(name)
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    ledger.requests += 1
    const body = Buffer.concat(chunks).toString('utf8')
    ledger.bodies.push(body)
    const key = request.headers['idempotency-key']
    const token = request.headers['anti-spam-token']
    ledger.headers.push({
      key: typeof key === 'string' ? key : '',
      token: typeof token === 'string' ? token : '',
    })
    const fail = (status: number, code: string): void => {
      response.statusCode = status
      response.end(JSON.stringify({ error: { code, message: code, issues: [] } }))
    }
    if (typeof key !== 'string' || key.length < 8) {
      fail(400, 'idempotency_key_required')
      return
    }
    let parsed: Record<string, unknown>
    try {
      parsed = JSON.parse(body) as Record<string, unknown>
    } catch {
      fail(400, 'invalid_json')
      return
    }
    if (mode === 'reject' || Object.keys(parsed).some((field) => !submissionKeys.has(field))) {
      fail(400, 'invalid_input')
      return
    }
    const failing = !ledger.healed
    if (failing && (mode === 'drop-request' || mode === 'error-500')) {
      if (mode === 'error-500') {
        fail(500, 'internal_error')
        return
      }
      request.socket.destroy()
      return
    }
    const stored = ledger.petitions.get(key)
    if (stored && failing && mode === 'drop-response') {
      request.socket.destroy() // the replay's answer is lost too
      return
    }
    if (stored) {
      if (stored.body !== body) {
        fail(422, 'idempotency_key_reused')
        return
      }
      response.setHeader('Idempotent-Replayed', 'true')
      response.statusCode = 200
      response.end(stored.receipt)
      return
    }
    const receivedAt = '2026-03-02T10:15:00+07:00'
    const receipt = JSON.stringify({
      trackingCode: 'K7M4-X9QP-R2Y',
      kinds: parsed.kinds,
      stage: 'received',
      open: true,
      receivedAt,
      updatedAt: receivedAt,
      handledById: 'vp-hdnd',
      steps: [{ type: 'received', at: receivedAt }],
      dueDates:
        mode === 'bare'
          ? []
          : [
              { step: 'process', dueOn: '2026-03-12', status: 'pending' },
              {
                step: 'accept',
                dueOn: '2026-03-16',
                status: 'pending',
                legalBasis: 'Law 02/2011/QH13 Art 27',
                legalBasisVi: 'Điều 27 Luật Khiếu nại số 02/2011/QH13',
              },
            ],
    })
    ledger.petitions.set(key, { body, receipt })
    if (failing && mode === 'drop-response') {
      request.socket.destroy()
      return
    }
    response.statusCode = 201
    if (mode === 'slow') setTimeout(() => response.end(receipt), 500)
    else response.end(receipt)
  })
}

/**
 * Test-only HTTP routes on the Vitest browser server, for the data-loading tests:
 * `/__lt-test__/status/<code>` answers with that status and a JSON body,
 * `/__lt-test__/slow?ms=<n>` sends valid JSON after `n` milliseconds, and
 * `/__lt-test__/flaky/<key>` fails once and then serves what was stored (see `serveFlaky`),
 * `/__lt-test__/petitions/…` is a mock petition API (see `servePetitions`), and
 * `/__lt-test__/submit/…` a fake petition submission API (see `serveSubmissions`).
 */
function testRoutes(): Plugin {
  return {
    name: 'lienthong:test-routes',
    configureServer(server) {
      server.middlewares.use('/__lt-test__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost')
        if (url.pathname.startsWith('/submit/')) {
          serveSubmissions(url.pathname.slice('/submit'.length), request, response)
          return
        }
        if (url.pathname.startsWith('/petitions/')) {
          servePetitions(url.pathname.slice('/petitions'.length), request, response)
          return
        }
        const flaky = /^\/flaky\/([\w-]+)$/.exec(url.pathname)?.[1]
        if (flaky) {
          serveFlaky(flaky, request, response)
          return
        }
        const status = /^\/status\/(\d{3})$/.exec(url.pathname)?.[1]
        const delay = url.pathname === '/slow' ? Number(url.searchParams.get('ms') ?? 0) : 0
        const timer = setTimeout(() => {
          response.statusCode = status ? Number(status) : 200
          response.setHeader('Content-Type', 'application/json')
          response.end(JSON.stringify({ status: response.statusCode }))
        }, delay)
        // The client gave up (a timeout test aborted the fetch): answer nothing.
        response.on('close', () => {
          clearTimeout(timer)
        })
      })
    },
  }
}

/**
 * `@lienthong/core` and its subpaths (`@lienthong/core/meeting`, …) resolve to core's TypeScript
 * sources, so the widget tests run against the core in the same checkout without building it.
 */
const coreSource = fileURLToPath(new URL('../core/src/', import.meta.url))

export default defineProject({
  plugins: [lowerStandardDecorators(), testRoutes()],
  resolve: {
    alias: [
      { find: /^@lienthong\/core$/, replacement: `${coreSource}index.ts` },
      { find: /^@lienthong\/core\/([\w-]+)$/, replacement: `${coreSource}$1/index.ts` },
    ],
  },
  optimizeDeps: {
    // Pre-bundled up front, so Vite does not discover them mid-run and reload a test.
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/class-map.js',
      'axe-core',
      'zod',
      'zod/v4/core',
      'date-fns',
      '@date-fns/tz',
    ],
  },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      // Chromium's screenshots on failure go to .vitest-attachments/ (git-ignored).
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          // Without the background-networking family of flags Chromium keeps trying to reach
          // Google services, which floods a closed network with refused connections.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
