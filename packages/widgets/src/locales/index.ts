import { defineCatalog, type MessageCatalog } from './catalog.js'
import { vi } from './vi.js'

export {
  defineCatalog,
  type CatalogMessages,
  type MessageCatalog,
  type ReferenceMessages,
} from './catalog.js'
export type { MessageKey, MessageParams, Messages, ParamsOf } from './types.js'

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
 * The widgets' messages: Vietnamese at hand, each other language a chunk of its own loaded on
 * first use, so a page downloads only the language it speaks (a locale without a loader is a
 * compile error).
 *
 * @category Localization
 * @example
 * ```ts
 * import { messages } from './index.js'
 *
 * messages.get('vi')?.['nav.today'] // 'Hôm nay'
 * const ja = await messages.load('ja')
 * ja['action.retry'] // '再試行'
 * ```
 */
export const messages: MessageCatalog<typeof vi> = defineCatalog(vi, {
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})
