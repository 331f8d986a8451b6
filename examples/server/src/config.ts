// Settings from environment variables, with the defaults of a local demo.
import { fileURLToPath } from 'node:url'

export interface Config {
  readonly port: number
  readonly host: string
  readonly databasePath: string
  readonly corsOrigins: readonly string[]
  readonly rateLimit: { readonly burst: number; readonly perMinute: number }
  readonly trustProxy: boolean
  readonly receivingOfficeId: string
  readonly seed: number
  readonly seedScale: number
}

/** `data/lienthong.sqlite` beside `src/` (ignored by git). */
const DEFAULT_DATABASE = fileURLToPath(new URL('../data/lienthong.sqlite', import.meta.url))

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]
  if (text === undefined || text.trim() === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number ≥ 0, got ${JSON.stringify(text)}`)
  return value
}

/**
 * Reads the settings:
 * - `PORT` (default 8787; 0 picks a free port), `HOST` (default 127.0.0.1);
 * - `DATABASE_PATH` (default `examples/server/data/lienthong.sqlite`, created and seeded when
 *   missing);
 * - `CORS_ORIGINS`: comma-separated origins allowed to call from a browser, or `*`;
 * - `RATE_LIMIT_BURST`, `RATE_LIMIT_PER_MINUTE`: submissions per client (default 10 and 10);
 * - `TRUST_PROXY=1`: take the client's address from `X-Forwarded-For`;
 * - `RECEIVING_OFFICE_ID`: where petitions go by default (`vp-tu`, the Party Committee office);
 * - `SEED`, `SEED_SCALE`: the sample city a new database is filled with (2026, 1).
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: number(env, 'PORT', 8787),
    host: env.HOST ?? '127.0.0.1',
    databasePath: env.DATABASE_PATH ?? DEFAULT_DATABASE,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    rateLimit: {
      burst: number(env, 'RATE_LIMIT_BURST', 10),
      perMinute: number(env, 'RATE_LIMIT_PER_MINUTE', 10),
    },
    trustProxy: env.TRUST_PROXY === '1',
    receivingOfficeId: env.RECEIVING_OFFICE_ID ?? 'vp-tu',
    seed: number(env, 'SEED', 2026),
    seedScale: number(env, 'SEED_SCALE', 1),
  }
}
