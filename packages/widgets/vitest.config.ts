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

/**
 * Test-only HTTP routes on the Vitest browser server, for the data-loading tests:
 * `/__lt-test__/status/<code>` answers with that status and a JSON body,
 * `/__lt-test__/slow?ms=<n>` sends valid JSON after `n` milliseconds, and
 * `/__lt-test__/flaky/<key>` fails once and then serves what was stored (see `serveFlaky`), and
 * `/__lt-test__/petitions/…` is a mock petition API (see `servePetitions`).
 */
function testRoutes(): Plugin {
  return {
    name: 'lienthong:test-routes',
    configureServer(server) {
      server.middlewares.use('/__lt-test__', (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost')
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
