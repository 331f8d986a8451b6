// Starts the reference back end: `pnpm --filter @lienthong/example-server start`.
import { serve } from '@hono/node-server'
import { generateSampleData } from '@lienthong/core/sample'
import { createApp } from './app.js'
import { readConfig } from './config.js'
import { openSqliteStorage } from './storage/sqlite.js'

const config = readConfig(process.env)
const storage = openSqliteStorage({
  path: config.databasePath,
  seed: () => generateSampleData({ seed: config.seed, scale: config.seedScale }),
})
const app = createApp({
  storage,
  receivingOfficeId: config.receivingOfficeId,
  corsOrigins: config.corsOrigins,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
})

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const host = config.host === '127.0.0.1' || config.host === '::1' ? 'localhost' : config.host
  console.log(`lienthong example server on http://${host}:${info.port}`)
  console.log(`  database ${config.databasePath}`)
  console.log(`  try http://${host}:${info.port}/api/stats/summary`)
})

function stop(): void {
  server.close(() => {
    void storage.close().then(() => process.exit(0))
  })
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
