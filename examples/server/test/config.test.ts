import { describe, expect, it } from 'vitest'
import { readConfig, WIDGETS_BUNDLE_PATH } from '../src/config.js'

describe('readConfig', () => {
  it('reads the demo’s defaults: port 8787 on localhost, the portal with the widgets’ bundle', () => {
    const config = readConfig({})
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', corsOrigins: [] })
    expect(config.site?.root).toMatch(/examples[/\\]portal[/\\]public$/)
    // The bundle is served when the widgets are built (the test command builds them first).
    if (config.siteProblem === undefined)
      expect(config.site?.files?.[WIDGETS_BUNDLE_PATH]).toMatch(/lienthong-widgets\.js$/)
    else expect(config.siteProblem).toContain('pnpm --filter @lienthong/widgets build')
  })

  it('seeds the current year as of today unless told otherwise', () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
    expect(readConfig({})).toMatchObject({
      seedYear: Number(today.slice(0, 4)),
      seedAsOf: today,
    })
    expect(readConfig({ SEED_YEAR: '2026' })).toMatchObject({ seedYear: 2026, seedAsOf: undefined })
  })

  it('reads origins, limits and switches', () => {
    const config = readConfig({
      PORT: '0',
      CORS_ORIGINS: ' https://hanoi.gov.vn , https://tiepdan.hanoi.gov.vn,',
      RATE_LIMIT_BURST: '3',
      TRUST_PROXY: '1',
      SITE_DIR: '',
    })
    expect(config).toMatchObject({
      port: 0,
      corsOrigins: ['https://hanoi.gov.vn', 'https://tiepdan.hanoi.gov.vn'],
      rateLimit: { burst: 3, perMinute: 10 },
      trustProxy: true,
      site: undefined,
    })
  })

  it('refuses a number that is not one, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be a number ≥ 0, got "eighty"')
    expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(
      'RATE_LIMIT_PER_MINUTE must be a number ≥ 1, got "0"',
    )
  })
})
