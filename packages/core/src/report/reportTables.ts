// Internal: the report laid out as titled tables, in one language. The Markdown and CSV
// renderers print the same tables, so they always show the same figures.
import { dayNumberFromIsoDate, isoDateFromDayNumber } from '../calendar/dayNumber.js'
import type { Period } from '../stats/period.js'
import type {
  CoordinationReport,
  OfficeRow,
  PetitionOfficeFigures,
  ProcessingFigures,
  ReceptionFigures,
} from './report.schema.js'
import {
  meetingKindName,
  reportText,
  type ReportLanguage,
  type ReportTextKey,
} from './reportLabels.js'

/** A cell: a label, a figure, or nothing (a quantile of no data). */
export type Cell = string | number | undefined

export interface ReportColumn {
  readonly id: string
  readonly label: string
}

export interface ReportTableRow {
  readonly id: string
  readonly cells: readonly Cell[]
  /** A total row, printed in bold in Markdown. */
  readonly total?: boolean
}

export interface ReportTable {
  readonly id: string
  readonly title: string
  /** The span its figures cover, or the day they stand on, as printed. */
  readonly when: string
  readonly columns: readonly ReportColumn[]
  readonly rows: readonly ReportTableRow[]
  readonly note?: string
}

/** A local date `YYYY-MM-DD` as the language writes it: 30/06/2024, 30 June 2024. */
export function formatDate(date: string, lang: ReportLanguage): string {
  const [year, month, day] = date.split('-').map(Number)
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: lang === 'vi' ? '2-digit' : 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc)
}

/** A period as its first and last day (the end is exclusive). */
export function formatPeriod(period: Period, lang: ReportLanguage): string {
  const last = isoDateFromDayNumber(dayNumberFromIsoDate(period.end) - 1)
  return `${formatDate(period.start, lang)} – ${formatDate(last, lang)}`
}

const column = (id: ReportTextKey, lang: ReportLanguage): ReportColumn => ({
  id,
  label: reportText(id, lang),
})

function officeTable<F>(
  id: string,
  title: ReportTextKey,
  when: string,
  metrics: readonly (keyof F & string)[],
  rows: readonly OfficeRow<F>[],
  total: F,
  lang: ReportLanguage,
): ReportTable {
  return {
    id,
    title: reportText(title, lang),
    when,
    columns: [
      column('office', lang),
      // A table's total column is the number of petitions, not the total row.
      ...metrics.map((metric) => ({
        id: metric,
        label: reportText(metric === 'total' ? 'totalPetitions' : (metric as ReportTextKey), lang),
      })),
    ],
    rows: [
      ...rows.map((row) => ({
        id: row.officeId,
        cells: [row.name, ...metrics.map((metric) => row[metric] as Cell)],
      })),
      {
        id: 'total',
        total: true,
        cells: [reportText('total', lang), ...metrics.map((metric) => total[metric] as Cell)],
      },
    ],
  }
}

function figureTable(
  id: string,
  title: string,
  when: string,
  figures: readonly (readonly [ReportTextKey, Cell])[],
  lang: ReportLanguage,
): ReportTable {
  return {
    id,
    title,
    when,
    columns: [column('indicator', lang), column('value', lang)],
    rows: figures.map(([key, value]) => ({ id: key, cells: [reportText(key, lang), value] })),
  }
}

const PETITION_METRICS = [
  'received',
  'carriedOver',
  'new',
  'handled',
  'forwarded',
  'guided',
  'accepted',
  'documents',
  'open',
] as const satisfies readonly (keyof PetitionOfficeFigures & ReportTextKey)[]

const RECEPTION_METRICS = [
  'visits',
  'people',
  'firstCases',
  'repeatCases',
  'crowdGroups',
  'crowdPeople',
] as const satisfies readonly (keyof ReceptionFigures & ReportTextKey)[]

const PROCESSING_METRICS = [
  'total',
  'carriedOver',
  'new',
  'processed',
  'pending',
  'eligible',
  'complaint',
  'denunciation',
  'recommendationReflection',
  'withinCompetence',
  'guided',
  'forwarded',
  'chasedUp',
  'replies',
] as const satisfies readonly (keyof ProcessingFigures & ReportTextKey)[]

/** The report's tables, in the order the seed report tells them, then the two forms. */
export function reportTables(report: CoordinationReport, lang: ReportLanguage): ReportTable[] {
  const { meetings, onlineConferences: online, petitions, complaints, tasks, forms } = report
  const asOf = `${reportText('asOf', lang)} ${formatDate(tasks.asOf, lang)}`
  const petitionsWhen = formatPeriod(petitions.period, lang)
  return [
    {
      id: 'meetings',
      title: reportText('meetings', lang),
      when: formatPeriod(meetings.period, lang),
      columns: [
        column('body', lang),
        column('kind', lang),
        column('count', lang),
        column('hours', lang),
      ],
      rows: [
        ...meetings.rows.map((row) => ({
          id: `${row.bodyId}:${row.kind}`,
          cells: [row.name, meetingKindName(row.kind, lang), row.meetings, row.hours],
        })),
        {
          id: 'total',
          total: true,
          cells: [reportText('total', lang), '', meetings.total.meetings, meetings.total.hours],
        },
      ],
    },
    figureTable(
      'online',
      reportText('online', lang),
      formatPeriod(online.period, lang),
      [
        ['conferences', online.conferences],
        ['bridgePoints', online.bridgePoints],
        ['delegates', online.delegates],
      ],
      lang,
    ),
    officeTable(
      'petitions',
      'petitions',
      petitionsWhen,
      PETITION_METRICS,
      petitions.rows,
      petitions.total,
      lang,
    ),
    figureTable(
      'complaints',
      reportText('complaints', lang),
      petitionsWhen,
      [
        ['handled', complaints.handled.total],
        ['handledOnTime', complaints.handled.onTime],
        ['handlingMedian', complaints.handlingTime.median],
        ['handlingP90', complaints.handlingTime.p90],
        ['resolved', complaints.resolved.total],
        ['onTime', complaints.resolved.onTime],
        ['late', complaints.resolved.late],
        ['verdictRight', complaints.verdicts.right],
        ['verdictWrong', complaints.verdicts.wrong],
        ['verdictPartly', complaints.verdicts.partlyRight],
      ],
      lang,
    ),
    figureTable(
      'tasks',
      reportText('tasks', lang),
      asOf,
      [
        ['assigned', tasks.assigned],
        ['completedOnTime', tasks.completedOnTime],
        ['completedLate', tasks.completedLate],
        ['inProgress', tasks.inProgress],
        ['overdue', tasks.overdue],
      ],
      lang,
    ),
    {
      id: 'overdue-tasks',
      title: reportText('overdueByUnit', lang),
      when: asOf,
      columns: [column('unit', lang), column('assigned', lang), column('overdue', lang)],
      rows: tasks.overdueByUnit.map((unit) => ({
        id: unit.unitId,
        cells: [unit.name, unit.assigned, unit.overdue],
      })),
    },
    {
      ...officeTable(
        'form-01-tcd',
        'tcd',
        petitionsWhen,
        RECEPTION_METRICS,
        forms.tcd.rows,
        forms.tcd.total,
        lang,
      ),
      note: reportText('tcdNote', lang),
    },
    figureTable(
      'form-01-tcd-sessions',
      reportText('sessions', lang),
      petitionsWhen,
      [['sessions', forms.tcd.sessions]],
      lang,
    ),
    officeTable(
      'form-01-xld',
      'xld',
      petitionsWhen,
      PROCESSING_METRICS,
      forms.xld.rows,
      forms.xld.total,
      lang,
    ),
  ]
}
