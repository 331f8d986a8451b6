// The Hanoi dataset and the spans of the seed report's figures, ready for
// `buildCoordinationReport(dataset, hanoiReportOptions)`.
import { REPORT_SCOPE, SPANS } from './hanoi-params.mjs'

export { buildHanoiDataset, hanoiChecksums } from './build-hanoi.mjs'
export { FIGURES, GENERATOR, REPORT_SCOPE, SPANS } from './hanoi-params.mjs'

/**
 * The report the seed describes: meetings from 1 January 2023, online conferences from 3 October
 * 2022 and petitions from 1 October 2022, all to 30 June 2024, for the three offices (and the
 * citizen reception board) and the bodies they serve.
 */
export const hanoiReportOptions = {
  from: SPANS.report.from,
  to: SPANS.report.to,
  timeZone: 'Asia/Ho_Chi_Minh',
  offices: REPORT_SCOPE.offices,
  bodies: REPORT_SCOPE.bodies,
  sections: {
    meetings: SPANS.meetings,
    onlineConferences: SPANS.onlineConferences,
    petitions: SPANS.petitions,
  },
}
