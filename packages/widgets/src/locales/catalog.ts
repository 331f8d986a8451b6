import type { Locale } from './index.js'

/**
 * A Vietnamese reference catalog: message keys to texts, declared `as const` so that the
 * `{placeholders}` of each message are part of its type.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { ReferenceMessages } from '@lienthong/widgets'
 *
 * const vi = { 'greeting.hello': 'Xin chào {name}' } as const satisfies ReferenceMessages
 * ```
 */
export type ReferenceMessages = Readonly<Record<string, string>>

/**
 * The messages of a catalog in one language: a text for every key of its Vietnamese reference.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { CatalogMessages } from '@lienthong/widgets'
 *
 * const vi = { 'greeting.hello': 'Xin chào {name}' } as const
 * const en: CatalogMessages<typeof vi> = { 'greeting.hello': 'Hello {name}' }
 * ```
 */
export type CatalogMessages<V extends ReferenceMessages> = Readonly<Record<keyof V, string>>

/**
 * A set of messages in every supported language: Vietnamese at hand, the other languages each
 * loaded on first use from a chunk of its own, so a page downloads only the language it speaks.
 * The widgets' own messages are one such catalog; an element with many messages of its own keeps
 * them in another (see {@link defineCatalog}), so that pages without it do not download them.
 *
 * @category Localization
 * @example
 * ```ts
 * import { defineCatalog } from '@lienthong/widgets'
 *
 * const greetings = defineCatalog({ 'greeting.hello': 'Xin chào' } as const, {
 *   en: () => Promise.resolve({ 'greeting.hello': 'Hello' }),
 *   ja: () => Promise.resolve({ 'greeting.hello': 'こんにちは' }),
 *   ru: () => Promise.resolve({ 'greeting.hello': 'Здравствуйте' }),
 *   ur: () => Promise.resolve({ 'greeting.hello': 'السلام علیکم' }),
 * })
 * greetings.get('vi')?.['greeting.hello'] // 'Xin chào'
 * ```
 */
export interface MessageCatalog<V extends ReferenceMessages> {
  /** The Vietnamese reference, always at hand: the fallback of every other language. */
  readonly vi: V
  /** The messages of a locale if they are at hand (always for `vi`), without loading them. */
  get(locale: Locale): CatalogMessages<V> | undefined
  /**
   * The messages of a locale, loaded on first use (one request per language, shared by every
   * caller). Rejects when they cannot be loaded; a later call tries again.
   */
  load(locale: Locale): Promise<CatalogMessages<V>>
}

/**
 * Defines a {@link MessageCatalog}: the Vietnamese reference, and for each other supported
 * language a function that loads its messages, typically `() => import('./en.js').then((m) =>
 * m.en)` so that each language is a chunk of its own. A language without a loader, or a loader
 * whose messages miss a key of the reference, is a compile error.
 *
 * @category Localization
 * @param vi - The Vietnamese messages, declared `as const`.
 * @param loaders - How to load each other language.
 * @returns The catalog, for `LocaleController.use` and `LocaleController.tFrom`.
 * @example
 * ```ts
 * import { defineCatalog } from '@lienthong/widgets'
 * import { vi } from './messages/vi.js'
 *
 * export const formMessages = defineCatalog(vi, {
 *   en: () => import('./messages/en.js').then((module) => module.en),
 *   ja: () => import('./messages/ja.js').then((module) => module.ja),
 *   ru: () => import('./messages/ru.js').then((module) => module.ru),
 *   ur: () => import('./messages/ur.js').then((module) => module.ur),
 * })
 * ```
 */
export function defineCatalog<V extends ReferenceMessages>(
  vi: V,
  loaders: Readonly<Record<Exclude<Locale, 'vi'>, () => Promise<CatalogMessages<V>>>>,
): MessageCatalog<V> {
  const loaded = new Map<Locale, CatalogMessages<V>>([['vi', vi]])
  const loading = new Map<Locale, Promise<CatalogMessages<V>>>()
  return {
    vi,
    get: (locale) => loaded.get(locale),
    load(locale) {
      const ready = loaded.get(locale)
      if (ready) return Promise.resolve(ready)
      let pending = loading.get(locale)
      if (!pending) {
        pending = loaders[locale as Exclude<Locale, 'vi'>]().then(
          (messages) => {
            loaded.set(locale, messages)
            loading.delete(locale)
            return messages
          },
          (error: unknown) => {
            loading.delete(locale)
            throw error
          },
        )
        loading.set(locale, pending)
      }
      return pending
    },
  }
}
