import { randomUUID } from 'node:crypto'
import { generateSampleData } from '@lienthong/core/sample'
import type { Hono } from 'hono'
import { createApp, type AppOptions } from '../src/app.js'
import type { ErrorBody, PetitionReceipt, PetitionSubmission } from '../src/contract.js'
import { openSqliteStorage } from '../src/storage/sqlite.js'

/** A small sample city, generated once per test file. */
export const sample = generateSampleData({ seed: 7, scale: 0.1 })

/** The app on a fresh in-memory database seeded with `sample`. */
export function testApp(options: Partial<AppOptions> = {}): Hono {
  const storage = openSqliteStorage({ path: ':memory:', seed: () => sample })
  return createApp({
    storage,
    receivingOfficeId: 'vp-tu',
    rateLimit: { burst: 1000, perMinute: 1000 },
    ...options,
  })
}

/** A valid submission, as the petition form sends it. */
export function aSubmission(overrides: Partial<PetitionSubmission> = {}): PetitionSubmission {
  return {
    kinds: ['recommendation'],
    petitioner: { name: 'Phạm Thị Dung', phone: '0912345678', address: 'Số 5 ngõ 12 phố Đội Cấn' },
    subject: 'Kiến nghị lắp đèn đường ngõ 12',
    content: 'Ngõ 12 phố Đội Cấn không có đèn chiếu sáng, người dân đi lại khó khăn vào ban đêm.',
    ...overrides,
  }
}

/** POSTs a body (JSON unless it is a string) to /api/petitions. */
export function submit(
  app: Hono,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> | Response {
  return app.request('/api/petitions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export async function receiptOf(response: Response): Promise<PetitionReceipt> {
  return (await response.json()) as PetitionReceipt
}

export async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ((await response.json()) as ErrorBody).error
}
