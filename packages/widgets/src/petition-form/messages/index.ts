import { defineCatalog, type MessageCatalog } from '../../locales/index.js'
import type { vi } from './vi.js'

/**
 * The messages only `<lt-petition-form>` uses: each language (Vietnamese too) a chunk of its own,
 * loaded when the page speaks it, so pages without the form do not
 * download them. The messages it shares with `<lt-petition-status>` (kinds, time limits, the
 * error summary) stay in the widgets' shared catalog.
 */
export const formMessages: MessageCatalog<typeof vi> = defineCatalog({
  vi: () => import('./vi.js').then((module) => module.vi),
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})

/** The key of a message of {@link formMessages}. */
export type FormMessageKey = keyof typeof vi
