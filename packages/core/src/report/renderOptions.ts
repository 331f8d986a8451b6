import { reportLanguages, type ReportLanguage } from './reportLabels.js'
import { statsError } from '../stats/statsError.js'

/**
 * Options of the report renderers.
 *
 * @category Report
 * @example
 * ```ts
 * import type { RenderReportOptions } from '@lienthong/core/report'
 *
 * const english: RenderReportOptions = { lang: 'en' }
 * ```
 */
export interface RenderReportOptions {
  /** `'vi'` (default) or `'en'`. */
  readonly lang?: ReportLanguage
}

/** The language asked for, checked: a wrong one is a clear error, not English by accident. */
export function languageOf(
  options: RenderReportOptions | undefined,
  subject: string,
): ReportLanguage {
  const lang: unknown = options?.lang ?? 'vi'
  if (!(reportLanguages as readonly unknown[]).includes(lang)) {
    throw statsError(subject, 'invalid_value', ['lang'], { values: reportLanguages })
  }
  return lang as ReportLanguage
}

/** A report as `buildCoordinationReport` returns it (or as parsed back from its JSON). */
export function checkReport(report: unknown, subject: string): void {
  const value = report as Record<string, unknown> | null
  const ok =
    typeof value === 'object' &&
    value !== null &&
    ['period', 'meetings', 'onlineConferences', 'petitions', 'complaints', 'tasks', 'forms'].every(
      (key) => typeof value[key] === 'object' && value[key] !== null,
    )
  if (!ok) {
    throw statsError(subject, 'invalid_type', ['report'], {
      expected: 'a report from buildCoordinationReport',
    })
  }
}
