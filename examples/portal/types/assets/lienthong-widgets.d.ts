// What the page script uses from the widgets' bundle, which the server serves at
// /assets/lienthong-widgets.js (the page has no build step; `rootDirs` in tsconfig.json lets
// `public/portal.js` import it by that relative URL). The full types are in @lienthong/widgets.

/** A message of the widgets' catalogs in a language; undefined for an unknown key. */
export function translate(locale: string, key: string): string | undefined
/** A number formatted for an `Intl` locale. */
export function formatNumber(locale: string, value: number): string
/** The `Intl` locale of a language tag (`vi` → `vi-VN`). */
export function intlLocale(tag: string): string
