import { defineCatalog, type MessageCatalog } from '../../locales/index.js'
import type { vi } from './vi.js'

/**
 * The messages only `<lt-weekly-schedule>` uses (its title, columns, navigation and filters):
 * each language (Vietnamese too) a chunk of its own loaded when the
 * page speaks it. Those it shares with `<lt-meeting-calendar>` (weekdays, sessions, conflicts,
 * kinds and statuses of meetings) stay in the widgets' shared catalog.
 */
export const scheduleMessages: MessageCatalog<typeof vi> = defineCatalog({
  vi: () => import('./vi.js').then((module) => module.vi),
  en: () => import('./en.js').then((module) => module.en),
  ja: () => import('./ja.js').then((module) => module.ja),
  ru: () => import('./ru.js').then((module) => module.ru),
  ur: () => import('./ur.js').then((module) => module.ur),
})

/** The key of a message of {@link scheduleMessages}. */
export type ScheduleMessageKey = keyof typeof vi
