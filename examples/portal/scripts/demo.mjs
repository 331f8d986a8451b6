// `pnpm demo`: builds what the portal needs (core, then the widgets and their self-contained
// bundle), then starts the reference back end, which serves the portal at / and the API under
// /api. The first start creates examples/server/data/lienthong.sqlite and fills it with the
// sample city; later starts keep it. PORT (default 8787) and the server's other variables apply.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const serverDir = fileURLToPath(new URL('../../server', import.meta.url))

/**
 * pnpm as it was started (`npx pnpm@10 demo` puts no `pnpm` on the PATH), else from the PATH.
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function pnpm(args) {
  const execPath = process.env.npm_execpath
  return execPath !== undefined && /\.[cm]?js$/.test(execPath)
    ? [process.execPath, [execPath, ...args]]
    : ['pnpm', args]
}

console.log('Building @lienthong/core and @lienthong/widgets…')
const [command, args] = pnpm([
  '--filter',
  '@lienthong/core',
  '--filter',
  '@lienthong/widgets',
  'run',
  'build',
])
const build = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
if (build.status !== 0) {
  // Quiet when it works, everything when it does not.
  process.stdout.write(build.stdout ?? '')
  process.stderr.write(build.stderr ?? '')
  console.error(
    build.error === undefined
      ? 'The build failed (output above); the demo did not start.'
      : `Could not run pnpm: ${build.error.message}`,
  )
  process.exit(1)
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: serverDir,
  stdio: 'inherit',
})
// Ctrl+C reaches the server directly (same terminal); a SIGTERM sent to this script is passed on.
process.on('SIGINT', () => undefined)
process.on('SIGTERM', () => server.kill('SIGTERM'))
server.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
