// The coordination report: built on the statistics area's accumulators, rendered to Markdown,
// CSV and JSON in Vietnamese and English.
export {
  buildCoordinationReport,
  safeBuildCoordinationReport,
  type CoordinationReportData,
} from './buildCoordinationReport.js'
export {
  coordinationReportOptionsSchema,
  type CoordinationReport,
  type CoordinationReportOptions,
  type ReportSpan,
  type MeetingReportRow,
  type OfficeRow,
  type OverdueUnitRow,
  type PetitionOfficeFigures,
  type ProcessingFigures,
  type ReceptionFigures,
} from './report.schema.js'
export {
  meetingKindName,
  reportLanguages,
  reportText,
  reportTexts,
  type ReportLanguage,
  type ReportTextKey,
} from './reportLabels.js'
export { renderReportCsv } from './renderReportCsv.js'
export { renderReportJson } from './renderReportJson.js'
export { renderReportMarkdown } from './renderReportMarkdown.js'
export type { RenderReportOptions } from './renderOptions.js'
