import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { parseMeeting } from '../meeting/parseMeeting.js'
import { parsePetition } from '../petition/parsePetition.js'
import type { PetitionInput } from '../petition/petition.schema.js'
import { redactPetition } from '../petition/redactPetition.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import { groupedAccumulator } from '../stats/groupedAccumulator.js'
import { accumulate } from '../stats/accumulator.js'
import { petitionAccumulator } from '../stats/petitionAccumulator.js'
import { rangePeriod } from '../stats/period.js'
import { summarizeMeetings, summarizeTasks } from '../stats/summarize.js'
import { buildCoordinationReport, safeBuildCoordinationReport } from './buildCoordinationReport.js'

const at = (date: string) => `${date}T09:00:00+07:00`

function meeting(id: string, kind: string, hostId: string, date: string, extra: object = {}) {
  return parseMeeting({
    id,
    title: 'Hội nghị',
    kind,
    hostId,
    start: at(date),
    end: `${date}T11:30:00+07:00`,
    status: 'held',
    ...extra,
  })
}

function petition(input: Partial<PetitionInput> & Pick<PetitionInput, 'id' | 'receivedAt'>) {
  return redactPetition(
    parsePetition({
      trackingCode: 'HN-1',
      kinds: ['recommendation'],
      channel: 'post',
      receivedById: 'vp-tu',
      petitioner: { name: 'Lê Văn Cường' },
      subject: 'Đơn',
      content: 'Nội dung.',
      ...input,
    }),
    'public',
  )
}

const organizations = [
  { id: 'tt-tu', name: 'Thường trực Thành ủy' },
  { id: 'tu', name: 'Thành ủy' },
  { id: 'vp-tu', name: 'Văn phòng Thành ủy' },
  { id: 'vp-hdnd', name: 'Văn phòng HĐND' },
]

const meetings = [
  meeting('m1', 'standing-board-conference', 'tt-tu', '2023-03-06'),
  meeting('m2', 'standing-board-conference', 'tt-tu', '2023-03-13'),
  // Cancelled: not served.
  {
    ...meeting('m3', 'standing-board-conference', 'tt-tu', '2023-03-20'),
    status: 'cancelled' as const,
  },
  // Before the meetings' span, inside the online conferences' one.
  meeting('m4', 'online-conference', 'tu', '2022-11-02', {
    online: {
      bridgePoints: [
        { name: 'Điểm cầu A', delegates: 40 },
        { name: 'Điểm cầu B', delegates: 35 },
      ],
    },
  }),
  meeting('m5', 'citizen-reception', 'tu', '2023-02-15'),
]

const petitions = [
  // Received before the petitions' span, forwarded in it: carried over.
  petition({
    id: 'p1',
    receivedAt: at('2022-09-28'),
    history: [{ type: 'forwarded', at: at('2022-10-04'), forwardedToId: 'ubnd' }],
  }),
  // A crowd visit, a complaint, classified eligible and guided.
  petition({
    id: 'p2',
    kinds: ['complaint', 'recommendation'],
    channel: 'in-person',
    coSigners: 6,
    receivedAt: at('2023-05-03'),
    history: [
      { type: 'classified', at: at('2023-05-04'), eligible: true },
      { type: 'guided', at: at('2023-05-05') },
    ],
  }),
  // A repeat visit to the council's office, filed; still counted in 01/TCD.
  petition({
    id: 'p3',
    channel: 'in-person',
    receivedById: 'vp-hdnd',
    receivedAt: at('2023-06-01'),
    history: [
      { type: 'classified', at: at('2023-06-02'), duplicateOfId: 'p0' },
      { type: 'filed', at: at('2023-06-02') },
    ],
  }),
  // Open at the end.
  petition({ id: 'p4', kinds: ['denunciation'], receivedAt: at('2024-06-25') }),
  // After the report.
  petition({ id: 'p5', receivedAt: at('2024-07-02') }),
]

const options = {
  from: '2023-01-01',
  to: '2024-07-01',
  sections: {
    onlineConferences: { from: '2022-10-03', to: '2024-07-01' },
    petitions: { from: '2022-10-01', to: '2024-07-01' },
  },
}

describe('buildCoordinationReport', () => {
  it('reports hand-checked figures, each section over its own span', () => {
    const report = buildCoordinationReport({ organizations, meetings, petitions }, options)
    expect(report.meetings.period.key).toBe('2023-01-01..2024-07-01')
    expect(report.meetings.rows).toEqual([
      {
        bodyId: 'tt-tu',
        name: 'Thường trực Thành ủy',
        kind: 'standing-board-conference',
        meetings: 2,
        hours: 5,
      },
      { bodyId: 'tu', name: 'Thành ủy', kind: 'citizen-reception', meetings: 1, hours: 2.5 },
    ])
    expect(report.meetings.total).toEqual({ meetings: 3, hours: 7.5 })
    expect(report.onlineConferences).toMatchObject({
      conferences: 1,
      bridgePoints: 2,
      delegates: 75,
    })
    expect(report.petitions.rows).toEqual([
      {
        officeId: 'vp-hdnd',
        name: 'Văn phòng HĐND',
        received: 1,
        carriedOver: 0,
        new: 1,
        handled: 1,
        forwarded: 0,
        guided: 0,
        accepted: 0,
        documents: 0,
        open: 0,
      },
      {
        officeId: 'vp-tu',
        name: 'Văn phòng Thành ủy',
        received: 3,
        carriedOver: 1,
        new: 2,
        handled: 2,
        forwarded: 1,
        guided: 1,
        accepted: 0,
        documents: 2,
        open: 1,
      },
    ])
    expect(report.petitions.total).toMatchObject({ received: 4, handled: 3, open: 1 })
    expect(
      report.forms.tcd.rows.map((row) => [
        row.officeId,
        row.visits,
        row.people,
        row.repeatCases,
        row.crowdGroups,
      ]),
    ).toEqual([
      ['vp-hdnd', 1, 1, 1, 0],
      ['vp-tu', 1, 7, 0, 1],
    ])
    expect(report.forms.tcd.sessions).toBe(1)
    expect(report.forms.xld.total).toMatchObject({
      total: 4,
      carriedOver: 1,
      new: 3,
      processed: 3,
      pending: 1,
      eligible: 1,
      complaint: 1,
      denunciation: 0,
      recommendationReflection: 0,
      guided: 1,
      forwarded: 1,
    })
    expect(report.tasks.asOf).toBe('2024-06-30')
  })

  it('lists the offices and bodies asked for, in that order, zeros included', () => {
    const report = buildCoordinationReport(
      { organizations, meetings, petitions },
      { ...options, offices: ['vp-tu', 'doan-dbqh'], bodies: ['tu'] },
    )
    expect(report.petitions.rows.map((row) => [row.officeId, row.received])).toEqual([
      ['vp-tu', 3],
      ['doan-dbqh', 0],
    ])
    // Offices not asked for are not in the totals either.
    expect(report.petitions.total.received).toBe(3)
    expect(report.meetings.rows.map((row) => row.bodyId)).toEqual(['tu'])
    expect(report.onlineConferences.conferences).toBe(1)
  })

  it('agrees with the statistics it is built on, for a generated city', () => {
    const city = generateSampleData({ seed: 4, scale: 0.3 })
    const publicPetitions = city.petitions.map((p) => redactPetition(p, 'public'))
    const tasks = city.directives.flatMap((d) => d.tasks)
    const report = buildCoordinationReport(
      {
        organizations: city.organizations,
        meetings: city.meetings,
        petitions: publicPetitions,
        tasks,
      },
      { from: '2026-01-01', to: '2026-07-01' },
    )
    const period = rangePeriod('2026-01-01', '2026-07-01')
    const meetingStats = summarizeMeetings(city.meetings, { period })
    expect(report.meetings.total.meetings).toBe(meetingStats.meetings)
    expect(report.onlineConferences).toMatchObject(meetingStats.online)
    const byOffice = accumulate(
      groupedAccumulator(petitionAccumulator({ period }), (p) => p.receivedById),
      publicPetitions,
    )
    for (const row of report.petitions.rows) {
      expect(row.received).toBe(byOffice[row.officeId]?.received)
      expect(row.forwarded).toBe(byOffice[row.officeId]?.outcomes.forwarded ?? 0)
      expect(row.documents).toBe(byOffice[row.officeId]?.documents)
    }
    expect(report.petitions.rows.length).toBeGreaterThan(2)
    const taskStats = summarizeTasks(tasks, { asOf: '2026-06-30' })
    expect(report.tasks.overdue).toBe(taskStats.overdue)
    expect(report.tasks.overdueByUnit.reduce((n, unit) => n + unit.overdue, 0)).toBe(
      taskStats.overdue,
    )
  })

  it('gives zeros for no data', () => {
    const report = buildCoordinationReport({}, { from: '2026-01-01', to: '2026-02-01' })
    expect(report.meetings.rows).toEqual([])
    expect(report.petitions.total.received).toBe(0)
    expect(report.complaints.handlingTime).toEqual({ median: undefined, p90: undefined })
  })
})

describe('bad input', () => {
  const issue = (data: unknown, opts: unknown) => {
    const result = safeBuildCoordinationReport(data, opts)
    if (result.ok) throw new Error('expected an error')
    return result.error
  }

  it('names the option that is wrong, in the language asked for', () => {
    expect(issue({}, { from: '2024-07-01', to: '2024-01-01' }).path).toEqual(['to'])
    expect(issue({}, { to: '2024-01-01' }).issueCodes).toEqual(['required'])
    expect(
      issue({}, { from: '2024-01-01', to: '2024-07-01', timeZone: 'Mars/Base' }).issueCodes,
    ).toEqual(['invalid_time_zone'])
    expect(
      issue({}, { ...options, sections: { petitions: { from: 'soon', to: '2024-07-01' } } }).path,
    ).toEqual(['sections', 'petitions', 'from'])
    expect(issue({}, { ...options, offices: ['a', 'a'] }).issueCodes).toEqual(['duplicate_value'])
    expect(issue({}, { ...options, colour: 'red' }).issueCodes).toEqual(['unrecognized_keys'])
    const vi = issue({}, { from: '2024-07-01', to: '2024-01-01', locale: 'vi' })
    expect(vi.message).toContain('phải sau ngày bắt đầu')
  })

  it('names the item that is wrong, never a TypeError', () => {
    expect(issue(null, options).path).toEqual([])
    expect(issue({ petitions: 'many' }, options).path).toEqual(['petitions'])
    expect(issue({ petitions: [...petitions, { id: 'x' }] }, options).path).toEqual([
      'petitions',
      5,
    ])
    expect(issue({ petitions: [null] }, options).path).toEqual(['petitions', 0])
    expect(issue({ meetings: [meetings[0], 7] }, options).path).toEqual(['meetings', 1])
    expect(
      issue({ meetings: [{ ...meetings[3], online: { bridgePoints: [null] } }] }, options).path,
    ).toEqual(['meetings', 0])
    // A meeting's own `start` keeps its name.
    expect(
      issue({ meetings: [{ ...meetings[0], start: new Date('soon') }] }, options).path,
    ).toEqual(['meetings', 0])
    expect(
      issue({ petitions: [{ ...petitions[1], receivedAt: new Date('x') }] }, options).path,
    ).toEqual(['petitions', 0, 'receivedAt'])
    expect(issue({ organizations: [{ id: 'x' }] }, options).path).toEqual(['organizations', 0])
    expect(issue({ tasks: [{ id: 't' }] }, options).path[0]).toBe('tasks')
  })

  it('throws the same error from the throwing form', () => {
    expect(() => buildCoordinationReport({ petitions: [{ id: 'x' }] } as never, options)).toThrow(
      LienthongError,
    )
    const hostile = {
      get meetings(): never {
        throw new Error('no')
      },
    }
    expect(safeBuildCoordinationReport(hostile, options).ok).toBe(false)
  })
})
