// Starts the reference back end: `pnpm --filter @lienthong/example-server start`.
import { existsSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { generateSampleData } from '@lienthong/core/sample'
import { createApp } from './app.js'
import { readConfig } from './config.js'
import { openSqliteStorage } from './storage/sqlite.js'

const config = readConfig(process.env)
const isNew = config.databasePath === ':memory:' || !existsSync(config.databasePath)
const storage = openSqliteStorage({
  path: config.databasePath,
  seed: () =>
    generateSampleData({
      seed: config.seed,
      scale: config.seedScale,
      year: config.seedYear,
      ...(config.seedAsOf === undefined ? {} : { asOf: config.seedAsOf }),
    }),
})
const app = createApp({
  storage,
  receivingOfficeId: config.receivingOfficeId,
  corsOrigins: config.corsOrigins,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  ...(config.site === undefined ? {} : { site: config.site }),
})

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const host = config.host === '127.0.0.1' || config.host === '::1' ? 'localhost' : config.host
  const url = `http://${host}:${info.port}`
  if (config.site === undefined) console.log(`lienthong example server on ${url}`)
  else console.log(`lienthong demo portal on ${url}/`)
  console.log(`  API       ${url}/api/stats/summary`)
  console.log(`  calendar  ${url}/api/meetings.ics`)
  console.log(
    `  database  ${config.databasePath} (${isNew ? 'new, filled with the sample city' : 'kept from the last run'})`,
  )
  if (config.siteProblem !== undefined) console.warn(`  warning: ${config.siteProblem}`)
  console.log('  Ctrl+C stops it; the data stays for the next start.')
})

function stop(): void {
  server.close(() => {
    void storage.close().then(() => process.exit(0))
  })
  // A browser keeps idle connections open; without this, stopping would wait for them.
  if ('closeIdleConnections' in server) server.closeIdleConnections()
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
