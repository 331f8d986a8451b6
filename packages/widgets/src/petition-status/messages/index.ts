import { defineCatalog, type MessageCatalog } from '../../locales/index.js'
import type { vi } from './vi.js'

/**
 * The messages only `<lt-petition-status>` uses (the look-up, stages, events, deadline
 * statuses): each language (Vietnamese too) a chunk of its own
 * loaded when the page speaks it. The messages it shares with `<lt-petition-form>` (kinds, time
 * limits, the error summary) stay in the widgets' shared catalog.
 */
export const statusMessages: MessageCatalog<typeof vi> = defineCatalog({
  vi: () => import('./vi.js').then((module) => module.vi),
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})

/** The key of a message of {@link statusMessages}. */
export type StatusMessageKey = keyof typeof vi
