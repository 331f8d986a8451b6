// Starts the reference back end: `pnpm --filter @lienthong/example-server start`.
import { serve } from '@hono/node-server'
import { generateSampleData } from '@lienthong/core/sample'
import { createApp } from './app.js'
import { readConfig } from './config.js'
import { openSqliteStorage } from './storage/sqlite.js'

const config = readConfig(process.env)
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
  console.log(`lienthong example server on ${url}`)
  if (config.site !== undefined) console.log(`  portal   ${url}/`)
  console.log(`  API      ${url}/api/stats/summary, ${url}/api/meetings.ics`)
  console.log(`  database ${config.databasePath}`)
  if (config.siteProblem !== undefined) console.warn(`  warning: ${config.siteProblem}`)
})

function stop(): void {
  server.close(() => {
    void storage.close().then(() => process.exit(0))
  })
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
