import type { CoordinationReport } from './report.schema.js'
import { reportText, type ReportLanguage } from './reportLabels.js'
import { checkReport, languageOf, type RenderReportOptions } from './renderOptions.js'
import { formatPeriod, reportTables, type Cell, type ReportTable } from './reportTables.js'

/** A figure as the language writes it: 10.306 in Vietnamese, 10,306 in English. */
function formatCell(cell: Cell, lang: ReportLanguage): string {
  if (cell === undefined) return '—'
  if (typeof cell === 'number') {
    return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: 1,
    }).format(cell)
  }
  // A name must not break the table: no pipes, no line breaks.
  return cell.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|')
}

function table(t: ReportTable, number: number, lang: ReportLanguage): string {
  const lines = [`## ${String(number)}. ${t.title} (${t.when})`, '']
  if (t.rows.length === 0) {
    lines.push(reportText('none', lang), '')
    return lines.join('\n')
  }
  const numeric = t.rows[0]?.cells.map((cell) => typeof cell === 'number') ?? []
  lines.push(`| ${t.columns.map((c) => c.label).join(' | ')} |`)
  lines.push(`| ${t.columns.map((_, i) => (numeric[i] === true ? '---:' : '---')).join(' | ')} |`)
  for (const row of t.rows) {
    const cells = row.cells.map((cell) => {
      const text = formatCell(cell, lang)
      return row.total === true && text !== '' ? `**${text}**` : text
    })
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push('')
  if (t.note !== undefined) lines.push(`_${t.note}_`, '')
  return lines.join('\n')
}

/**
 * The coordination report as Markdown, in Vietnamese (default) or English: a title with the
 * reporting period, then one numbered section per table — meetings by body and kind, online
 * conferences, petitions by office, complaints, tasks, overdue tasks by unit, and the 01/TCD and
 * 01/XLD forms — each with the span it covers. Figures are written the language's way
 * (`10.306` / `10,306`, dates `30/06/2024` / `30 June 2024`). Only counts and organisation
 * names are printed.
 *
 * @category Report
 * @param report - What {@link buildCoordinationReport} returned.
 * @param options - `lang`: `'vi'` (default) or `'en'`.
 * @returns The Markdown text, ending with a newline.
 * @throws {@link errors!LienthongError | LienthongError} (`invalid_input`) for an unknown
 *   language or something that is not a report.
 * @example
 * ```ts
 * import { buildCoordinationReport, renderReportMarkdown } from '@lienthong/core/report'
 *
 * const report = buildCoordinationReport({}, { from: '2023-01-01', to: '2024-07-01' })
 * renderReportMarkdown(report, { lang: 'en' }).split('\n')[0] // '# Coordination report'
 * ```
 */
export function renderReportMarkdown(
  report: CoordinationReport,
  options: RenderReportOptions = {},
): string {
  const lang = languageOf(options, 'renderReportMarkdown')
  checkReport(report, 'renderReportMarkdown')
  const head = [
    `# ${reportText('title', lang)}`,
    '',
    `${reportText('period', lang)}: ${formatPeriod(report.period, lang)} (${reportText('timeZone', lang)} ${report.period.timeZone})`,
    '',
  ]
  const body = reportTables(report, lang).map((t, index) => table(t, index + 1, lang))
  return `${[...head, ...body].join('\n').trimEnd()}\n`
}
