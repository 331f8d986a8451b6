import type { CoordinationReport } from './report.schema.js'
import { reportText } from './reportLabels.js'
import { checkReport, languageOf, type RenderReportOptions } from './renderOptions.js'
import { reportTables, type Cell } from './reportTables.js'

/**
 * A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break. A text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
 * prefixed with an apostrophe, as OWASP advises against CSV injection; figures are numbers.
 */
function field(value: Cell): string {
  if (value === undefined) return ''
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The coordination report as CSV (RFC 4180, CRLF line ends), in long form: one line per figure
 * with the table, the row and the figure both as a stable id (for programs) and as a label in
 * the language (for people), and the value as a plain number (`10306`, hours `2.5`; empty for a
 * quantile of no data). The header is in the language too. Loads into a spreadsheet or a
 * database as it is.
 *
 * @category Report
 * @param report - What {@link buildCoordinationReport} returned.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns The CSV text.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an unknown
 *   language or something that is not a report.
 * @example
 * ```ts
 * import { buildCoordinationReport, renderReportCsv } from '@lienthong/core/report'
 *
 * const report = buildCoordinationReport({}, { from: '2023-01-01', to: '2024-07-01' })
 * renderReportCsv(report, { lang: 'en' }).split('\r\n')[0]
 * // 'Section,Table,Row id,Row,Metric id,Metric,Number'
 * ```
 */
export function renderReportCsv(
  report: CoordinationReport,
  options: RenderReportOptions = {},
): string {
  const lang = languageOf(options, 'renderReportCsv')
  checkReport(report, 'renderReportCsv')
  const lines: Cell[][] = [
    [
      reportText('section', lang),
      reportText('table', lang),
      reportText('rowId', lang),
      reportText('row', lang),
      reportText('metricId', lang),
      reportText('metric', lang),
      reportText('value', lang),
    ],
  ]
  for (const table of reportTables(report, lang)) {
    // The meetings table has two label columns (body, kind): the row is named by both.
    const labels = table.id === 'meetings' ? 2 : 1
    const figures = table.columns.slice(labels)
    for (const row of table.rows) {
      const name = row.cells
        .slice(0, labels)
        .filter((cell) => cell !== '')
        .join(' — ')
      figures.forEach((figure, index) => {
        lines.push([
          table.id,
          `${table.title} (${table.when})`,
          row.id,
          name,
          figure.id,
          figure.label,
          row.cells[index + labels],
        ])
      })
    }
  }
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`
}
