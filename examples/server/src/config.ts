// Settings from environment variables, with the defaults of a local demo.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { SiteOptions } from './site.js'

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
  /** The year of the sample city; default the current year, so the demo shows this week. */
  readonly seedYear: number
  /** The sample city's "today", `YYYY-MM-DD`; default today in Vietnam. */
  readonly seedAsOf: string | undefined
  /** The portal to serve beside the API, if any. */
  readonly site: SiteOptions | undefined
  /** Why the widgets' bundle is not served, when it is missing. */
  readonly siteProblem: string | undefined
}

/** `examples/portal/public`: the demo portal. */
const DEFAULT_SITE = fileURLToPath(new URL('../../portal/public', import.meta.url))
/** Where pages load the widgets' bundle from. */
export const WIDGETS_BUNDLE_PATH = '/assets/lienthong-widgets.js'

/** The built bundle of `@lienthong/widgets`, or undefined when it has not been built. */
function widgetsBundle(): string | undefined {
  try {
    const file = createRequire(import.meta.url).resolve('@lienthong/widgets/cdn')
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}

/** Today in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`. */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
}

/** `data/lienthong.sqlite` beside `src/` (ignored by git). */
const DEFAULT_DATABASE = fileURLToPath(new URL('../data/lienthong.sqlite', import.meta.url))

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, least = 0): number {
  const text = env[name]
  if (text === undefined || text.trim() === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < least)
    throw new Error(`${name} must be a number ≥ ${least}, got ${JSON.stringify(text)}`)
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
 * - `SEED`, `SEED_SCALE`, `SEED_YEAR`, `SEED_AS_OF`: the sample city a new database is filled
 *   with (2026, 1, this year, today);
 * - `SITE_DIR`: the portal served at `/` (default `examples/portal/public`; empty: none), with
 *   the widgets' built bundle at `/assets/lienthong-widgets.js`.
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const siteDir = env.SITE_DIR ?? DEFAULT_SITE
  const bundle = widgetsBundle()
  const today = todayInVietnam()
  const seedAsOf = env.SEED_AS_OF ?? (env.SEED_YEAR === undefined ? today : undefined)
  const site: SiteOptions | undefined =
    siteDir === ''
      ? undefined
      : {
          root: siteDir,
          files:
            bundle === undefined
              ? {}
              : {
                  [WIDGETS_BUNDLE_PATH]: bundle,
                  [`${WIDGETS_BUNDLE_PATH}.map`]: `${bundle}.map`,
                },
        }
  return {
    site,
    siteProblem:
      site !== undefined && bundle === undefined
        ? `the widgets' bundle is not built, so the portal shows no widgets: run \`pnpm --filter @lienthong/widgets build\``
        : undefined,
    seedYear: number(env, 'SEED_YEAR', Number(today.slice(0, 4))),
    seedAsOf,
    port: number(env, 'PORT', 8787),
    host: env.HOST ?? '127.0.0.1',
    databasePath: env.DATABASE_PATH ?? DEFAULT_DATABASE,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    rateLimit: {
      // At least one: a bucket that never holds or regains a token would refuse everyone.
      burst: number(env, 'RATE_LIMIT_BURST', 10, 1),
      perMinute: number(env, 'RATE_LIMIT_PER_MINUTE', 10, 1),
    },
    trustProxy: env.TRUST_PROXY === '1',
    receivingOfficeId: env.RECEIVING_OFFICE_ID ?? 'vp-tu',
    seed: number(env, 'SEED', 2026),
    seedScale: number(env, 'SEED_SCALE', 1),
  }
}
