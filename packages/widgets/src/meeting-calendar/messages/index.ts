import { defineCatalog, type MessageCatalog } from '../../locales/index.js'
import type { vi } from './vi.js'

/**
 * The messages only `<lt-meeting-calendar>` uses (views, navigation, the grids' names and help,
 * filters, the legend): each language (Vietnamese too) a chunk of its own, loaded when the page
 * speaks it. Those it shares with `<lt-weekly-schedule>` (weekdays,
 * conflicts, kinds and statuses of meetings) stay in the widgets' shared catalog.
 */
export const calendarMessages: MessageCatalog<typeof vi> = defineCatalog({
  vi: () => import('./vi.js').then((module) => module.vi),
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})

/** The key of a message of {@link calendarMessages}. */
export type CalendarMessageKey = keyof typeof vi
