import type { CoordinationReport } from './report.schema.js'
import { meetingKindName, reportText, type ReportLanguage } from './reportLabels.js'
import { checkReport, languageOf, type RenderReportOptions } from './renderOptions.js'
import { reportTables } from './reportTables.js'

/**
 * The coordination report as JSON text: `{ lang, title, labels, report }` — the report itself
 * (plain data, figures as numbers, ids as they are), with the title and a label in the language
 * for every table, column and meeting kind it uses, so a front end can show it without its own
 * translations. `JSON.parse(text).report` deep-equals the report.
 *
 * @category Report
 * @param report - What {@link buildCoordinationReport} returned.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns Indented JSON text, ending with a newline.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an unknown
 *   language or something that is not a report.
 * @example
 * ```ts
 * import { buildCoordinationReport, renderReportJson } from '@lienthong/core/report'
 *
 * const report = buildCoordinationReport({}, { from: '2023-01-01', to: '2024-07-01' })
 * JSON.parse(renderReportJson(report, { lang: 'en' })).labels.bridgePoints // 'Bridge points'
 * ```
 */
export function renderReportJson(
  report: CoordinationReport,
  options: RenderReportOptions = {},
): string {
  const lang: ReportLanguage = languageOf(options, 'renderReportJson')
  checkReport(report, 'renderReportJson')
  const labels: Record<string, string> = {}
  const label = (id: string, text: string) => {
    Object.defineProperty(labels, id, { value: text, enumerable: true, writable: true })
  }
  for (const table of reportTables(report, lang)) {
    label(table.id, table.title)
    for (const column of table.columns) label(column.id, column.label)
    // A table of figures names each figure in its first cell.
    if (table.columns[0]?.id === 'indicator') {
      for (const row of table.rows) label(row.id, String(row.cells[0]))
    }
  }
  for (const row of report.meetings.rows) label(row.kind, meetingKindName(row.kind, lang))
  return `${JSON.stringify({ lang, title: reportText('title', lang), labels, report }, null, 2)}\n`
}
