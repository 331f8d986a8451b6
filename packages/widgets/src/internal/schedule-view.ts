import type { Meeting } from '@lienthong/core/meeting'
import { html, svg, type TemplateResult } from 'lit'
import type { MessageKey } from '../locales/index.js'
import { fetchFailureMessage } from './fetch-json.js'
import type { LocaleController } from './locale-controller.js'
import type { ScheduleSource } from './schedule-source.js'

/** The message keys of the days of the week, Monday first. */
export const weekdayKeys = [
  'weekday.monday',
  'weekday.tuesday',
  'weekday.wednesday',
  'weekday.thursday',
  'weekday.friday',
  'weekday.saturday',
  'weekday.sunday',
] as const satisfies readonly MessageKey[]

/** The message keys of the statuses of a meeting not going ahead as planned. */
export const statusKeys: Partial<
  Record<
    Meeting['status'],
    'meeting.status.tentative' | 'meeting.status.postponed' | 'meeting.status.cancelled'
  >
> = {
  tentative: 'meeting.status.tentative',
  postponed: 'meeting.status.postponed',
  cancelled: 'meeting.status.cancelled',
}

/** The path of the warning icon of conflict marks (a 24×24 `viewBox`). */
export const warningIcon = svg`<path d="M12 2 1 21h22L12 2zm0 4.2L19.5 19h-15L12 6.2zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z"/>`

/** A filter option: an id and the name shown for it. */
export interface FilterOption {
  readonly value: string
  readonly label: string
}

/** Filter options for `ids`, named by `label` and sorted by name in the page's language. */
export function filterOptions(
  i18n: LocaleController,
  ids: Iterable<string>,
  label: (id: string) => string,
): FilterOption[] {
  const collator = new Intl.Collator(i18n.lang)
  return [...ids]
    .map((value) => ({ value, label: label(value) }))
    .sort((a, b) => collator.compare(a.label, b.label))
}

/** The `<option>`s of a filter select, `selected` marked. */
export function renderFilterOptions(
  options: readonly FilterOption[],
  selected: string,
): TemplateResult[] {
  return options.map(
    (option) =>
      html`<option value=${option.value} ?selected=${option.value === selected}>
        ${option.label}
      </option>`,
  )
}

/**
 * The loading message or the error box (with its retry button) of a schedule element while its
 * `src` is loading or has failed; `undefined` when there is data to show.
 */
export function renderLoadState(
  i18n: LocaleController,
  source: ScheduleSource,
  options: {
    readonly loadingClass: string
    readonly retryPart: string
    readonly retry: () => void
  },
): TemplateResult | undefined {
  const t = i18n.t.bind(i18n)
  if (source.state === 'loading') {
    return html`<div class=${options.loadingClass} role="status" part="loading">
      <p>${t('state.loading')}</p>
    </div>`
  }
  const failure = source.failure
  if (source.state === 'error' && failure) {
    return html`<div class="state error" role="alert" part="error">
      <p class="error-title">${t('error.title')}</p>
      <p>${fetchFailureMessage(failure, i18n.locale)}</p>
      <button
        type="button"
        class="lt-button retry"
        part=${options.retryPart}
        @click=${() => {
          options.retry()
        }}
      >
        ${t('action.retry')}
      </button>
    </div>`
  }
  return undefined
}
