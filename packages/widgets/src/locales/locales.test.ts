import { describe, expect, test } from 'vitest'
import { messages, supportedLocales, type Locale } from './index.js'
import type { Messages } from './types.js'
import { vi } from './vi.js'

const catalogs = Object.fromEntries(
  await Promise.all(supportedLocales.map(async (locale) => [locale, await messages.load(locale)])),
) as Record<Locale, Messages>

const placeholders = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()

describe('message catalogs', () => {
  const referenceKeys = Object.keys(vi).sort()

  test.each(supportedLocales)('%s has exactly the keys of vi', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(referenceKeys)
  })

  test.each(supportedLocales)('%s uses the same placeholders as vi in every message', (locale) => {
    for (const key of referenceKeys) {
      const message = catalogs[locale][key as keyof typeof vi]
      expect(message.trim(), `${locale} ${key}`).not.toBe('')
      expect(placeholders(message), `${locale} ${key}`).toEqual(
        placeholders(vi[key as keyof typeof vi]),
      )
    }
  })

  test.each(supportedLocales.filter((locale) => locale !== 'vi'))(
    '%s is translated (no message left in Vietnamese)',
    (locale) => {
      for (const key of referenceKeys) {
        const message = catalogs[locale][key as keyof typeof vi]
        expect(message, `${locale} ${key}`).not.toBe(vi[key as keyof typeof vi])
      }
    },
  )

  test('every catalog is its own module, and stays loaded once loaded', async () => {
    for (const locale of supportedLocales) {
      expect(messages.get(locale)).toBe(catalogs[locale])
      expect(await messages.load(locale)).toBe(catalogs[locale])
    }
    expect(catalogs.en).not.toBe(catalogs.vi)
  })

  test('the sessions of the day are Sáng, Chiều, Tối', () => {
    expect([vi['session.morning'], vi['session.afternoon'], vi['session.evening']]).toEqual([
      'Sáng',
      'Chiều',
      'Tối',
    ])
  })
})
