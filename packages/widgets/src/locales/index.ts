import type { Messages } from './types.js'
import { vi } from './vi.js'

export type { MessageKey, MessageParams, Messages } from './types.js'

/**
 * The languages the widgets speak, Vietnamese first (the default).
 *
 * @category Localization
 * @example
 * ```ts
 * import { supportedLocales } from '@lienthong/widgets'
 *
 * supportedLocales // ['vi', 'en', 'ja', 'ru', 'ur']
 * ```
 */
export const supportedLocales = ['vi', 'en', 'ja', 'ru', 'ur'] as const

/**
 * One of the {@link supportedLocales}.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { Locale } from '@lienthong/widgets'
 *
 * const locale: Locale = 'ur'
 * ```
 */
export type Locale = (typeof supportedLocales)[number]

/**
 * Loads the catalog of each language other than Vietnamese, each in a chunk of its own, so a page
 * downloads only the language it speaks; a locale without a loader is a compile error.
 */
const loaders: Readonly<Record<Exclude<Locale, 'vi'>, () => Promise<Messages>>> = {
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
}

/** The catalogs at hand: Vietnamese (the fallback) always, the others once loaded. */
const loaded = new Map<Locale, Messages>([['vi', vi]])
const loading = new Map<Locale, Promise<Messages>>()

/**
 * The catalog of a locale if it is at hand (always for `vi`), without loading it.
 *
 * @category Localization
 * @param locale - A supported locale.
 * @returns The catalog, or `undefined` until {@link loadCatalog} has loaded it.
 * @example
 * ```ts
 * import { catalogIfLoaded } from './index.js'
 *
 * catalogIfLoaded('vi')?.['nav.today'] // 'Hôm nay'
 * ```
 */
export function catalogIfLoaded(locale: Locale): Messages | undefined {
  return loaded.get(locale)
}

/**
 * The catalog of a locale, loaded on first use (one request per language, shared by every
 * caller). Rejects when the chunk cannot be loaded; a later call tries again.
 *
 * @category Localization
 * @param locale - A supported locale.
 * @returns The catalog.
 * @example
 * ```ts
 * import { loadCatalog } from './index.js'
 *
 * const ja = await loadCatalog('ja')
 * ja['action.retry'] // '再試行'
 * ```
 */
export function loadCatalog(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale)
  if (ready) return Promise.resolve(ready)
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'vi'>]().then(
      (catalog) => {
        loaded.set(locale, catalog)
        loading.delete(locale)
        return catalog
      },
      (error: unknown) => {
        loading.delete(locale)
        throw error
      },
    )
    loading.set(locale, pending)
  }
  return pending
}
