// GET /api/reports/coordination?from=&to=&format=&lang=
import { formatIssueMessage } from '@lienthong/core'
import { redactPetition } from '@lienthong/core/petition'
import {
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
  safeBuildCoordinationReport,
} from '@lienthong/core/report'
import { Hono } from 'hono'
import {
  endpoints,
  MAX_REPORT_DAYS,
  reportMediaTypes,
  reportQuerySchema,
  routePath,
} from '../contract.js'
import { errorResponse, issuesFromZod, issuesOf, localeOf } from '../errors.js'
import type { Storage } from '../storage/types.js'

const DAY_MS = 86_400_000
/** Vietnam's offset: the report's days run from 00:00+07:00, as the office counts them. */
const OFFSET = '+07:00'

const renderers = { json: renderReportJson, md: renderReportMarkdown, csv: renderReportCsv }

/** The report endpoint. */
export function reportRoutes(storage: Storage): Hono {
  const routes = new Hono()
  routes.get(routePath(endpoints.coordinationReport), async (c) => {
    const locale = localeOf(c)
    const query = reportQuerySchema.safeParse(c.req.query())
    if (!query.success) {
      return errorResponse(
        c,
        400,
        'invalid_input',
        'Invalid query: from and to are days (YYYY-MM-DD), format is json, md or csv.',
        issuesFromZod(query.error, locale),
      )
    }
    const { from, to, format, lang } = query.data
    const start = new Date(`${from}T00:00:00${OFFSET}`)
    const end = new Date(`${to}T00:00:00${OFFSET}`)
    if (end.getTime() - start.getTime() > MAX_REPORT_DAYS * DAY_MS) {
      const params = {
        detail: `must be at most ${MAX_REPORT_DAYS} days after from`,
        detailVi: `chỉ được sau from tối đa ${MAX_REPORT_DAYS} ngày`,
      }
      return errorResponse(c, 400, 'invalid_input', 'The period is too long.', [
        {
          code: 'invalid',
          path: ['to'],
          message: formatIssueMessage({ code: 'invalid', params }, locale),
        },
      ])
    }
    const [meetings, petitions, { organizations }] = await Promise.all([
      storage.meetingsBetween(start, end),
      storage.petitionsReceivedBetween(start, end),
      storage.directory(),
    ])
    const report = safeBuildCoordinationReport(
      {
        organizations,
        meetings,
        // Statistics never see who wrote what: the public redaction drops every personal field.
        petitions: petitions.map((petition) => redactPetition(petition, 'public')),
      },
      { from, to, locale },
    )
    if (!report.ok) {
      return errorResponse(
        c,
        400,
        'invalid_input',
        'The report cannot be built for this period; see issues.',
        issuesOf(report.error),
      )
    }
    const text = renderers[format](report.value, { lang })
    c.header('Content-Type', reportMediaTypes[format])
    if (format !== 'json') {
      c.header(
        'Content-Disposition',
        `attachment; filename="bao-cao-phoi-hop-${from}-${to}.${format}"`,
      )
    }
    return c.body(text)
  })
  return routes
}
