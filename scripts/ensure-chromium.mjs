// The widget tests run in a real Chromium. Find one, or install Debian's when we are root on a
// machine that has apt-get (CI, fresh containers); otherwise say exactly how to get one.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean)

const found = candidates.find((path) => existsSync(path))
if (found) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian’s chromium package for the widget tests…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (existsSync('/usr/bin/chromium')) process.exit(0)
}

console.error(`The widget tests need Chromium, and none was found.
Get one of these ways, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - where downloads work:  npx playwright install chromium   (then set CHROMIUM_PATH to it)
  - any Chromium or Chrome you have:  export CHROMIUM_PATH=/path/to/chromium`)
process.exit(1)
