import { afterEach, describe, expect, test } from 'vitest'
import {
  deviceStorage,
  draftStorageKey,
  loadStoredPetition,
  newIdempotencyKey,
  removeStoredPetition,
  saveStoredPetition,
  type StoredPetition,
} from './draft-store.js'

const readText = (data: unknown): string => (typeof data === 'string' ? data : '')

afterEach(() => {
  localStorage.clear()
})

describe('draft store', () => {
  test('keys a record by the resolved action URL and the draft key', () => {
    const base = 'https://portal.example.gov.vn/gui-don/'
    expect(draftStorageKey('/api/petitions', 'a', base)).toBe(
      'lienthong:petition-form:v1:https://portal.example.gov.vn/api/petitions#a',
    )
    expect(draftStorageKey('/api/petitions', 'a', base)).not.toBe(
      draftStorageKey('/api/petitions', 'b', base),
    )
    expect(draftStorageKey('', 'a', base)).toBe(
      'lienthong:petition-form:v1:https://portal.example.gov.vn/gui-don/#a',
    )
  })

  test('idempotency keys are fresh UUIDs the server accepts (8–200 visible ASCII characters)', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(50)
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  test('saves, loads and removes a record', () => {
    const storage = deviceStorage()
    const record: StoredPetition<string> = {
      version: 1,
      idempotencyKey: newIdempotencyKey(),
      phase: 'outbox',
      step: 'check',
      data: 'Nội dung đơn',
      body: '{"kinds":["reflection"]}',
      attempts: 2,
      savedAt: '2026-03-02T03:15:00.000Z',
    }
    expect(saveStoredPetition(storage, 'k', record)).toBe(true)
    expect(loadStoredPetition(storage, 'k', readText)).toEqual(record)
    removeStoredPetition(storage, 'k')
    expect(loadStoredPetition(storage, 'k', readText)).toBeUndefined()
  })

  test('an unreadable record is ignored, never thrown', () => {
    const storage = deviceStorage()
    for (const raw of [
      '{not json',
      'null',
      '{"version":2}',
      '{"version":1,"idempotencyKey":"short","phase":"editing"}',
      '{"version":1,"idempotencyKey":"0123456789","phase":"outbox"}',
      '{"version":1,"idempotencyKey":"0123456789","phase":"lost"}',
    ]) {
      localStorage.setItem('k', raw)
      expect(loadStoredPetition(storage, 'k', readText), raw).toBeUndefined()
    }
  })

  test('storage that refuses to save says so instead of throwing', () => {
    const full = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError')
      },
      getItem() {
        throw new DOMException('blocked', 'SecurityError')
      },
      removeItem() {
        throw new DOMException('blocked', 'SecurityError')
      },
    } as unknown as Storage
    const record: StoredPetition<string> = {
      version: 1,
      idempotencyKey: newIdempotencyKey(),
      phase: 'editing',
      step: 'kind',
      data: '',
      savedAt: '',
    }
    expect(saveStoredPetition(full, 'k', record)).toBe(false)
    expect(saveStoredPetition(undefined, 'k', record)).toBe(false)
    expect(loadStoredPetition(full, 'k', readText)).toBeUndefined()
    expect(() => {
      removeStoredPetition(full, 'k')
    }).not.toThrow()
  })
})
