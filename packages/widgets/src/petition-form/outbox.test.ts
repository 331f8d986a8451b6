import { describe, expect, test } from 'vitest'
import { isRetryable, retryDelayMs, sendPetition } from './outbox.js'

describe('outbox', () => {
  test('tries again after network errors, timeouts, 5xx, 429 and 408; not after other refusals', () => {
    expect(isRetryable({ ok: false, reason: 'network' })).toBe(true)
    expect(isRetryable({ ok: false, reason: 'timeout' })).toBe(true)
    for (const status of [500, 502, 503, 429, 408]) {
      expect(isRetryable({ ok: false, reason: 'http', status }), String(status)).toBe(true)
    }
    for (const status of [400, 401, 403, 404, 413, 415, 422]) {
      expect(isRetryable({ ok: false, reason: 'http', status }), String(status)).toBe(false)
    }
  })

  test('waits longer after each failure, up to five minutes, with some spread', () => {
    expect(retryDelayMs(1, 0.5)).toBe(5_000)
    expect(retryDelayMs(2, 0.5)).toBe(10_000)
    expect(retryDelayMs(3, 0.5)).toBe(20_000)
    expect(retryDelayMs(30, 0.5)).toBe(300_000)
    expect(retryDelayMs(1, 0)).toBe(4_000)
    expect(retryDelayMs(1, 0.999)).toBeLessThan(6_000)
  })

  test('posts the body with its idempotency key and reads the receipt', async () => {
    const ledger = `outbox${Date.now().toString(36)}`
    const result = await sendPetition(
      `/__lt-test__/submit/ok/${ledger}`,
      JSON.stringify({ kinds: ['reflection'], subject: 'Ổ gà', content: 'Ổ gà sâu.' }),
      { idempotencyKey: 'key-0123456789', timeoutMs: 5000, headers: { 'Anti-Spam-Token': 't' } },
    )
    expect(result.ok && result.receipt.trackingCode).toBe('K7M4-X9QP-R2Y')
    const answer = (await (await fetch(`/__lt-test__/submit/ledger/${ledger}`)).json()) as {
      headers: unknown
    }
    expect(answer.headers).toEqual([{ key: 'key-0123456789', token: 't' }])
  })

  test('a refusal is not retried; a server error is', async () => {
    const ledger = `outbox-r${Date.now().toString(36)}`
    const body = JSON.stringify({ kinds: ['reflection'] })
    const options = { idempotencyKey: 'key-0123456789', timeoutMs: 5000 }
    const refused = await sendPetition(`/__lt-test__/submit/reject/${ledger}`, body, options)
    expect(refused).toMatchObject({ ok: false, retry: false, failure: { status: 400 } })
    const failed = await sendPetition(`/__lt-test__/submit/error-500/${ledger}`, body, options)
    expect(failed).toMatchObject({ ok: false, retry: true, failure: { status: 500 } })
  })
})
