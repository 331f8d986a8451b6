// The reference back end as the demo runs it (src/main.ts in a child process), on a free port
// with a temporary SQLite file, and a real Chromium to open the portal with.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright'

const serverDir = fileURLToPath(new URL('../../server', import.meta.url))
const bundle = fileURLToPath(
  new URL('../../../packages/widgets/dist/cdn/lienthong-widgets.js', import.meta.url),
)

export interface RunningServer {
  readonly url: string
  readonly databasePath: string
  stop(): Promise<void>
}

/**
 * Starts the server with the portal, the sample city of 2026 as of 1 July (so March 2026 has
 * its planted clashes) and a generous rate limit; resolves once it listens.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(bundle)) {
    throw new Error(
      'The widgets’ bundle is not built: run `pnpm build` (or `pnpm --filter @lienthong/widgets build`) first.',
    )
  }
  const folder = mkdtempSync(join(tmpdir(), 'lienthong-portal-'))
  const databasePath = join(folder, 'portal.sqlite')
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_PATH: databasePath,
      SEED: '2026',
      SEED_YEAR: '2026',
      SEED_AS_OF: '2026-07-01',
      RATE_LIMIT_BURST: '1000',
      RATE_LIMIT_PER_MINUTE: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await listeningUrl(child)
  return {
    url,
    databasePath,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /http:\/\/\S+?:(\d+)/.exec(output)?.[1]
      if (port !== undefined) {
        child.stdout?.off('data', onData)
        resolve(`http://127.0.0.1:${port}`)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      reject(new Error(`the server exited (${String(code)}) before listening:\n${output}`))
    })
  })
}

/** Chromium at CHROMIUM_PATH or /usr/bin/chromium, with the flags that keep it off the network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install chromium, or npx playwright install chromium where downloads work, or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({
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
}
