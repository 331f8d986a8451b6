import { afterEach, describe, expect, test } from 'vitest'
import { supportedLocales } from '../locales/index.js'
import {
  direction,
  findLanguageTag,
  formatDate,
  formatNumber,
  formatTime,
  intlLocale,
  isLocaleLoaded,
  loadLocale,
  resolveLanguage,
  toLocale,
  translate,
} from './i18n.js'

const originalLang = document.documentElement.getAttribute('lang')

afterEach(() => {
  document.body.replaceChildren()
  if (originalLang === null) document.documentElement.removeAttribute('lang')
  else document.documentElement.setAttribute('lang', originalLang)
})

/** `<div id=outer-host>` with an open shadow root holding `<section>` → `<span>`. */
function nestedInShadow(): { outerHost: HTMLElement; section: HTMLElement; inner: HTMLElement } {
  const outerHost = document.body.appendChild(document.createElement('div'))
  const root = outerHost.attachShadow({ mode: 'open' })
  const section = root.appendChild(document.createElement('section'))
  const inner = section.appendChild(document.createElement('span'))
  return { outerHost, section, inner }
}

describe('toLocale', () => {
  test.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['en_US', 'en'],
    ['ja-JP', 'ja'],
    ['ru', 'ru'],
    ['ur-PK', 'ur'],
    ['fr', 'vi'],
    ['zh-Hant-TW', 'vi'],
    ['', 'vi'],
    [undefined, 'vi'],
    [null, 'vi'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale)
  })
})

describe('direction', () => {
  test('Urdu is right to left, the others left to right', () => {
    expect(direction('ur')).toBe('rtl')
    for (const locale of ['vi', 'en', 'ja', 'ru'] as const) expect(direction(locale)).toBe('ltr')
  })
})

describe('intlLocale', () => {
  test('uses the usual region for a bare language, Vietnamese as vi-VN', () => {
    expect(intlLocale('vi')).toBe('vi-VN')
    expect(intlLocale('en')).toBe('en-GB')
    expect(intlLocale('ja')).toBe('ja-JP')
    expect(intlLocale('ru')).toBe('ru-RU')
    expect(intlLocale('ur')).toBe('ur-PK')
    expect(intlLocale(undefined)).toBe('vi-VN')
  })

  test("keeps the page's region for a supported language", () => {
    expect(intlLocale('en-US')).toBe('en-US')
    expect(intlLocale('en_us')).toBe('en-US')
    expect(intlLocale('ur-IN')).toBe('ur-IN')
  })

  test('falls back to Vietnamese for unsupported or malformed tags', () => {
    expect(intlLocale('fr-FR')).toBe('vi-VN')
    expect(intlLocale('en-!!')).toBe('en-GB')
  })
})

describe('resolveLanguage', () => {
  test('reads lang on <html>', () => {
    document.documentElement.lang = 'ja'
    const { inner } = nestedInShadow()
    expect(resolveLanguage(inner)).toBe('ja')
  })

  test('falls back to Vietnamese when no ancestor has lang', () => {
    document.documentElement.removeAttribute('lang')
    const { inner } = nestedInShadow()
    expect(findLanguageTag(inner)).toBeUndefined()
    expect(resolveLanguage(inner)).toBe('vi')
  })

  test('the nearest lang wins: an ancestor div over <html>', () => {
    document.documentElement.lang = 'vi'
    const wrapper = document.body.appendChild(document.createElement('div'))
    wrapper.lang = 'ru'
    const inner = wrapper.appendChild(document.createElement('p'))
    expect(resolveLanguage(inner)).toBe('ru')
  })

  test('crosses a shadow root to the lang on its host', () => {
    document.documentElement.lang = 'vi'
    const { outerHost, inner } = nestedInShadow()
    outerHost.lang = 'en-GB'
    expect(findLanguageTag(inner)).toBe('en-GB')
    expect(resolveLanguage(inner)).toBe('en')
  })

  test('crosses several shadow roots and stops at the first lang inside them', () => {
    document.documentElement.lang = 'en'
    const { outerHost, section, inner } = nestedInShadow()
    outerHost.lang = 'ja'
    const innerHost = inner.appendChild(document.createElement('div'))
    const deep = innerHost.attachShadow({ mode: 'open' }).appendChild(document.createElement('b'))
    expect(resolveLanguage(deep)).toBe('ja')
    section.lang = 'ur'
    expect(resolveLanguage(deep)).toBe('ur')
  })

  test('reads lang on the element itself and skips empty values', () => {
    document.documentElement.lang = 'ru'
    const element = document.body.appendChild(document.createElement('div'))
    element.lang = ''
    expect(resolveLanguage(element)).toBe('ru')
    element.lang = 'ur'
    expect(resolveLanguage(element)).toBe('ur')
  })

  test('an unsupported language gives Vietnamese', () => {
    document.documentElement.lang = 'de-DE'
    expect(resolveLanguage(document.body)).toBe('vi')
  })
})

describe('translate', () => {
  test('gives the key until Vietnamese is loaded, then Vietnamese until the language is loaded', async () => {
    expect(isLocaleLoaded('vi')).toBe(false)
    expect(isLocaleLoaded('ru')).toBe(false)
    expect(translate('vi', 'weekday.sunday')).toBe('weekday.sunday')
    await loadLocale('vi')
    expect(isLocaleLoaded('vi')).toBe(true)
    expect(translate('vi', 'weekday.sunday')).toBe('Chủ nhật')
    expect(translate('ru', 'weekday.sunday')).toBe('Chủ nhật')
    await loadLocale('ru')
    expect(isLocaleLoaded('ru')).toBe(true)
    expect(translate('ru', 'weekday.sunday')).toBe('Воскресенье')
  })

  test('reads the catalog of the locale', async () => {
    await Promise.all(supportedLocales.map(loadLocale))
    expect(translate('vi', 'session.morning')).toBe('Sáng')
    expect(translate('en', 'session.afternoon')).toBe('Afternoon')
    expect(translate('ja', 'nav.today')).toBe('今日')
    expect(translate('ru', 'weekday.sunday')).toBe('Воскресенье')
    expect(translate('ur', 'action.retry')).toBe('دوبارہ کوشش کریں')
  })

  test('fills placeholders, formatting numbers for the locale', async () => {
    await loadLocale('en')
    expect(translate('en', 'error.server', { status: 503 })).toBe(
      'The server reported an error (code 503). Try again later.',
    )
    expect(translate('vi', 'error.server', { status: 500 })).toContain('(mã 500)')
  })
})

describe('Intl helpers', () => {
  const instant = new Date('2025-09-02T07:30:00Z') // 14:30 in Hà Nội

  test("dates and times default to Vietnam's time zone", () => {
    expect(formatTime('vi-VN', instant)).toBe('14:30')
    expect(formatTime('en-GB', instant)).toBe('14:30')
    expect(formatTime('en-GB', instant, { timeStyle: 'short', timeZone: 'UTC' })).toBe('07:30')
    expect(formatDate('en-GB', new Date('2025-09-01T20:00:00Z'))).toBe('2 September 2025')
  })

  test('formats in the language asked for', () => {
    expect(formatDate('vi-VN', instant, { weekday: 'long' })).toBe('Thứ Ba')
    expect(formatDate('ja-JP', instant, { weekday: 'long' })).toBe('火曜日')
    expect(formatNumber('vi-VN', 419949)).toBe('419.949')
    expect(formatNumber('en-GB', 419949)).toBe('419,949')
    expect(formatNumber('ru-RU', 10306)).toBe('10\u00a0306')
  })
})
