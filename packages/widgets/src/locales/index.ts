import { en } from './en.js'
import { ja } from './ja.js'
import { ru } from './ru.js'
import type { Messages } from './types.js'
import { ur } from './ur.js'
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
 * Every catalog by locale; a locale without a catalog is a compile error.
 *
 * @category Localization
 * @example
 * ```ts
 * import { catalogs } from './index.js'
 *
 * catalogs.ja['action.retry'] // '再試行'
 * ```
 */
export const catalogs: Readonly<Record<Locale, Messages>> = { vi, en, ja, ru, ur }
