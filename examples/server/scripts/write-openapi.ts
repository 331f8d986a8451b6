// Writes docs/openapi.json from the contract's zod schemas, formatted as prettier would.
//
//   pnpm --filter @lienthong/example-server openapi          regenerate the file
//   pnpm --filter @lienthong/example-server check:openapi    exit 1 if the file is stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApiText, OPENAPI_FILE } from './openapi-file.js'

const path = fileURLToPath(new URL(`../../../${OPENAPI_FILE}`, import.meta.url))
const text = await openApiText()
const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined

if (process.argv.includes('--check')) {
  if (current === text) {
    console.log(`${OPENAPI_FILE} is up to date`)
  } else {
    console.error(
      `${OPENAPI_FILE} is ${current === undefined ? 'missing' : 'out of date'}: it does not match the zod schemas of the contract.\nRun \`pnpm --filter @lienthong/example-server openapi\` and commit the result.`,
    )
    process.exitCode = 1
  }
} else if (current === text) {
  console.log(`${OPENAPI_FILE} already up to date`)
} else {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  console.log(`wrote ${OPENAPI_FILE}`)
}
