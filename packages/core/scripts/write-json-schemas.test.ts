import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDirective, safeParseDirective, serializeDirective } from '../src/directive/index.js'
import { parseTask, safeParseTask, serializeTask } from '../src/directive/index.js'
import {
  parseHolidayCalendar,
  safeParseHolidayCalendar,
  serializeHolidayCalendar,
} from '../src/calendar/index.js'
import {
  parseDeadlineRule,
  safeParseDeadlineRule,
  serializeDeadlineRule,
} from '../src/deadlines/index.js'
import type { SafeParseResult } from '../src/errors/index.js'
import { parseMeeting, safeParseMeeting, serializeMeeting } from '../src/meeting/index.js'
import {
  parseOrganization,
  parsePerson,
  parseVenue,
  safeParseOrganization,
  safeParsePerson,
  safeParseVenue,
  serializeOrganization,
  serializePerson,
  serializeVenue,
} from '../src/office/index.js'
import { parsePetition, safeParsePetition, serializePetition } from '../src/petition/index.js'
import {
  parseWorkProgram,
  safeParseWorkProgram,
  serializeWorkProgram,
} from '../src/program/index.js'
import * as arbitraries from '../src/_lib/testing/arbitraries.js'
import { generatedFiles, jsonSchemaOf, modelSchemas, SCHEMA_DIR } from './json-schemas.js'

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)

/** What each model's test needs: its parsers, and where its JSON Schema is. */
interface Model {
  readonly parse: (input: unknown) => unknown
  readonly safeParse: (input: unknown) => SafeParseResult<unknown>
  readonly serialize: (value: unknown) => unknown
  readonly valid: fc.Arbitrary<unknown>
}

function model<T>(
  parse: (input: unknown) => T,
  safeParse: (input: unknown) => SafeParseResult<T>,
  serialize: (value: T) => unknown,
  valid: fc.Arbitrary<unknown>,
): Model {
  // `serialize` is only ever given what `parse` returned.
  return { parse, safeParse, serialize: (value) => serialize(value as T), valid }
}

const models: Record<string, Model> = {
  Organization: model(
    parseOrganization,
    safeParseOrganization,
    serializeOrganization,
    arbitraries.organizationInput,
  ),
  Person: model(parsePerson, safeParsePerson, serializePerson, arbitraries.personInput),
  Venue: model(parseVenue, safeParseVenue, serializeVenue, arbitraries.venueInput),
  Meeting: model(parseMeeting, safeParseMeeting, serializeMeeting, arbitraries.meetingInput),
  Petition: model(parsePetition, safeParsePetition, serializePetition, arbitraries.petitionInput),
  Directive: model(
    parseDirective,
    safeParseDirective,
    serializeDirective,
    arbitraries.directiveInput,
  ),
  Task: model(parseTask, safeParseTask, serializeTask, arbitraries.taskInput),
  WorkProgram: model(
    parseWorkProgram,
    safeParseWorkProgram,
    serializeWorkProgram,
    arbitraries.workProgramInput,
  ),
  HolidayCalendar: model(
    parseHolidayCalendar,
    safeParseHolidayCalendar,
    serializeHolidayCalendar,
    arbitraries.holidayCalendarInput,
  ),
  DeadlineRule: model(
    parseDeadlineRule,
    safeParseDeadlineRule,
    serializeDeadlineRule,
    arbitraries.deadlineRuleInput,
  ),
}

const validators = new Map(
  modelSchemas.map((entry) => [entry.title, ajv.compile(jsonSchemaOf(entry))]),
)

/**
 * The JSON Schema's verdict on `data`: whether it is valid, and where each error is, as a JSON
 * pointer (a missing property is placed at the property, as parseX does).
 */
function check(title: string, data: unknown): { valid: boolean; errors: string[] } {
  const validate = validators.get(title)
  if (!validate) throw new Error(`no JSON Schema for ${title}`)
  const valid = validate(data)
  const errors = (validate.errors ?? []).map((error) => {
    const missing: unknown = error.params.missingProperty
    return typeof missing === 'string' ? `${error.instancePath}/${missing}` : error.instancePath
  })
  return { valid, errors }
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key)}`).join('')
}

/** Real records, as an office's back end would send them. */
const realInputs: [title: string, input: unknown][] = [
  [
    'Organization',
    {
      id: 'vp-doan-dbqh-hdnd',
      name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội',
      shortName: 'VP Đoàn ĐBQH & HĐND',
      kind: 'office',
      level: 'province',
      serves: ['doan-dbqh-hn', 'hdnd-hn'],
      address: '2 phố Hai Bà Trưng, phường Cửa Nam, Hà Nội',
      unitCode: '01',
      workingHours: { periods: [{ start: '08:00', end: '12:00' }], days: [1, 2, 3, 4, 5, 6] },
    },
  ],
  [
    'Organization',
    {
      id: 'ubnd-phuong-ben-thanh',
      name: 'UBND phường Bến Thành',
      kind: 'peoples-committee',
      level: 'commune',
      parentId: 'ubnd-hcm',
      timeZone: 'Asia/Ho_Chi_Minh',
      active: false,
    },
  ],
  [
    'Person',
    {
      id: 'p-nguyen-van-an',
      name: 'Nguyễn Văn An',
      honorific: 'Đồng chí',
      email: 'nguyen.van.an@hanoi.gov.vn',
      phone: '+84 24 3825 3536',
      posts: [
        { organizationId: 'tu-hn', role: 'deputy-secretary', from: '2025-07-01' },
        {
          organizationId: 'hdnd-hn',
          role: 'chair',
          title: 'Chủ tịch HĐND thành phố',
          from: '2025-07-01',
          until: '2026-06-30',
        },
      ],
    },
  ],
  ['Venue', { id: 'hall-a', name: 'Hội trường A, trụ sở Thành ủy', kind: 'hall', capacity: 300 }],
  [
    'Venue',
    { id: 'berlin', name: 'Đại sứ quán Việt Nam tại Đức', kind: 'room', timeZone: 'Europe/Berlin' },
  ],
  [
    'Meeting',
    {
      id: 'm-2026-03-26',
      title: 'Phiên họp UBND thành phố thường kỳ tháng 3',
      kind: 'peoples-committee-regular-meeting',
      hostId: 'ubnd-hn',
      chairId: 'p-chu-tich',
      participantIds: ['p-pct-1', 'p-pct-2'],
      requiredPosts: [{ organizationId: 'ubnd-hn', role: 'chair' }],
      venueId: 'hall-a',
      start: '2026-03-26T08:00:00+07:00',
      end: '2026-03-26T11:30:00+07:00',
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=-1TH', 'EXDATE;TZID=Asia/Ho_Chi_Minh:20260430T080000'],
      importance: 'major',
      online: {
        mainBridgeVenueId: 'hall-a',
        platform: 'Hệ thống họp trực tuyến',
        bridgePoints: [{ name: 'Điểm cầu xã Ba Vì', hostUnitId: 'ubnd-ba-vi', delegates: 60 }],
      },
      documents: [
        {
          title: 'Tờ trình về kế hoạch đầu tư công',
          symbol: '120/TTr-UBND',
          url: 'https://hanoi.gov.vn/van-ban/120',
        },
      ],
    },
  ],
  [
    'Meeting',
    {
      id: 'm-berlin',
      title: 'Làm việc với đối tác tại Berlin',
      kind: 'working-session',
      hostId: 'ubnd-hn',
      start: '2026-03-02T09:00:00+01:00',
      end: '2026-03-02T05:30:00-05:30',
      timeZone: 'Europe/Berlin',
      status: 'confirmed',
    },
  ],
  [
    'Petition',
    {
      id: 'd-000123',
      trackingCode: 'HN-2026-000123',
      kinds: ['complaint', 'recommendation'],
      channel: 'online-portal',
      receivedAt: '2026-03-02T10:15:00+07:00',
      receivedById: 'vp-hdnd',
      petitioner: {
        name: 'Lê Văn Cường',
        idNumber: '001085012345',
        address: 'Phường Hoàn Kiếm, Hà Nội',
        email: 'cuong.le@gmail.com',
      },
      coSigners: 4,
      representatives: [{ name: 'Phạm Thị Dung', phone: '0912345678' }],
      subject: 'Khiếu nại quyết định thu hồi đất',
      content:
        'Tôi không đồng ý với mức bồi thường khi thu hồi đất tại thửa số 15, tờ bản đồ số 4.',
      field: 'compensation-resettlement',
      place: { provinceCode: '01', address: 'Phường Hoàn Kiếm' },
      complainedDecision: {
        description: 'Quyết định thu hồi đất',
        symbol: '156/QĐ-UBND',
        issuedOn: '2026-01-05',
        learnedOn: '2026-01-10',
      },
      complaintInstance: 1,
      attachments: [{ name: 'so-do.pdf', mediaType: 'application/pdf', size: 204_800 }],
      history: [
        { type: 'received', at: '2026-03-02T10:15:00+07:00', byId: 'vp-hdnd' },
        { type: 'classified', at: '2026-03-03T03:00:00Z', eligible: true, competent: false },
        { type: 'forwarded', at: '2026-03-03T14:00:00+07:00', forwardedToId: 'ubnd-hoan-kiem' },
      ],
    },
  ],
  [
    'Petition',
    {
      id: 'd-000124',
      trackingCode: 'HN-2026-000124',
      kinds: ['denunciation'],
      channel: 'mailbox',
      receivedAt: '2026-03-04T08:00:00+07:00',
      receivedById: 'vp-tu',
      anonymous: true,
      subject: 'Tố cáo cán bộ địa chính',
      content: 'Cán bộ địa chính phường X nhận tiền của người dân.',
      denounced: { position: 'Cán bộ địa chính', agency: 'UBND phường X' },
    },
  ],
  [
    'Directive',
    {
      id: 'tb-45',
      type: 'notice-of-conclusions',
      symbol: '45-TB/TU',
      issuerId: 'tu',
      issuedOn: '2026-03-05',
      title: 'Thông báo kết luận của Ban Thường vụ Thành ủy về đề án chuyển đổi số',
      tasks: [
        {
          id: 't1',
          content: 'Hoàn thiện đề án',
          leadUnitId: 'so-xd',
          leaderInChargeId: 'p-pct',
          deadline: '2026-04-30',
          product: 'Đề án trình Ban Thường vụ',
        },
        {
          id: 't2',
          content: 'Rà soát thủ tục hành chính lĩnh vực đất đai',
          coordinatingUnitIds: ['so-tp', 'so-tc'],
          status: 'completed',
          completedOn: '2026-05-02',
          extensions: [
            {
              previousDeadline: '2026-03-31',
              newDeadline: '2026-04-30',
              reason: 'Chờ ý kiến của Bộ Tài chính',
              approvedById: 'p-chu-tich',
              approvedOn: '2026-03-25',
            },
          ],
          urgings: [
            { at: '2026-03-20T08:00:00+07:00', byId: 'vp-ubnd', documentSymbol: '123/VP-TH' },
          ],
        },
      ],
    },
  ],
  [
    'Task',
    {
      id: 't3',
      content: 'Tổng hợp báo cáo quý I',
      leadUnitId: 'vp-ubnd',
      deadline: '2026-03-31',
      progress: 40,
      status: 'in-progress',
    },
  ],
  [
    'WorkProgram',
    {
      id: 'ctct-2026-03',
      ownerId: 'tu',
      title: 'Chương trình công tác tháng 3 năm 2026',
      periodKind: 'month',
      period: { start: '2026-03-01', end: '2026-03-31' },
      items: [
        {
          id: 'i1',
          kind: 'meeting',
          title: 'Hội nghị Ban Thường vụ',
          planned: { start: '2026-03-10', end: '2026-03-10' },
        },
        {
          id: 'i2',
          kind: 'document',
          title: 'Nghị quyết về chuyển đổi số',
          documentType: 'resolution',
          planned: { start: '2026-03-01', end: '2026-03-31' },
          leadUnitId: 'ban-tuyen-giao',
          status: 'postponed',
        },
      ],
    },
  ],
  [
    'HolidayCalendar',
    {
      name: 'Lịch làm việc của Văn phòng Thành ủy năm 2026',
      from: '2026-01-01',
      to: '2026-12-31',
      holidays: [
        {
          date: '2026-01-01',
          name: 'New Year’s Day',
          localName: 'Tết Dương lịch',
          legalBasis: 'Labour Code 2019, Article 112(1)(a)',
        },
      ],
      extraDaysOff: [
        {
          date: '2026-01-02',
          reason: 'Bridge day after New Year’s Day',
          legalBasis: 'Official Letter 12729/VPCP-KGVX of 2025-12-25',
        },
      ],
      extraWorkingDays: [
        {
          date: '2026-01-10',
          reason: 'Saturday worked in exchange for Friday 2026-01-02',
          legalBasis: 'Official Letter 12729/VPCP-KGVX of 2025-12-25',
        },
      ],
    },
  ],
  [
    'DeadlineRule',
    {
      id: 'hn-reflection-answer',
      title: 'Answer a reflection',
      titleVi: 'Trả lời phản ánh',
      kinds: ['reflection', 'recommendation'],
      step: 'answer',
      start: { field: 'receivedAt' },
      end: { events: ['answered', 'forwarded'] },
      amount: 15,
      unit: 'working-days',
      extensions: [{ complexity: ['complex'], amount: 30 }],
      legalBasis: 'Quyết định 12/2025/QĐ-UBND, Điều 8',
      inForceFrom: '2025-07-01',
      confirmed: false,
    },
  ],
]

/** Obvious wrong shapes, refused by the JSON Schema and by parseX alike, at the same place. */
const wrongInputs: [title: string, why: string, at: string, input: unknown][] = [
  ['Organization', 'not an object', '', ['ubnd']],
  [
    'Organization',
    'an unknown kind',
    '/kind',
    { id: 'x', name: 'Bộ', kind: 'ministry', level: 'central' },
  ],
  [
    'Organization',
    'a time of day past 24:00',
    '/workingHours/periods/0/end',
    {
      id: 'x',
      name: 'X',
      kind: 'office',
      level: 'province',
      workingHours: { periods: [{ start: '07:30', end: '25:00' }], days: [1] },
    },
  ],
  ['Person', 'no name', '/name', { id: 'p1' }],
  [
    'Person',
    'an email without a domain',
    '/email',
    { id: 'p1', name: 'Trần Thị Bình', email: 'binh@' },
  ],
  [
    'Person',
    'a post dated 30 February',
    '/posts/0/from',
    { id: 'p1', name: 'A', posts: [{ organizationId: 'tu', role: 'member', from: '2026-02-30' }] },
  ],
  [
    'Venue',
    'a capacity given as text',
    '/capacity',
    { id: 'v1', name: 'Hội trường', kind: 'hall', capacity: '300' },
  ],
  [
    'Venue',
    'a negative capacity',
    '/capacity',
    { id: 'v1', name: 'Hội trường', kind: 'hall', capacity: -5 },
  ],
  [
    'Meeting',
    'an instant without an offset',
    '/start',
    {
      id: 'm',
      title: 'Họp',
      kind: 'other',
      hostId: 'h',
      start: '2026-03-02T08:00:00',
      end: '2026-03-02T09:00:00+07:00',
    },
  ],
  [
    'Meeting',
    'no end',
    '/end',
    { id: 'm', title: 'Họp', kind: 'other', hostId: 'h', start: '2026-03-02T08:00:00+07:00' },
  ],
  [
    'Meeting',
    'the same participant twice',
    '/participantIds',
    {
      id: 'm',
      title: 'Họp',
      kind: 'other',
      hostId: 'h',
      start: '2026-03-02T08:00:00+07:00',
      end: '2026-03-02T09:00:00+07:00',
      participantIds: ['p1', 'p1'],
    },
  ],
  [
    'Petition',
    'no kinds',
    '/kinds',
    {
      id: 'd',
      trackingCode: 'X',
      kinds: [],
      channel: 'post',
      receivedAt: '2026-03-02T10:15:00Z',
      receivedById: 'vp',
      petitioner: { name: 'A' },
      subject: 'S',
      content: 'C',
    },
  ],
  [
    'Petition',
    'the same kind twice',
    '/kinds',
    {
      id: 'd',
      trackingCode: 'X',
      kinds: ['complaint', 'complaint'],
      channel: 'post',
      receivedAt: '2026-03-02T10:15:00Z',
      receivedById: 'vp',
      petitioner: { name: 'A' },
      subject: 'S',
      content: 'C',
    },
  ],
  [
    'Petition',
    'six representatives',
    '/representatives',
    {
      id: 'd',
      trackingCode: 'X',
      kinds: ['complaint'],
      channel: 'post',
      receivedAt: '2026-03-02T10:15:00Z',
      receivedById: 'vp',
      petitioner: { name: 'A' },
      subject: 'S',
      content: 'C',
      representatives: Array.from({ length: 6 }, (_, i) => ({ name: `Người đại diện ${i + 1}` })),
    },
  ],
  [
    'Petition',
    'a third complaint instance',
    '/complaintInstance',
    {
      id: 'd',
      trackingCode: 'X',
      kinds: ['complaint'],
      channel: 'post',
      receivedAt: '2026-03-02T10:15:00Z',
      receivedById: 'vp',
      petitioner: { name: 'A' },
      subject: 'S',
      content: 'C',
      complaintInstance: 3,
    },
  ],
  [
    'Directive',
    'an unknown document type',
    '/type',
    { id: 'x', type: 'memo', issuerId: 'tu', issuedOn: '2026-03-05', title: 'T' },
  ],
  [
    'Directive',
    'a task without content',
    '/tasks/0/content',
    {
      id: 'x',
      type: 'directive',
      issuerId: 'tu',
      issuedOn: '2026-03-05',
      title: 'T',
      tasks: [{ id: 't1' }],
    },
  ],
  ['Task', 'progress over 100', '/progress', { id: 't', content: 'Việc', progress: 120 }],
  [
    'WorkProgram',
    'a period without an end',
    '/period/end',
    { id: 'p', ownerId: 'tu', periodKind: 'term', period: { start: '2026-03-15' } },
  ],
  [
    'WorkProgram',
    'an unknown item kind',
    '/items/0/kind',
    {
      id: 'p',
      ownerId: 'tu',
      periodKind: 'year',
      period: { start: '2026-01-01', end: '2026-12-31' },
      items: [
        { id: 'i', kind: 'party', title: 'T', planned: { start: '2026-02-01', end: '2026-02-01' } },
      ],
    },
  ],
  ['HolidayCalendar', 'no span', '/from', { name: 'Lịch' }],
  [
    'HolidayCalendar',
    'a weekday 8',
    '/weeklyRestDays/0',
    { name: 'Lịch', from: '2026-01-01', to: '2026-12-31', weeklyRestDays: [8] },
  ],
  [
    'HolidayCalendar',
    'a holiday without its legal basis',
    '/holidays/0/legalBasis',
    {
      name: 'Lịch',
      from: '2026-01-01',
      to: '2026-12-31',
      holidays: [{ date: '2026-01-01', name: 'Tết' }],
    },
  ],
  [
    'DeadlineRule',
    'an amount in words',
    '/amount',
    {
      id: 'x',
      title: 'X',
      kinds: ['complaint'],
      step: 'accept',
      start: { field: 'receivedAt' },
      end: { events: ['accepted'] },
      amount: 'mười',
      unit: 'working-days',
      legalBasis: 'Luật Khiếu nại 2011, Điều 27',
    },
  ],
  [
    'DeadlineRule',
    'an unknown unit',
    '/unit',
    {
      id: 'x',
      title: 'X',
      kinds: ['complaint'],
      step: 'accept',
      start: { field: 'receivedAt' },
      end: { events: ['accepted'] },
      amount: 10,
      unit: 'months',
      legalBasis: 'Luật Khiếu nại 2011, Điều 27',
    },
  ],
]

describe('JSON Schemas of the models', () => {
  it('are current on disk (run `pnpm --filter @lienthong/core schemas` if not)', () => {
    const folder = fileURLToPath(new URL(`../../../${SCHEMA_DIR}/`, import.meta.url))
    for (const { name, text } of generatedFiles()) {
      expect(readFileSync(`${folder}${name}`, 'utf8'), name).toBe(text)
    }
  })

  it('are valid draft 2020-12 schemas with an $id, a title and a description', () => {
    expect(modelSchemas.map((entry) => entry.title).sort()).toEqual(Object.keys(models).sort())
    for (const entry of modelSchemas) {
      const schema = jsonSchemaOf(entry)
      expect(ajv.validateSchema(schema), entry.title).toBe(true)
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `urn:lienthong:schema:${entry.file}`,
        title: entry.title,
        description: expect.stringContaining(`parse${entry.title}`) as unknown,
      })
    }
  })

  it.each(realInputs)('accept a real %s, and what serializeX writes for it', (title, input) => {
    const { parse, serialize } = models[title] ?? expect.unreachable()
    const wire = serialize(parse(input))
    expect(check(title, input)).toEqual({ valid: true, errors: [] })
    expect(check(title, wire)).toEqual({ valid: true, errors: [] })
  })

  it.each(wrongInputs)('refuse a %s with %s at %s, as parseX does', (title, _why, at, input) => {
    const { safeParse } = models[title] ?? expect.unreachable()
    const verdict = check(title, input)
    expect(verdict.valid).toBe(false)
    expect(verdict.errors.filter((where) => where.startsWith(at))).not.toEqual([])
    const result = safeParse(input)
    const paths = result.ok ? [] : result.error.issues.map((issue) => pointer(issue.path))
    expect(paths.filter((where) => where.startsWith(at))).not.toEqual([])
  })

  it.each(Object.entries(models))(
    'accept every valid %s the property tests generate',
    (title, entry) => {
      fc.assert(
        fc.property(entry.valid, (input) => {
          expect(check(title, input).errors).toEqual([])
          expect(check(title, entry.serialize(entry.parse(input))).errors).toEqual([])
        }),
        { numRuns: 100 },
      )
    },
  )

  it('leave zone names and cross-field rules to parseX, as the README says', () => {
    const meeting = {
      id: 'm',
      title: 'Họp',
      kind: 'other',
      hostId: 'h',
      start: '2026-03-02T10:00:00+07:00',
      end: '2026-03-02T09:00:00+07:00',
      timeZone: 'Mars/Olympus',
    }
    expect(check('Meeting', meeting).valid).toBe(true)
    const result = safeParseMeeting(meeting)
    expect(result.ok ? [] : result.error.issueCodes).toEqual([
      'invalid_time_zone',
      'end_before_start',
    ])
  })
})
