// Prints the Hanoi coordination report from the sample dataset (examples/data): Markdown in
// Vietnamese by default.
//
//   pnpm --filter @lienthong/example-node-report start [--lang en] [--format csv|json|md]
//   node report.mjs --lang en --format csv
import { parseArgs } from 'node:util'
import {
  buildCoordinationReport,
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
} from '@lienthong/core/report'
import { buildHanoiDataset, hanoiReportOptions } from '@lienthong/example-data'

const renderers = { md: renderReportMarkdown, csv: renderReportCsv, json: renderReportJson }
const usage = 'usage: node report.mjs [--lang vi|en] [--format md|csv|json]'

let values
try {
  // `pnpm start -- --lang en` passes the `--` on: it is not an argument.
  const args = process.argv.slice(2)
  ;({ values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      lang: { type: 'string', default: 'vi' },
      format: { type: 'string', default: 'md' },
      help: { type: 'boolean', default: false },
    },
  }))
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const render = renderers[values.format]
if (render === undefined || !['vi', 'en'].includes(values.lang)) {
  console.error(`unknown --format or --lang\n${usage}`)
  process.exit(2)
}

const report = buildCoordinationReport(buildHanoiDataset(), hanoiReportOptions)
process.stdout.write(render(report, { lang: values.lang }))
