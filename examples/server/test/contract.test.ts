import { randomUUID } from 'node:crypto'
import { meetingsFromICS } from '@lienthong/core/ical'
import { safeParseMeeting, type MeetingInput } from '@lienthong/core/meeting'
import { normalizeTrackingCode, petitionStage } from '@lienthong/core/petition'
import { describe, expect, it } from 'vitest'
import type { MeetingsResponse, OrganizationsResponse, StatsSummary } from '../src/contract.js'
import { aSubmission, errorOf, receiptOf, sample, submit, testApp } from './helpers.js'

const week = '?from=2026-03-02T00:00:00%2B07:00&to=2026-03-09T00:00:00%2B07:00'

describe('GET /api/meetings', () => {
  it('answers the meetings of the range in wire form, with what they name', async () => {
    const response = await testApp().request(`/api/meetings${week}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as MeetingsResponse
    expect(body.meetings.length).toBeGreaterThan(0)
    const from = Date.parse('2026-03-02T00:00:00+07:00')
    const to = Date.parse('2026-03-09T00:00:00+07:00')
    for (const wire of body.meetings) {
      const parsed = safeParseMeeting(wire)
      expect(parsed.ok).toBe(true)
      if (!parsed.ok) continue
      expect(parsed.value.start.getTime()).toBeLessThan(to)
      if (parsed.value.recurrence === undefined)
        expect(parsed.value.end.getTime()).toBeGreaterThan(from)
    }
    const ids = (list: readonly { id: string }[]) => new Set(list.map((item) => item.id))
    const organizations = ids(body.organizations)
    const people = ids(body.people)
    for (const meeting of body.meetings) {
      expect(organizations.has(meeting.hostId)).toBe(true)
      if (meeting.chairId !== undefined) expect(people.has(meeting.chairId)).toBe(true)
    }
  })

  it('treats the range as half-open: a meeting ending at `from` is not in it', async () => {
    const app = testApp()
    const meeting = sample.meetings.find((m) => m.recurrence === undefined)
    if (meeting === undefined) throw new Error('the sample has no single meeting')
    const end = meeting.end.getTime()
    const idsIn = async (from: number) => {
      const query = new URLSearchParams({
        from: new Date(from).toISOString(),
        to: new Date(end + 3_600_000).toISOString(),
      })
      const body = (await (
        await app.request(`/api/meetings?${query.toString()}`)
      ).json()) as MeetingsResponse
      return body.meetings.map((m: MeetingInput) => m.id)
    }
    expect(await idsIn(end)).not.toContain(meeting.id)
    expect(await idsIn(end - 1)).toContain(meeting.id)
  })

  it('reads a + left unencoded in the query as the offset it was', async () => {
    const response = await testApp().request(
      '/api/meetings?from=2026-03-02T00:00:00+07:00&to=2026-03-09T00:00:00+07:00',
    )
    expect(response.status).toBe(200)
  })

  it('answers 400 naming each missing or malformed parameter', async () => {
    const response = await testApp().request('/api/meetings?from=yesterday')
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    expect(error.code).toBe('invalid_input')
    expect(error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_format', path: ['from'] },
      { code: 'required', path: ['to'] },
    ])
    expect(error.issues[0]?.message).toContain('ISO 8601')
    expect(error.issues[1]?.message).toBe('is required')
  })

  it('answers 400 when `to` is not after `from`, or the range is too long, in Vietnamese on request', async () => {
    const app = testApp()
    const backwards = await app.request(
      '/api/meetings?from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z',
      { headers: { 'Accept-Language': 'vi-VN,vi;q=0.9' } },
    )
    expect(backwards.status).toBe(400)
    const [issue] = (await errorOf(backwards)).issues
    expect(issue).toMatchObject({ code: 'end_before_start', path: ['to'] })
    expect(issue?.message).toMatch(/from/)
    const long = await app.request(
      '/api/meetings?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z',
    )
    expect((await errorOf(long)).issues[0]).toMatchObject({ code: 'invalid', path: ['to'] })
  })
})

describe('GET /api/meetings.ics', () => {
  it('answers the same meetings as the JSON, as an iCalendar feed core reads back', async () => {
    const app = testApp()
    const json = (await (await app.request(`/api/meetings${week}`)).json()) as MeetingsResponse
    const response = await app.request(`/api/meetings.ics${week}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const ics = await response.text()
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('X-WR-CALNAME:Lịch công tác')
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh')
    const read = meetingsFromICS(ics, { hostId: 'unknown' })
    expect(read.meetings.map((m) => m.id)).toEqual(json.meetings.map((m) => m.id))
    // Times survive to the second, and the venue's name is there for calendar apps.
    const first = json.meetings[0]
    const back = read.meetings[0]
    if (first === undefined || back === undefined) throw new Error('no meeting in the week')
    expect(back.start.getTime()).toBe(Date.parse(first.start))
    const venue = json.venues.find((v) => v.id === first.venueId)
    if (venue !== undefined) expect(ics).toContain(`LOCATION:${venue.name}`)
  })

  it('runs from 30 days ago for a year when the subscription URL has no dates', async () => {
    const now = new Date('2026-03-04T09:00:00+07:00')
    const app = testApp({ now: () => now })
    const ics = await (await app.request('/api/meetings.ics')).text()
    const ids = meetingsFromICS(ics, { hostId: 'unknown' }).meetings.map((m) => m.id)
    const from = new Date(now.getTime() - 30 * 86_400_000)
    const to = new Date(from.getTime() + 365 * 86_400_000)
    const range = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })
    const json = (await (
      await app.request(`/api/meetings?${range.toString()}`)
    ).json()) as MeetingsResponse
    expect(ids).toEqual(json.meetings.map((m) => m.id))
    expect(ids.length).toBeGreaterThan(0)
    expect(ics).toContain('DTSTAMP:20260304T020000Z')
  })

  it('answers a bad range in the JSON error shape', async () => {
    const response = await testApp().request('/api/meetings.ics?from=2026-03-09T00:00:00Z&to=2026')
    expect(response.status).toBe(400)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect((await errorOf(response)).issues).toMatchObject([
      { code: 'invalid_format', path: ['to'] },
    ])
  })
})

describe('GET /api/organizations', () => {
  it('answers every organisation in wire form, so pages can name agencies', async () => {
    const response = await testApp().request('/api/organizations')
    expect(response.status).toBe(200)
    const { organizations } = (await response.json()) as OrganizationsResponse
    expect(organizations.map((org) => org.id)).toEqual(
      sample.organizations.map((org) => org.id).sort(),
    )
    expect(organizations.find((org) => org.id === 'vp-tu')?.name).toBe(
      sample.organizations.find((org) => org.id === 'vp-tu')?.name,
    )
  })
})

describe('POST /api/petitions', () => {
  it('stores a petition and answers 201 with the receipt and where to look it up', async () => {
    const app = testApp()
    const response = await submit(app, aSubmission())
    expect(response.status).toBe(201)
    const receipt = await receiptOf(response)
    expect(normalizeTrackingCode(receipt.trackingCode)).toBe(receipt.trackingCode)
    expect(receipt).toMatchObject({
      kinds: ['recommendation'],
      stage: 'received',
      open: true,
      handledById: 'vp-tu',
    })
    expect(response.headers.get('Location')).toBe(`/api/petitions/${receipt.trackingCode}`)
    const status = await app.request(response.headers.get('Location') ?? '')
    expect(status.status).toBe(200)
    expect(await receiptOf(status)).toEqual(receipt)
  })

  it('tells the citizen the statutory due dates that now apply, counted in working days', async () => {
    // Received on Wednesday 11 Feb 2026: ten working days run across the Tết break (16–20 Feb).
    const app = testApp({ now: () => new Date('2026-02-11T09:30:00+07:00') })
    const response = await submit(app, aSubmission({ kinds: ['complaint'] }))
    expect(response.status).toBe(201)
    const receipt = await receiptOf(response)
    expect(receipt.dueDates).toContainEqual(
      expect.objectContaining({
        step: 'accept',
        dueOn: '2026-03-04',
        legalBasis: expect.stringContaining('02/2011/QH13') as unknown,
        legalBasisVi:
          'Điều 27 và Điều 36 Luật Khiếu nại số 02/2011/QH13; ngày làm việc theo Điều 5 Thông tư số 07/2013/TT-TTCP',
      }),
    )
  })

  it('replays the same receipt for the same key and body, and creates nothing', async () => {
    const app = testApp()
    const key = randomUUID()
    const first = await submit(app, aSubmission(), { 'Idempotency-Key': key })
    const receipt = await receiptOf(first)
    const { content, kinds, subject, petitioner } = aSubmission()
    // The same petition, its keys in another order (a reload re-serialised it).
    const again = await submit(
      app,
      { subject, petitioner, content, kinds },
      { 'Idempotency-Key': key },
    )
    expect(again.status).toBe(200)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await receiptOf(again)).toEqual(receipt)
    const stats = (await (await app.request('/api/stats/summary')).json()) as StatsSummary
    expect(stats.petitions.total).toBe(sample.petitions.length + 1)
  })

  it('answers 422 when a key comes back with a different petition', async () => {
    const app = testApp()
    const key = randomUUID()
    expect((await submit(app, aSubmission(), { 'Idempotency-Key': key })).status).toBe(201)
    const other = await submit(app, aSubmission({ subject: 'Một kiến nghị khác' }), {
      'Idempotency-Key': key,
    })
    expect(other.status).toBe(422)
    expect((await errorOf(other)).code).toBe('idempotency_key_reused')
  })

  it('answers 400 with an issue naming each field that is wrong', async () => {
    const response = await submit(testApp(), {
      kinds: ['complaint', 'wish'],
      subject: '   ',
      petitioner: { email: 'not an email' },
    })
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    expect(error.code).toBe('invalid_input')
    const found = error.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'kinds.1 invalid_value',
        'subject too_small',
        'content required',
        'petitioner.email invalid_format',
      ]),
    )
    for (const issue of error.issues) expect(issue.message).not.toBe('')
  })

  it('requires the petitioner’s name unless anonymous, with messages in Vietnamese on request', async () => {
    const app = testApp()
    const named = await submit(app, aSubmission({ petitioner: { phone: '0912345678' } }), {
      'Accept-Language': 'vi',
    })
    const issues = (await errorOf(named)).issues
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'missing_name', path: ['petitioner', 'name'] })
    expect(issues[0]?.message).toMatch(/ẩn danh/)
    const anonymous = await submit(app, aSubmission({ anonymous: true, petitioner: {} }))
    expect(anonymous.status).toBe(201)
  })

  it('ignores the fields the back end sets', async () => {
    const response = await submit(testApp(), {
      ...aSubmission(),
      id: 'mine',
      trackingCode: 'AAAA-AAAA-AAA',
      history: [{ type: 'closed', at: '2026-01-01T00:00:00Z' }],
    })
    expect(response.status).toBe(201)
    const receipt = await receiptOf(response)
    expect(receipt.trackingCode).not.toBe('AAAA-AAAA-AAA')
    expect(receipt.stage).toBe('received')
  })

  it('refuses an unknown receiving office', async () => {
    const response = await submit(testApp(), aSubmission({ receivedById: 'no-such-office' }))
    expect(response.status).toBe(400)
    expect((await errorOf(response)).issues[0]).toMatchObject({ path: ['receivedById'] })
  })

  it('answers 400 for a body that is not JSON, or not an object', async () => {
    const app = testApp()
    const broken = await submit(app, '{"kinds": [')
    expect(broken.status).toBe(400)
    expect((await errorOf(broken)).code).toBe('invalid_json')
    const list = await submit(app, [aSubmission()])
    expect(list.status).toBe(400)
    expect((await errorOf(list)).issues[0]).toMatchObject({ code: 'invalid_type', path: [] })
  })

  it('requires an Idempotency-Key and JSON', async () => {
    const app = testApp()
    const noKey = await app.request('/api/petitions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(aSubmission()),
    })
    expect(noKey.status).toBe(400)
    expect((await errorOf(noKey)).code).toBe('idempotency_key_required')
    const shortKey = await submit(app, aSubmission(), { 'Idempotency-Key': 'abc' })
    expect((await errorOf(shortKey)).issues[0]).toMatchObject({ path: ['Idempotency-Key'] })
    const form = await submit(app, 'kinds=complaint', {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(415)
    expect((await errorOf(form)).code).toBe('unsupported_media_type')
  })

  it('answers 413 for a body over 256 KB, whether or not it says its length', async () => {
    const app = testApp()
    const huge = JSON.stringify(aSubmission({ content: 'x'.repeat(300 * 1024) }))
    const streamed = await submit(app, huge)
    expect(streamed.status).toBe(413)
    expect((await errorOf(streamed)).code).toBe('payload_too_large')
    const declared = await submit(app, huge, { 'Content-Length': String(huge.length) })
    expect(declared.status).toBe(413)
  })

  it('rate-limits submissions per client with 429 and Retry-After', async () => {
    let now = 0
    const app = testApp({
      rateLimit: { burst: 2, perMinute: 2 },
      corsOrigins: ['https://portal.example'],
      clientId: (c) => c.req.header('X-Test-Client') ?? 'one',
      nowMs: () => now,
    })
    expect((await submit(app, aSubmission())).status).toBe(201)
    expect((await submit(app, aSubmission())).status).toBe(201)
    const limited = await submit(app, aSubmission(), { Origin: 'https://portal.example' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('30')
    // A portal on another origin can read when to try again.
    expect(limited.headers.get('Access-Control-Allow-Origin')).toBe('https://portal.example')
    expect((await errorOf(limited)).code).toBe('rate_limited')
    expect((await submit(app, aSubmission(), { 'X-Test-Client': 'two' })).status).toBe(201)
    now += 30_000
    expect((await submit(app, aSubmission())).status).toBe(201)
  })
})

describe('the rate limit’s idea of a client', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': `${address}, 10.0.0.1` })

  it('behind a proxy (TRUST_PROXY=1), counts each forwarded address on its own', async () => {
    const app = testApp({ rateLimit: { burst: 1, perMinute: 1 }, trustProxy: true })
    expect((await submit(app, aSubmission(), from('203.0.113.7'))).status).toBe(201)
    expect((await submit(app, aSubmission(), from('203.0.113.7'))).status).toBe(429)
    expect((await submit(app, aSubmission(), from('198.51.100.4'))).status).toBe(201)
  })

  it('otherwise ignores X-Forwarded-For, so a made-up header does not escape the limit', async () => {
    const app = testApp({ rateLimit: { burst: 1, perMinute: 1 } })
    expect((await submit(app, aSubmission(), from('203.0.113.7'))).status).toBe(201)
    expect((await submit(app, aSubmission(), from('198.51.100.4'))).status).toBe(429)
  })
})

describe('GET /api/petitions/{trackingCode}', () => {
  it('answers the public status, with no personal data', async () => {
    const app = testApp()
    const petition = sample.petitions.find(
      (p) => p.kinds.includes('denunciation') && p.petitioner?.name !== undefined,
    )
    if (petition === undefined) throw new Error('the sample has no named denunciation')
    const response = await app.request(
      `/api/petitions/${encodeURIComponent(petition.trackingCode)}`,
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    const status = JSON.parse(text) as { stage: string; trackingCode: string }
    expect(status).toMatchObject({
      trackingCode: petition.trackingCode,
      stage: petitionStage(petition),
    })
    const personal = [
      petition.petitioner?.name,
      petition.petitioner?.address,
      petition.petitioner?.phone,
      petition.petitioner?.idNumber,
      petition.denounced?.name,
      petition.content,
      ...petition.history.map((event) => event.note),
    ]
    for (const value of personal) if (value !== undefined) expect(text).not.toContain(value)
  })

  it('finds a code typed in lower case with O for 0', async () => {
    const app = testApp()
    const receipt = await receiptOf(await submit(app, aSubmission()))
    const typed = receipt.trackingCode.toLowerCase().replaceAll('0', 'o').replaceAll('-', ' ')
    const response = await app.request(`/api/petitions/${encodeURIComponent(typed)}`)
    expect(response.status).toBe(200)
  })

  it('answers 404 for an unknown code and 400 for a malformed or mistyped one', async () => {
    const app = testApp()
    const unknown = await app.request('/api/petitions/0000-0000-000')
    expect(unknown.status).toBe(404)
    expect((await errorOf(unknown)).code).toBe('not_found')
    const mistyped = await app.request('/api/petitions/0000-0000-010')
    expect(mistyped.status).toBe(400)
    expect((await errorOf(mistyped)).issues[0]).toMatchObject({
      code: 'invalid',
      path: ['trackingCode'],
      message: expect.stringContaining('mistyped') as string,
    })
    const long = await app.request(`/api/petitions/${'A'.repeat(60)}`)
    expect(long.status).toBe(400)
    expect((await errorOf(long)).issues[0]).toMatchObject({
      code: 'too_big',
      path: ['trackingCode'],
      message: 'allows at most 50 characters',
    })
  })
})

describe('GET /api/reports/coordination', () => {
  interface ReportJson {
    title: string
    report: {
      period: { start: string; end: string }
      petitions: { rows: { officeId: string; name: string; received: number }[] }
    }
  }
  const march = '?from=2026-03-01&to=2026-04-01'
  const receivedBy = (body: ReportJson, officeId: string) =>
    body.report.petitions.rows.find((row) => row.officeId === officeId)?.received ?? 0

  it('builds the report of a period from the stored data, counting a petition sent meanwhile', async () => {
    const app = testApp({ now: () => new Date('2026-03-10T09:00:00+07:00') })
    const before = (await (
      await app.request(`/api/reports/coordination${march}`)
    ).json()) as ReportJson
    expect(before.title).toBe('Báo cáo kết quả phối hợp công tác')
    expect(before.report.period).toMatchObject({ start: '2026-03-01', end: '2026-04-01' })
    const inMarch = sample.petitions.filter(
      (p) =>
        p.receivedById === 'vp-tu' &&
        p.receivedAt >= new Date('2026-03-01T00:00:00+07:00') &&
        p.receivedAt < new Date('2026-04-01T00:00:00+07:00'),
    ).length
    expect(receivedBy(before, 'vp-tu')).toBe(inMarch)
    expect((await submit(app, aSubmission())).status).toBe(201)
    const after = (await (
      await app.request(`/api/reports/coordination${march}`)
    ).json()) as ReportJson
    expect(receivedBy(after, 'vp-tu')).toBe(inMarch + 1)
    expect(after.report.petitions.rows.find((row) => row.officeId === 'vp-tu')?.name).toBe(
      sample.organizations.find((org) => org.id === 'vp-tu')?.name,
    )
  })

  it('writes Markdown and CSV downloads, in Vietnamese or English, without personal data', async () => {
    const app = testApp()
    const markdown = await app.request(`/api/reports/coordination${march}&format=md`)
    expect(markdown.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8')
    expect(markdown.headers.get('Content-Disposition')).toBe(
      'attachment; filename="bao-cao-phoi-hop-2026-03-01-2026-04-01.md"',
    )
    const text = await markdown.text()
    expect(text.startsWith('# Báo cáo kết quả phối hợp công tác')).toBe(true)
    const csv = await app.request(`/api/reports/coordination${march}&format=csv&lang=en`)
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const table = await csv.text()
    expect(table).toMatch(/office/i)
    for (const petition of sample.petitions) {
      const name = petition.petitioner?.name
      if (name !== undefined) {
        expect(text).not.toContain(name)
        expect(table).not.toContain(name)
      }
    }
  })

  it('answers 400 naming a missing or malformed day, an unknown format or a period over five years', async () => {
    const app = testApp()
    const bad = await app.request('/api/reports/coordination?from=2026-3-1&format=pdf')
    expect(bad.status).toBe(400)
    expect((await errorOf(bad)).issues.map(({ path }) => path[0])).toEqual(['from', 'to', 'format'])
    const long = await app.request('/api/reports/coordination?from=2020-01-01&to=2026-01-01')
    expect((await errorOf(long)).issues[0]).toMatchObject({ code: 'invalid', path: ['to'] })
    const backwards = await app.request('/api/reports/coordination?from=2026-04-01&to=2026-03-01')
    expect(backwards.status).toBe(400)
    expect((await errorOf(backwards)).issues[0]?.path).toEqual(['to'])
  })
})

describe('GET /api/stats/summary', () => {
  it('counts petitions by kind, channel and stage, and meetings by kind and status', async () => {
    const app = testApp()
    const before = (await (await app.request('/api/stats/summary')).json()) as StatsSummary
    expect(before.petitions.total).toBe(sample.petitions.length)
    expect(before.meetings.total).toBe(sample.meetings.length)
    const complaints = sample.petitions.filter((p) => p.kinds.includes('complaint')).length
    expect(before.petitions.byKind.complaint).toBe(complaints)
    expect(before.petitions.byChannel.other).toBeTypeOf('number')
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
    expect(sum(before.petitions.byStage)).toBe(before.petitions.total)
    expect(sum(before.meetings.byKind)).toBe(before.meetings.total)

    await submit(app, aSubmission())
    const after = (await (await app.request('/api/stats/summary')).json()) as StatsSummary
    expect(after.petitions.total).toBe(before.petitions.total + 1)
    expect(after.petitions.byChannel['online-portal']).toBe(
      before.petitions.byChannel['online-portal'] + 1,
    )
    expect(after.petitions.byStage.received).toBe(before.petitions.byStage.received + 1)
  })
})

describe('CORS and the rest', () => {
  const origin = 'https://portal.hanoi.example'

  it('answers a preflight from an allowed portal', async () => {
    const app = testApp({ corsOrigins: [origin] })
    const response = await app.request('/api/petitions', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin)
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST')
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key')
  })

  it('lets an allowed portal read answers and their headers, and no other origin', async () => {
    const app = testApp({ corsOrigins: [origin] })
    const allowed = await submit(app, aSubmission(), { Origin: origin })
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(origin)
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toContain('Location')
    const other = await app.request(`/api/meetings${week}`, {
      headers: { Origin: 'https://evil.example' },
    })
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('answers a method the endpoint does not have with 405 and Allow, in the error shape', async () => {
    const app = testApp()
    const put = await app.request('/api/petitions', { method: 'PUT' })
    expect(put.status).toBe(405)
    expect(put.headers.get('Allow')).toBe('POST')
    expect((await errorOf(put)).code).toBe('method_not_allowed')
    const remove = await app.request('/api/petitions/0000-0000-000', { method: 'DELETE' })
    expect(remove.headers.get('Allow')).toBe('GET, HEAD')
    expect((await app.request('/api/meetings.ics', { method: 'POST' })).status).toBe(405)
  })

  it('answers an unknown endpoint with 404 in the error shape', async () => {
    const response = await testApp().request('/api/nothing')
    expect(response.status).toBe(404)
    expect((await errorOf(response)).code).toBe('not_found')
  })
})
