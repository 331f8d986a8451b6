import { describe, expect, test } from 'vitest'
import {
  messages,
  supportedLocales,
  type CatalogMessages,
  type Locale,
  type MessageCatalog,
  type ReferenceMessages,
} from '../../locales/index.js'

const placeholders = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()

/**
 * The completeness checks of an element's own message catalog (see `defineCatalog`), as the
 * shared catalog has them: every language loads, has exactly the keys of the Vietnamese
 * reference, the same `{placeholders}` in every message, no empty message and none left in
 * Vietnamese; and no key is also a key of the shared catalog, where the element's translator
 * would never read it. For tests only; not part of the package.
 */
export function describeCatalog<V extends ReferenceMessages>(
  name: string,
  catalog: MessageCatalog<V>,
): void {
  describe(`${name} message catalog`, () => {
    const load = async (): Promise<Record<Locale, CatalogMessages<V>>> =>
      Object.fromEntries(
        await Promise.all(
          supportedLocales.map(async (locale) => [locale, await catalog.load(locale)] as const),
        ),
      ) as Record<Locale, CatalogMessages<V>>

    test.each(supportedLocales)('%s loads and has exactly the keys of vi', async (locale) => {
      const catalogs = await load()
      expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(catalogs.vi).sort())
    })

    test.each(supportedLocales)(
      '%s uses the same placeholders as vi in every message',
      async (locale) => {
        const catalogs = await load()
        for (const key of Object.keys(catalogs.vi)) {
          const message = catalogs[locale][key] ?? ''
          expect(message.trim(), `${locale} ${key}`).not.toBe('')
          expect(placeholders(message), `${locale} ${key}`).toEqual(
            placeholders(catalogs.vi[key] ?? ''),
          )
        }
      },
    )

    test.each(supportedLocales.filter((locale) => locale !== 'vi'))(
      '%s is translated (no message left in Vietnamese)',
      async (locale) => {
        const catalogs = await load()
        for (const key of Object.keys(catalogs.vi)) {
          expect(catalogs[locale][key], `${locale} ${key}`).not.toBe(catalogs.vi[key])
        }
      },
    )

    test('each language stays loaded once loaded, and none is the Vietnamese one', async () => {
      const catalogs = await load()
      for (const locale of supportedLocales) {
        expect(catalog.get(locale)).toBe(catalogs[locale])
        if (locale !== 'vi') expect(catalogs[locale]).not.toBe(catalogs.vi)
      }
    })

    test('no key is also in the shared catalog', async () => {
      const shared = Object.keys(await messages.load('vi'))
      const referenceKeys = Object.keys(await catalog.load('vi'))
      expect(referenceKeys.filter((key) => shared.includes(key))).toEqual([])
    })
  })
}
