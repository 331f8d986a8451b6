import { defineCatalog, type MessageCatalog } from './catalog.js'
import type { vi } from './vi.js'

export {
  defineCatalog,
  type CatalogLoaders,
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
 * The widgets' messages: each language, Vietnamese included, a chunk of its own loaded on first
 * use, so a page downloads only the language it speaks (a locale without a loader is a compile
 * error). Vietnamese is the reference of the types and the fallback of the other languages.
 *
 * @category Localization
 * @example
 * ```ts
 * import { messages } from './index.js'
 *
 * const vi = await messages.load('vi')
 * vi['nav.today'] // 'Hôm nay'
 * const ja = await messages.load('ja')
 * ja['action.retry'] // '再試行'
 * ```
 */
export const messages: MessageCatalog<typeof vi> = defineCatalog({
  vi: () => import('./vi.js').then((module) => module.vi),
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})
