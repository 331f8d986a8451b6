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
 * A set of messages in every supported language, each loaded on first use from a chunk of its
 * own, Vietnamese included, so a page downloads only the language it speaks. Vietnamese is the
 * reference (the keys and `{placeholders}` of every other language, checked at compile time) and
 * the fallback: a language that cannot be loaded is shown in Vietnamese. The widgets' own
 * messages are one such catalog; an element with many messages of its own keeps them in another
 * (see {@link defineCatalog}), so that pages without it do not download them.
 *
 * @category Localization
 * @example
 * ```ts
 * import { defineCatalog } from '@lienthong/widgets'
 *
 * const greetings = defineCatalog({
 *   vi: () => Promise.resolve({ 'greeting.hello': 'Xin chào' } as const),
 *   en: () => Promise.resolve({ 'greeting.hello': 'Hello' }),
 *   ja: () => Promise.resolve({ 'greeting.hello': 'こんにちは' }),
 *   ru: () => Promise.resolve({ 'greeting.hello': 'Здравствуйте' }),
 *   ur: () => Promise.resolve({ 'greeting.hello': 'السلام علیکم' }),
 * })
 * greetings.get('vi') // undefined: not loaded yet
 * ;(await greetings.load('vi'))['greeting.hello'] // 'Xin chào'
 * ```
 */
export interface MessageCatalog<V extends ReferenceMessages> {
  /** The messages of a locale if they are loaded, without loading them. */
  get(locale: Locale): CatalogMessages<V> | undefined
  /**
   * The messages of a locale, loaded on first use (one request per language, shared by every
   * caller). Rejects when they cannot be loaded; a later call tries again.
   */
  load(locale: Locale): Promise<CatalogMessages<V>>
}

/**
 * How to load each supported language of a catalog: Vietnamese, the reference `V` (declared
 * `as const`), and every other language with exactly its keys.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { CatalogLoaders } from '@lienthong/widgets'
 * import type { vi } from './messages/vi.js'
 *
 * declare const loaders: CatalogLoaders<typeof vi>
 * ```
 */
export type CatalogLoaders<V extends ReferenceMessages> = {
  readonly vi: () => Promise<V>
} & Readonly<Record<Exclude<Locale, 'vi'>, () => Promise<CatalogMessages<NoInfer<V>>>>>

/**
 * Defines a {@link MessageCatalog}: for each supported language a function that loads its
 * messages, typically `() => import('./en.js').then((m) => m.en)` so that each language is a
 * chunk of its own. Vietnamese is loaded the same way (import only its type elsewhere, `import
 * type { vi }`, so it stays out of the first load). A language without a loader, or a loader
 * whose messages miss a key of the Vietnamese reference, is a compile error.
 *
 * @category Localization
 * @param loaders - How to load each language, Vietnamese included.
 * @returns The catalog, for `LocaleController.use` and `LocaleController.tFrom`.
 * @example
 * ```ts
 * import { defineCatalog } from '@lienthong/widgets'
 *
 * export const formMessages = defineCatalog({
 *   vi: () => import('./messages/vi.js').then((module) => module.vi),
 *   en: () => import('./messages/en.js').then((module) => module.en),
 *   ja: () => import('./messages/ja.js').then((module) => module.ja),
 *   ru: () => import('./messages/ru.js').then((module) => module.ru),
 *   ur: () => import('./messages/ur.js').then((module) => module.ur),
 * })
 * ```
 */
export function defineCatalog<V extends ReferenceMessages>(
  loaders: CatalogLoaders<V>,
): MessageCatalog<V> {
  const loaded = new Map<Locale, CatalogMessages<V>>()
  const loading = new Map<Locale, Promise<CatalogMessages<V>>>()
  return {
    get: (locale) => loaded.get(locale),
    load(locale) {
      const ready = loaded.get(locale)
      if (ready) return Promise.resolve(ready)
      let pending = loading.get(locale)
      if (!pending) {
        pending = loaders[locale]().then(
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
