import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { parseMeeting } from '../meeting/parseMeeting.js'
import { buildCoordinationReport } from './buildCoordinationReport.js'
import { renderReportCsv } from './renderReportCsv.js'
import { renderReportJson } from './renderReportJson.js'
import { renderReportMarkdown } from './renderReportMarkdown.js'

const online = parseMeeting({
  id: 'm1',
  title: 'Hội nghị trực tuyến',
  kind: 'online-conference',
  hostId: 'tu',
  start: '2023-03-02T08:00:00+07:00',
  end: '2023-03-02T10:30:00+07:00',
  status: 'held',
  online: {
    bridgePoints: Array.from({ length: 1234 }, (_, i) => ({
      name: `Điểm cầu ${String(i)}`,
      delegates: 1000,
    })),
  },
})
const report = buildCoordinationReport(
  {
    // A name with the characters Markdown tables and CSV must escape.
    organizations: [{ id: 'tu', name: 'Thành ủy | "Hà Nội", khóa XVII' }],
    meetings: [online],
  },
  { from: '2023-01-01', to: '2024-07-01' },
)

/** The cells of the Markdown table row that starts with `first`. */
function row(markdown: string, first: string): string[] | undefined {
  return markdown
    .split('\n')
    .find((line) => line.startsWith(`| ${first} |`))
    ?.slice(2, -2)
    .split(' | ')
}

describe('renderReportMarkdown', () => {
  it('writes Vietnamese by default: dates dd/mm/yyyy, thousands with dots', () => {
    const markdown = renderReportMarkdown(report)
    expect(markdown.split('\n')[0]).toBe('# Báo cáo kết quả phối hợp công tác')
    expect(markdown).toContain('Kỳ báo cáo: 01/01/2023 – 30/06/2024')
    expect(row(markdown, 'Điểm cầu')).toEqual(['Điểm cầu', '1.234'])
    expect(row(markdown, 'Đại biểu dự')).toEqual(['Đại biểu dự', '1.234.000'])
    expect(row(markdown, 'Thành ủy \\| "Hà Nội", khóa XVII')).toEqual([
      'Thành ủy \\| "Hà Nội", khóa XVII',
      'Hội nghị trực tuyến',
      '1',
      '2,5',
    ])
  })

  it('writes English when asked, and says so when a table is empty', () => {
    const markdown = renderReportMarkdown(report, { lang: 'en' })
    expect(markdown).toContain('Reporting period: 1 January 2023 – 30 June 2024')
    expect(row(markdown, 'Delegates')).toEqual(['Delegates', '1,234,000'])
    expect(markdown).toMatch(/## 6\. Overdue tasks by lead unit \(as of 30 June 2024\)\n\nNone\n/)
  })

  it('refuses an unknown language or something that is not a report', () => {
    expect(() => renderReportMarkdown(report, { lang: 'fr' as never })).toThrow(LienthongError)
    expect(() => renderReportMarkdown({} as never)).toThrow(/buildCoordinationReport/)
  })
})

describe('renderReportCsv', () => {
  it('writes one line per figure, ids and labels, plain numbers, quoted when needed', () => {
    const csv = renderReportCsv(report, { lang: 'en' })
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Section,Table,Row id,Row,Metric id,Metric,Number')
    expect(lines).toContain(
      'online,Online conferences (1 January 2023 – 30 June 2024),bridgePoints,Bridge points,value,Number,1234',
    )
    expect(lines).toContain(
      'meetings,"Meetings served, by body and kind (1 January 2023 – 30 June 2024)",tu:online-conference,"Thành ủy | ""Hà Nội"", khóa XVII — Online conference",hours,Hours,2.5',
    )
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(renderReportCsv(report).split('\r\n')[0]).toBe(
      'Phần,Bảng,Mã dòng,Dòng,Mã chỉ tiêu,Chỉ tiêu,Số lượng',
    )
  })
})

describe('renderReportCsv, against CSV injection', () => {
  it('never lets a name start a spreadsheet formula', () => {
    const hostile = buildCoordinationReport(
      {
        organizations: [{ id: 'tu', name: '=HYPERLINK("http://example.com","x")' }],
        meetings: [online],
      },
      { from: '2023-01-01', to: '2024-07-01' },
    )
    const line = renderReportCsv(hostile, { lang: 'en' })
      .split('\r\n')
      .find((l) => l.startsWith('meetings,') && l.includes(',count,'))
    expect(line).toContain(`,"'=HYPERLINK(""http://example.com"",""x"") — Online conference",`)
  })
})

describe('renderReportJson', () => {
  it('round-trips the report with labels in the language', () => {
    const parsed = JSON.parse(renderReportJson(report)) as {
      lang: string
      labels: Record<string, string>
      report: unknown
    }
    expect(parsed.lang).toBe('vi')
    expect(parsed.labels.bridgePoints).toBe('Điểm cầu')
    expect(parsed.labels['online-conference']).toBe('Hội nghị trực tuyến')
    expect(parsed.report).toEqual(JSON.parse(JSON.stringify(report)))
    const english = JSON.parse(renderReportJson(report, { lang: 'en' })) as typeof parsed
    expect(english.labels.bridgePoints).toBe('Bridge points')
  })
})
