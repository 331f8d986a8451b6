/**
 * `@lienthong/widgets`: Lit web components for government portals.
 *
 * This entry point exports the classes and helpers only and registers nothing, so importing it
 * has no side effects. To register every element under its `lt-` tag, import
 * `@lienthong/widgets/define`; on a page without a build step, load the self-contained bundle
 * `@lienthong/widgets/cdn` (`dist/cdn/lienthong-widgets.js`).
 *
 * @packageDocumentation
 */

export { LienthongElement } from './internal/lienthong-element.js'
export {
  MeetingCalendar,
  type CalendarRangeChangeDetail,
  type CalendarView,
  type SelectDetail,
} from './meeting-calendar/meeting-calendar.js'
export { WeeklySchedule } from './weekly-schedule/weekly-schedule.js'
export {
  PetitionStatus,
  type PetitionLookupDetail,
  type PetitionStatusErrorDetail,
  type TrackingCodeProblem,
} from './petition-status/petition-status.js'
export {
  parsePetitionStatus,
  type PetitionStatusData,
  type PetitionStatusDueDate,
  type PetitionStatusStep,
} from './petition-status/status-data.js'
export {
  PetitionForm,
  type PetitionFormErrorDetail,
  type PetitionSubmitDetail,
  type PetitionSubmittedDetail,
} from './petition-form/petition-form.js'
export type { RangeChangeDetail } from './internal/events.js'
export {
  detectScheduleConflicts,
  parseScheduleDocument,
  type InvalidItem,
  type ScheduleConflict,
  type ScheduleData,
  type ScheduleDocument,
} from './internal/schedule-data.js'
export { LocaleController } from './internal/locale-controller.js'
export {
  defaultLocale,
  defaultTimeZone,
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
  translateFrom,
} from './internal/i18n.js'
export { baseStyles } from './internal/styles.js'
export {
  defaultFetchTimeoutMs,
  fetchFailureMessage,
  fetchJson,
  type FetchFailureReason,
  type FetchJsonFailure,
  type FetchJsonOptions,
  type FetchJsonResult,
  type Validator,
} from './internal/fetch-json.js'
export {
  defineCatalog,
  supportedLocales,
  type CatalogLoaders,
  type CatalogMessages,
  type Locale,
  type MessageCatalog,
  type MessageKey,
  type MessageParams,
  type Messages,
  type ParamsOf,
  type ReferenceMessages,
} from './locales/index.js'
