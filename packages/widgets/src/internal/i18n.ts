import {
  messages,
  supportedLocales,
  type Locale,
  type MessageCatalog,
  type MessageKey,
  type MessageParams,
  type ParamsOf,
  type ReferenceMessages,
} from '../locales/index.js'

/**
 * The locale used when no `lang` attribute is found or its language is not supported.
 *
 * @category Localization
 * @example
 * ```ts
 * import { defaultLocale } from '@lienthong/widgets'
 *
 * defaultLocale // 'vi'
 * ```
 */
export const defaultLocale: Locale = 'vi'

/**
 * The time zone dates and times are shown in unless a caller says otherwise: the offices the
 * widgets serve publish their schedules in Vietnam's time.
 *
 * @category Localization
 * @example
 * ```ts
 * import { defaultTimeZone } from '@lienthong/widgets'
 *
 * defaultTimeZone // 'Asia/Ho_Chi_Minh'
 * ```
 */
export const defaultTimeZone = 'Asia/Ho_Chi_Minh'

/** The `Intl` locale used for each supported language when `lang` names no region. */
const intlDefaults: Readonly<Record<Locale, string>> = {
  vi: 'vi-VN',
  en: 'en-GB',
  ja: 'ja-JP',
  ru: 'ru-RU',
  ur: 'ur-PK',
}

function isLocale(value: string): value is Locale {
  return (supportedLocales as readonly string[]).includes(value)
}

/**
 * The parent of a node in the sense of language inheritance: the parent element, or, at the top
 * of a shadow tree, the shadow root's host element.
 */
function languageParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement
  const parent = element.parentNode
  // A ShadowRoot is a DocumentFragment with a host; checked structurally to work across frames.
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) {
    return (parent as ShadowRoot).host
  }
  return null
}

/**
 * The nearest non-empty `lang` attribute, walking up through parent elements and across shadow
 * roots to their host elements, up to `<html>`. Runs in O(depth of the element).
 *
 * @category Localization
 * @param element - The element whose language is wanted (it may carry `lang` itself).
 * @returns The attribute's value, trimmed, or `undefined` when no ancestor has one.
 * @example
 * ```ts
 * import { findLanguageTag } from '@lienthong/widgets'
 *
 * document.documentElement.lang = 'en-GB'
 * findLanguageTag(document.body) // 'en-GB'
 * ```
 */
export function findLanguageTag(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = languageParent(node)) {
    const lang = node.getAttribute('lang')?.trim()
    if (lang) return lang
  }
  return undefined
}

/**
 * Maps a BCP 47 language tag to a supported locale: the primary language subtag decides
 * (`en-GB` → `en`, `ur-PK` → `ur`, `VI` → `vi`); an unsupported or missing tag gives `vi`.
 *
 * @category Localization
 * @param tag - A language tag such as the value of a `lang` attribute.
 * @returns One of the {@link supportedLocales}.
 * @example
 * ```ts
 * import { toLocale } from '@lienthong/widgets'
 *
 * toLocale('en-GB') // 'en'
 * toLocale('fr') // 'vi'
 * toLocale(undefined) // 'vi'
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? ''
  return isLocale(primary) ? primary : defaultLocale
}

/**
 * The locale an element should speak: from the nearest `lang` attribute (also across shadow
 * roots, see {@link findLanguageTag}), mapped with {@link toLocale}; `vi` when there is none.
 *
 * @category Localization
 * @param element - The element, connected or not.
 * @returns One of the {@link supportedLocales}.
 * @example
 * ```ts
 * import { resolveLanguage } from '@lienthong/widgets'
 *
 * const box = document.createElement('div')
 * box.lang = 'ja'
 * const inner = box.appendChild(document.createElement('span'))
 * resolveLanguage(inner) // 'ja'
 * ```
 */
export function resolveLanguage(element: Element): Locale {
  return toLocale(findLanguageTag(element))
}

/**
 * The writing direction of a locale: `rtl` for Urdu, `ltr` for the others.
 *
 * @category Localization
 * @param locale - A supported locale.
 * @returns `'rtl'` or `'ltr'`.
 * @example
 * ```ts
 * import { direction } from '@lienthong/widgets'
 *
 * direction('ur') // 'rtl'
 * direction('vi') // 'ltr'
 * ```
 */
export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ur' ? 'rtl' : 'ltr'
}

/**
 * The locale given to `Intl` for a language tag: the tag itself (canonicalized) when it names a
 * supported language with a region (`en-US`), otherwise the locale's usual region (`vi` → `vi-VN`,
 * `en` → `en-GB`, `ja` → `ja-JP`, `ru` → `ru-RU`, `ur` → `ur-PK`).
 *
 * @category Localization
 * @param tag - A language tag such as the value of a `lang` attribute.
 * @returns A BCP 47 tag accepted by every `Intl` constructor.
 * @example
 * ```ts
 * import { intlLocale } from '@lienthong/widgets'
 *
 * intlLocale('vi') // 'vi-VN'
 * intlLocale('en-US') // 'en-US'
 * intlLocale('fr-FR') // 'vi-VN'
 * ```
 */
export function intlLocale(tag: string | null | undefined): string {
  const locale = toLocale(tag)
  const trimmed = tag?.trim().replaceAll('_', '-') ?? ''
  if (trimmed.includes('-')) {
    try {
      const [canonical] = Intl.getCanonicalLocales(trimmed)
      if (canonical && new Intl.Locale(canonical).language === locale) return canonical
    } catch {
      // Not a well-formed tag: fall back to the locale's usual region.
    }
  }
  return intlDefaults[locale]
}

/**
 * Loads the messages of a locale, so that {@link translate} speaks it. Every language,
 * Vietnamese included, is a chunk of its own, downloaded once, on first use, so a page pays only
 * for the language it speaks. The elements call this themselves (through
 * {@link LocaleController}) and render once the messages are there. Never rejects: when the
 * chunk cannot be loaded (a network failure), it warns on the console and loads Vietnamese in
 * its place, the fallback; a later call tries again.
 *
 * @category Localization
 * @param locale - A supported locale.
 * @returns A promise settled when the locale's messages are at hand, or known to be missing.
 * @example
 * ```ts
 * import { loadLocale, translate } from '@lienthong/widgets'
 *
 * await loadLocale('ja')
 * translate('ja', 'action.retry') // '再試行'
 * ```
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await loadCatalogs(locale, [messages])
}

/**
 * Loads the messages of a locale from several catalogs at once; like {@link loadLocale}, never
 * rejects: a catalog whose locale cannot be loaded is warned about and its Vietnamese, the
 * fallback, is loaded instead (if that fails too, the message keys are all there is to show).
 * Internal: `LocaleController` loads its host's catalogs with it.
 */
export async function loadCatalogs(
  locale: Locale,
  catalogs: readonly MessageCatalog<ReferenceMessages>[],
): Promise<void> {
  await Promise.all(catalogs.map((catalog) => loadWithFallback(catalog, locale)))
}

async function loadWithFallback(
  catalog: MessageCatalog<ReferenceMessages>,
  locale: Locale,
): Promise<void> {
  if (catalog.get(locale)) return
  try {
    await catalog.load(locale)
  } catch (error) {
    console.warn(`lienthong widgets: the ${locale} messages could not be loaded`, error)
    if (locale !== defaultLocale) await loadWithFallback(catalog, defaultLocale)
  }
}

/**
 * Whether the messages of a locale are at hand, see {@link loadLocale}.
 *
 * @category Localization
 * @param locale - A supported locale.
 * @returns `true` once {@link translate} can speak the locale.
 * @example
 * ```ts
 * import { isLocaleLoaded } from '@lienthong/widgets'
 *
 * await loadLocale('vi')
 * isLocaleLoaded('vi') // true
 * ```
 */
export function isLocaleLoaded(locale: Locale): boolean {
  return messages.get(locale) !== undefined
}

/**
 * A message in a locale, with its `{placeholders}` filled in. Numbers are formatted for the
 * locale (`1234` → `1.234` in Vietnamese). Every language is loaded on demand (see
 * {@link loadLocale}): until a locale is loaded its messages are given in Vietnamese if that is
 * loaded, else as their keys (never an exception: a page whose messages could not be downloaded
 * at all still shows something to act on).
 *
 * @category Localization
 * @param locale - The catalog to read.
 * @param key - The message.
 * @param params - The placeholder values, required exactly when the message has placeholders.
 * @returns The translated text.
 * @example
 * ```ts
 * import { loadLocale, translate } from '@lienthong/widgets'
 *
 * await Promise.all([loadLocale('en'), loadLocale('vi')])
 * translate('en', 'error.server', { status: 503 })
 * // 'The server reported an error (code 503). Try again later.'
 * translate('vi', 'nav.today') // 'Hôm nay'
 * ```
 */
export function translate<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...params: MessageParams<K>
): string {
  return translateFrom(messages, locale, key, ...params)
}

/**
 * A message of a catalog other than the widgets' own (see {@link defineCatalog}) in a locale,
 * with its `{placeholders}` filled in as {@link translate} does; until the locale's messages of
 * that catalog are loaded, in Vietnamese if that is loaded, else the key.
 *
 * @category Localization
 * @param catalog - The catalog.
 * @param locale - The language.
 * @param key - The message.
 * @param params - The placeholder values, required exactly when the message has placeholders.
 * @returns The translated text.
 * @example
 * ```ts
 * import { defineCatalog, translateFrom } from '@lienthong/widgets'
 *
 * const greetings = defineCatalog({
 *   vi: () => Promise.resolve({ 'greeting.hello': 'Xin chào {name}' } as const),
 *   en: () => Promise.resolve({ 'greeting.hello': 'Hello {name}' }),
 *   ja: () => Promise.resolve({ 'greeting.hello': 'こんにちは {name}' }),
 *   ru: () => Promise.resolve({ 'greeting.hello': 'Здравствуйте, {name}' }),
 *   ur: () => Promise.resolve({ 'greeting.hello': 'السلام علیکم {name}' }),
 * })
 * await greetings.load('vi')
 * translateFrom(greetings, 'vi', 'greeting.hello', { name: 'Lan' }) // 'Xin chào Lan'
 * ```
 */
export function translateFrom<V extends ReferenceMessages, K extends keyof V & string>(
  catalog: MessageCatalog<V>,
  locale: Locale,
  key: K,
  ...params: ParamsOf<V, K>
): string {
  // The key itself is the last resort, when not even Vietnamese could be downloaded.
  const message = (catalog.get(locale) ?? catalog.get(defaultLocale))?.[key] ?? key
  const values: Readonly<Record<string, string | number>> | undefined = params[0]
  if (!values) return message
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name]
    if (value === undefined) return placeholder
    return typeof value === 'number' ? formatNumber(intlDefaults[locale], value) : value
  })
}

const formatterCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

/** Intl formatters are slow to build and cheap to reuse; a calendar formats hundreds of dates. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  create: () => F,
): F {
  let formatter = formatterCache.get(key) as F | undefined
  if (!formatter) {
    if (formatterCache.size >= 200) formatterCache.clear()
    formatter = create()
    formatterCache.set(key, formatter)
  }
  return formatter
}

/**
 * Formats a date (without the time) with `Intl.DateTimeFormat`, in Vietnam's time zone unless
 * `options.timeZone` says otherwise. Without options: `dateStyle: 'long'`.
 *
 * @category Localization
 * @param locale - An `Intl` locale such as `vi-VN` (see {@link intlLocale}).
 * @param date - The instant.
 * @param options - `Intl.DateTimeFormat` options; replace the default style when given.
 * @returns The formatted date.
 * @example
 * ```ts
 * import { formatDate } from '@lienthong/widgets'
 *
 * formatDate('vi-VN', new Date('2025-09-02T01:00:00Z')) // '2 tháng 9, 2025'
 * formatDate('en-GB', new Date('2025-09-02T01:00:00Z'), { weekday: 'long' }) // 'Tuesday'
 * ```
 */
export function formatDate(
  locale: string,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const resolved = { timeZone: defaultTimeZone, ...options }
  const key = `date|${locale}|${JSON.stringify(resolved)}`
  return cached(key, () => new Intl.DateTimeFormat(locale, resolved)).format(date)
}

/**
 * Formats a time of day with `Intl.DateTimeFormat`, in Vietnam's time zone unless
 * `options.timeZone` says otherwise. Without options: `timeStyle: 'short'` (`14:30`).
 *
 * @category Localization
 * @param locale - An `Intl` locale such as `vi-VN` (see {@link intlLocale}).
 * @param date - The instant.
 * @param options - `Intl.DateTimeFormat` options; replace the default style when given.
 * @returns The formatted time.
 * @example
 * ```ts
 * import { formatTime } from '@lienthong/widgets'
 *
 * formatTime('vi-VN', new Date('2025-09-02T07:30:00Z')) // '14:30'
 * ```
 */
export function formatTime(
  locale: string,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = { timeStyle: 'short' },
): string {
  return formatDate(locale, date, options)
}

/**
 * Formats a number with `Intl.NumberFormat`.
 *
 * @category Localization
 * @param locale - An `Intl` locale such as `vi-VN` (see {@link intlLocale}).
 * @param value - The number.
 * @param options - `Intl.NumberFormat` options.
 * @returns The formatted number.
 * @example
 * ```ts
 * import { formatNumber } from '@lienthong/widgets'
 *
 * formatNumber('vi-VN', 419949) // '419.949'
 * formatNumber('en-GB', 0.5, { style: 'percent' }) // '50%'
 * ```
 */
export function formatNumber(
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `number|${locale}|${JSON.stringify(options)}`
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value)
}
