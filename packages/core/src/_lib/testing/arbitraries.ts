// Test-only fast-check arbitraries: valid wire (JSON) inputs for every model, and near misses
// built from them. Never exported from the package (nothing in src/index.ts reaches this file).
import fc from 'fast-check'
import type { HolidayCalendarInput } from '../../calendar/holidayCalendar.schema.js'
import type { DeadlineRuleInput } from '../../deadlines/deadlines.schema.js'
import {
  deadlineConditions,
  deadlineDuties,
  deadlineStartFields,
  deadlineUnits,
} from '../../deadlines/deadlines.schema.js'
import type { DirectiveInput, TaskInput } from '../../directive/directive.schema.js'
import { documentTypes } from '../../directive/documentTypes.js'
import type { MeetingInput } from '../../meeting/meeting.schema.js'
import { meetingKinds, meetingStatuses } from '../../meeting/meeting.schema.js'
import type { OrganizationInput, PersonInput, VenueInput } from '../../office/office.schema.js'
import {
  administrativeLevels,
  organizationKinds,
  postRoles,
  venueKinds,
} from '../../office/office.schema.js'
import type { PetitionEventInput, PetitionInput } from '../../petition/petition.schema.js'
import {
  complaintVerdicts,
  petitionChannels,
  petitionComplexities,
  petitionEventTypes,
  petitionFields,
  petitionKinds,
  petitionOutcomes,
} from '../../petition/petition.schema.js'
import type { WorkProgramInput } from '../../program/program.schema.js'
import { programItemKinds } from '../../program/program.schema.js'

// ---------------------------------------------------------------------------------------------
// Text

const words = [
  'Hội nghị Ban Thường vụ Thành ủy Ủy ban nhân dân thành phố Hà Nội Hồ Chí Minh Đà Nẵng Huế',
  'Cần Thơ phường xã đặc khu khiếu nại tố cáo kiến nghị phản ánh đất đai bồi thường giải',
  'phóng mặt bằng chuyển đổi số Đại biểu Quốc hội tiếp công năm 2026 quý I tháng Nghị quyết',
  'Chỉ thị Kết luận Thông báo họp phiên thường kỳ Hội đồng Văn phòng Sở Nông nghiệp và Môi',
  'trường rà soát thủ tục hành chính đề án triển khai điểm cầu trực tuyến lấy ý kiến cử tri',
  'ngưỡng ưu tiên Ơn nghĩa quỹ đền ơn đáp nghĩa kinh tế – xã hội (lần 2) 156/QĐ-UBND “khẩn”',
  'đô thị nông thôn mới',
]
  .join(' ')
  .split(' ')
const familyNames = 'Nguyễn Trần Lê Phạm Huỳnh Hoàng Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'.split(' ')
const middleNames = 'Văn Thị Hữu Đức Ngọc Minh Thanh Quốc Xuân Thu'.split(' ')
const givenNames = 'An Bình Cường Dung Đạt Giang Hạnh Hùng Khánh Lộc Mỹ Phúc Sơn Thủy'.split(' ')

/** Whitespace a form or a copy-paste leaves around text; the schemas trim it. */
const padding = fc.constantFrom('', '', '', '', ' ', '  ', '\t', '\u00a0', '\n')

/**
 * Vietnamese text with diacritics, sometimes decomposed (NFD, as some systems send it) and
 * sometimes padded with whitespace. Never empty once trimmed.
 */
export function vietnameseText(minWords = 1, maxWords = 8): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.constantFrom(...words), { minLength: minWords, maxLength: maxWords }),
      fc.boolean(),
      padding,
      padding,
    )
    .map(([list, decomposed, before, after]) => {
      const text = list.join(' ')
      return before + (decomposed ? text.normalize('NFD') : text) + after
    })
}

/** A Vietnamese person's full name: family, middle and given names. */
export const personName: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...familyNames),
    fc.array(fc.constantFrom(...middleNames), { minLength: 0, maxLength: 2 }),
    fc.constantFrom(...givenNames),
  )
  .map(([family, middle, given]) => [family, ...middle, given].join(' '))

/** Free text that may also be empty (fields like `note` and `description`). */
const optionalText = fc.oneof(fc.constant(''), vietnameseText(1, 30))

// ---------------------------------------------------------------------------------------------
// Identifiers, contacts, links

const idPrefixes = [
  'ubnd',
  'hdnd',
  'tu',
  'vp-tu',
  'vp-ubnd',
  'so-nnmt',
  'so-xd',
  'p',
  'm',
  'd',
  't',
  'doan-dbqh',
]

/** A record id as back ends write them: codes like `vp-ubnd-12` or UUIDs. */
export const id: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...idPrefixes), fc.nat({ max: 9999 }))
    .map(([prefix, n]) => `${prefix}-${n}`),
  fc.uuid(),
)

/** Ids in which each appears once. */
export function idList(maxLength = 6): fc.Arbitrary<string[]> {
  return fc.uniqueArray(id, { maxLength })
}

const asciiNames = [
  'nguyen.van.an',
  'tiepcongdan',
  'vanphong',
  'le.thi.hanh',
  'pv_tran',
  'hdnd+phanhoi',
]
const domains = ['hanoi.gov.vn', 'hochiminhcity.gov.vn', 'danang.gov.vn', 'gmail.com', 'quochoi.vn']

/** An email address zod's `z.email()` accepts. */
export const email: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...asciiNames), fc.nat({ max: 99 }), fc.constantFrom(...domains))
  .map(([name, n, domain]) => `${name}${n === 0 ? '' : String(n)}@${domain}`)

/** A Vietnamese phone number, mobile or landline, local or international. */
export const phone: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `09${n}`),
  fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+84 24 ${n}`),
  fc.constantFrom('1022', '111', '(028) 3829 6052'),
)

/** A link to a document on an office's portal. */
export const url: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...domains.slice(0, 3)),
    fc.nat({ max: 99_999 }),
    fc.constantFrom('pdf', 'docx', ''),
  )
  .map(([domain, n, ext]) =>
    ext === '' ? `https://${domain}/van-ban?id=${n}` : `https://vanban.${domain}/files/${n}.${ext}`,
  )

const symbols = [
  '156/QĐ-UBND',
  '15-NQ/TU',
  '45-TB/TU',
  '31/2019/NĐ-CP',
  '123/UBND-VP',
  '05/2021/TT-TTCP',
  '45/2019/QH14',
]

/** A document symbol (số, ký hiệu) in canonical form. */
export const documentSymbol: fc.Arbitrary<string> = fc.constantFrom(...symbols)

/** A reference to a document: title, maybe a symbol and a link. */
export const documentRef = fc.record(
  { title: vietnameseText(2, 12), symbol: documentSymbol, url },
  { requiredKeys: ['title'] },
)

// ---------------------------------------------------------------------------------------------
// Time

/** Time zones the runtime knows, from UTC−10 to UTC+14, with and without daylight saving. */
export const timeZones = [
  'Asia/Ho_Chi_Minh',
  'Asia/Bangkok',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Australia/Adelaide',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'UTC',
] as const

/** A valid IANA time zone name. */
export const timeZone: fc.Arbitrary<string> = fc.constantFrom(...timeZones)

/** Offsets written in instants: whole hours, half and quarter hours, both signs, `Z`. */
export const offsets = [
  '+07:00',
  'Z',
  '-05:30',
  '+05:45',
  '+00:00',
  '-03:00',
  '+09:30',
  '+14:00',
  '-12:00',
  '+08:00',
  '-00:00',
] as const

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0
  const sign = offset.startsWith('-') ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

/**
 * Writes the instant `ms` as ISO 8601 in `offset`, with 0, 3 or 6 fraction digits (the wire
 * form). The local wall time is shifted so the string names exactly the instant `ms`, truncated
 * to the precision written.
 */
export function formatInstant(ms: number, offset: string, fractionDigits: 0 | 3 | 6): string {
  const local = new Date(ms + offsetMinutes(offset) * 60_000).toISOString()
  const fraction =
    fractionDigits === 0 ? '' : `.${`${local.slice(20, 23)}000`.slice(0, fractionDigits)}`
  return `${local.slice(0, 19)}${fraction}${offset}`
}

const MIN_MS = Date.UTC(1990, 0, 1)
const MAX_MS = Date.UTC(2099, 11, 31)
const DAY_MS = 86_400_000

/** An instant between 1990 and 2099 as a number of milliseconds, on whole seconds or not. */
const instantMs = fc.oneof(
  fc.integer({ min: MIN_MS / 1000, max: MAX_MS / 1000 }).map((s) => s * 1000),
  fc.integer({ min: MIN_MS, max: MAX_MS }),
)

const wireForm = fc.tuple(fc.constantFrom(...offsets), fc.constantFrom<0 | 3 | 6>(0, 3, 6))

/** An instant on the wire: ISO 8601 with one of {@link offsets}. */
export const instant: fc.Arbitrary<string> = fc
  .tuple(instantMs, wireForm)
  .map(([ms, [offset, digits]]) => formatInstant(ms, offset, digits))

/**
 * Instants in time order (equal ones allowed), each written with its own offset. Each is
 * truncated to the precision it is written with before sorting, so the text keeps the order.
 */
function orderedInstants(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.array(fc.tuple(instantMs, wireForm), { minLength, maxLength }).map((list) =>
    list
      .map(([ms, [offset, digits]]) => ({
        ms: digits === 0 ? Math.floor(ms / 1000) * 1000 : ms,
        offset,
        digits,
      }))
      .sort((a, b) => a.ms - b.ms)
      .map(({ ms, offset, digits }) => formatInstant(ms, offset, digits)),
  )
}

/** A start and a strictly later end (by at least one second), each in its own offset. */
export const instantInterval: fc.Arbitrary<{ start: string; end: string }> = fc
  .tuple(instantMs, fc.integer({ min: 1, max: (3 * DAY_MS) / 1000 }), wireForm, wireForm)
  .map(([start, seconds, [so, sd], [eo, ed]]) => {
    // Truncate before adding so that the end stays after the start at every precision.
    const startMs = sd === 0 ? Math.floor(start / 1000) * 1000 : start
    return {
      start: formatInstant(startMs, so, sd),
      end: formatInstant(startMs + seconds * 1000 + 999, eo, ed),
    }
  })

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** A day number (days since 1970-01-01) between 1990 and 2099. */
const dayNumber = fc.integer({ min: MIN_MS / DAY_MS, max: MAX_MS / DAY_MS })

/** A calendar date `YYYY-MM-DD`. */
export const calendarDate: fc.Arbitrary<string> = dayNumber.map(formatDay)

/** Two dates `[from, until]` with `from <= until`. */
const dateSpan = fc
  .tuple(dayNumber, fc.nat({ max: 3650 }))
  .map(([from, length]) => ({ from: formatDay(from), until: formatDay(from + length) }))

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Working hours: non-overlapping periods (in any order) on some weekdays. */
export const workingHours = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 8 }),
    fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    fc.boolean(),
  )
  .map(([bounds, days, reversed]) => {
    const sorted = [...bounds].sort((a, b) => a - b)
    const periods: { start: string; end: string }[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      periods.push({ start: clock(sorted[i] ?? 0), end: clock(sorted[i + 1] ?? 1440) })
    }
    return { periods: reversed ? periods.reverse() : periods, days }
  })

// ---------------------------------------------------------------------------------------------
// Office

/** A valid Organization on the wire. */
export const organizationInput: fc.Arbitrary<OrganizationInput> = fc
  .record(
    {
      id,
      name: vietnameseText(2, 10),
      shortName: fc.constantFrom('UBND', 'HĐND', 'TU', 'VP Đoàn ĐBQH', 'Sở NN&MT'),
      kind: fc.constantFrom(...organizationKinds),
      level: fc.constantFrom(...administrativeLevels),
      parentId: id,
      serves: idList(4),
      timeZone,
      workingHours,
      address: vietnameseText(2, 10),
      unitCode: fc.integer({ min: 1, max: 99_999 }).map((n) => String(n).padStart(5, '0')),
      active: fc.boolean(),
    },
    { requiredKeys: ['id', 'name', 'kind', 'level'] },
  )
  .filter((org) => org.parentId !== org.id)

const post = fc
  .tuple(
    fc.record(
      { organizationId: id, role: fc.constantFrom(...postRoles), title: vietnameseText(1, 6) },
      { requiredKeys: ['organizationId', 'role'] },
    ),
    fc.option(dateSpan, { nil: undefined }),
    fc.constantFrom('both', 'from', 'until'),
  )
  .map(([base, span, which]) => {
    if (span === undefined) return base
    if (which === 'from') return { ...base, from: span.from }
    if (which === 'until') return { ...base, until: span.until }
    return { ...base, ...span }
  })

/** A valid Person on the wire, with several posts. */
export const personInput: fc.Arbitrary<PersonInput> = fc.record(
  {
    id,
    name: personName,
    honorific: fc.constantFrom('Ông', 'Bà', 'Đồng chí', 'PGS.TS.'),
    email,
    phone,
    posts: fc.array(post, { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'name'] },
)

/** A valid Venue on the wire. */
export const venueInput: fc.Arbitrary<VenueInput> = fc.record(
  {
    id,
    name: vietnameseText(2, 8),
    kind: fc.constantFrom(...venueKinds),
    capacity: fc.integer({ min: 0, max: 5000 }),
    address: vietnameseText(2, 10),
    organizationId: id,
    timeZone,
  },
  { requiredKeys: ['id', 'name', 'kind'] },
)

// ---------------------------------------------------------------------------------------------
// Meeting

const recurrenceLines = fc.tuple(
  fc.option(
    fc.constantFrom(
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=12',
      'RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261231T170000Z',
      'rrule:freq=yearly',
    ),
    { nil: undefined },
  ),
  fc.array(
    fc.constantFrom(
      'EXDATE;TZID=Asia/Ho_Chi_Minh:20260105T080000',
      'RDATE:20260301T010000Z',
      'EXDATE:20260427T010000Z,20260504T010000Z',
    ),
    { maxLength: 3 },
  ),
)

const bridgePoint = fc.record(
  {
    venueId: id,
    name: vietnameseText(2, 8).map((text) => `Điểm cầu ${text}`),
    hostUnitId: id,
    delegates: fc.integer({ min: 0, max: 2000 }),
  },
  { requiredKeys: ['name', 'delegates'] },
)

/** A valid Meeting on the wire. */
export const meetingInput: fc.Arbitrary<MeetingInput> = fc
  .tuple(
    fc.record(
      {
        id,
        title: vietnameseText(3, 14),
        kind: fc.constantFrom(...meetingKinds),
        description: optionalText,
        hostId: id,
        coHostIds: idList(3),
        chairId: id,
        participantIds: idList(8),
        requiredPosts: fc.array(
          fc.record({ organizationId: id, role: fc.constantFrom(...postRoles) }),
          { maxLength: 4 },
        ),
        requiredOrganizationIds: idList(4),
        venueId: id,
        expectedAttendees: fc.integer({ min: 0, max: 1000 }),
        allDay: fc.boolean(),
        timeZone,
        recurrence: recurrenceLines.map(([rrule, others]) =>
          rrule === undefined ? others : [rrule, ...others],
        ),
        status: fc.constantFrom(...meetingStatuses),
        importance: fc.constantFrom('major' as const, 'normal' as const),
        online: fc.record(
          {
            mainBridgeVenueId: id,
            platform: fc.constantFrom('Zoom', 'Hệ thống họp trực tuyến của Chính phủ', 'Webex'),
            bridgePoints: fc.array(bridgePoint, { maxLength: 5 }),
          },
          { requiredKeys: [] },
        ),
        preparingUnitId: id,
        workProgramItemId: id,
        documents: fc.array(documentRef, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'title', 'kind', 'hostId'] },
    ),
    instantInterval,
  )
  .map(([meeting, interval]) => ({ ...meeting, ...interval }))

// ---------------------------------------------------------------------------------------------
// Petition

const idNumber = fc
  .integer({ min: 0, max: 999_999_999 })
  .map((n) => `001${String(n).padStart(9, '0')}`)

const petitioner = fc.record(
  { name: personName, idNumber, address: vietnameseText(3, 10), phone, email },
  { requiredKeys: ['name'] },
)

const anonymousPetitioner = fc.record(
  { name: fc.constant(''), address: vietnameseText(3, 10), phone, email },
  { requiredKeys: [] },
)

const attachment = fc.record(
  {
    name: fc
      .tuple(vietnameseText(1, 4), fc.constantFrom('pdf', 'jpg', 'docx'))
      .map(([n, ext]) => `${n.trim()}.${ext}`),
    mediaType: fc.constantFrom(
      'application/pdf',
      'image/jpeg',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ),
    size: fc.integer({ min: 0, max: 50_000_000 }),
    url,
  },
  { requiredKeys: ['name', 'mediaType', 'size'] },
)

const eventDetails = fc.record(
  {
    byId: id,
    note: optionalText,
    documents: fc.array(documentRef, { maxLength: 2 }),
    eligible: fc.boolean(),
    ineligibleReasons: fc.array(
      fc.constantFrom('anonymous', 'duplicate', 'not-competent', 'expired'),
      { maxLength: 3 },
    ),
    duplicateOfId: id,
    competent: fc.boolean(),
    forwardedToId: id,
    verdict: fc.constantFrom(...complaintVerdicts),
    instance: fc.constantFrom(1 as const, 2 as const),
    newDeadline: calendarDate,
  },
  { requiredKeys: [] },
)

const history: fc.Arbitrary<PetitionEventInput[]> = fc
  .tuple(
    orderedInstants(0, 6),
    fc.array(fc.tuple(fc.constantFrom(...petitionEventTypes), eventDetails), {
      minLength: 6,
      maxLength: 6,
    }),
  )
  .map(([times, details]) =>
    times.map((at, index) => {
      const [type, rest] = details[index] ?? ['received', {}]
      return { type, at, ...rest }
    }),
  )

/** A valid Petition on the wire: named or anonymous, with its processing history in time order. */
export const petitionInput: fc.Arbitrary<PetitionInput> = fc
  .tuple(
    fc.record(
      {
        id,
        trackingCode: fc
          .integer({ min: 1, max: 999_999 })
          .map((n) => `HN-2026-${String(n).padStart(6, '0')}`),
        kinds: fc.uniqueArray(fc.constantFrom(...petitionKinds), { minLength: 1, maxLength: 4 }),
        channel: fc.constantFrom(...petitionChannels),
        receivedAt: instant,
        receivedById: id,
        receivedByPersonId: id,
        coSigners: fc.integer({ min: 0, max: 300 }),
        representatives: fc.array(
          fc.record({ name: personName, idNumber, phone }, { requiredKeys: ['name'] }),
          { maxLength: 5 },
        ),
        subject: vietnameseText(3, 15),
        content: vietnameseText(5, 60),
        field: fc.constantFrom(...petitionFields),
        place: fc.record(
          {
            provinceCode: fc.constantFrom('01', '79', '48'),
            wardCode: fc.integer({ min: 1, max: 32_000 }).map((n) => String(n).padStart(5, '0')),
            address: vietnameseText(2, 8),
          },
          { requiredKeys: [] },
        ),
        complainedDecision: fc.record(
          {
            description: vietnameseText(3, 12),
            symbol: documentSymbol,
            issuedOn: calendarDate,
            issuedBy: vietnameseText(2, 6),
            learnedOn: calendarDate,
          },
          { requiredKeys: ['description'] },
        ),
        denounced: fc.oneof(
          fc.record(
            { name: personName, position: vietnameseText(1, 4) },
            { requiredKeys: ['name'] },
          ),
          fc.record(
            { agency: vietnameseText(2, 6), position: vietnameseText(1, 4) },
            { requiredKeys: ['agency'] },
          ),
        ),
        complaintInstance: fc.constantFrom(1 as const, 2 as const),
        complexity: fc.constantFrom(...petitionComplexities),
        remoteArea: fc.boolean(),
        attachments: fc.array(attachment, { maxLength: 3 }),
        relatedIds: idList(3),
        history,
        outcome: fc.constantFrom(...petitionOutcomes),
      },
      {
        requiredKeys: [
          'id',
          'trackingCode',
          'kinds',
          'channel',
          'receivedAt',
          'receivedById',
          'subject',
          'content',
        ],
      },
    ),
    fc.oneof(
      petitioner.map((p) => ({ petitioner: p })),
      fc.record({ anonymous: fc.constant(false), petitioner }),
      fc.record(
        { anonymous: fc.constant(true), petitioner: anonymousPetitioner },
        { requiredKeys: ['anonymous'] },
      ),
    ),
  )
  .map(([petition, who]) => ({ ...petition, ...who }))

// ---------------------------------------------------------------------------------------------
// Directive and tasks

const extensions = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 120 }),
      vietnameseText(3, 12),
      id,
      fc.integer({ min: 0, max: 30 }),
    ),
    { maxLength: 3 },
  )
  .chain((steps) =>
    dayNumber.map((first) => {
      let deadline = first
      return steps.map(([days, reason, approvedById, before]) => {
        const previous = deadline
        deadline += days
        return {
          previousDeadline: formatDay(previous),
          newDeadline: formatDay(deadline),
          reason,
          approvedById,
          approvedOn: formatDay(previous - before),
        }
      })
    }),
  )

const urging = fc.record(
  {
    at: instant,
    byId: id,
    documentSymbol: fc.constantFrom('123/VP-TH', '45/UBND-VP'),
    note: optionalText,
  },
  { requiredKeys: ['at', 'byId'] },
)

/** A valid Task on the wire, complete with the "5 clear" parts or not. */
export const taskInput: fc.Arbitrary<TaskInput> = fc
  .tuple(
    fc.record(
      {
        id,
        content: vietnameseText(3, 20),
        leadUnitId: id,
        coordinatingUnitIds: idList(4),
        leaderInChargeId: id,
        deadline: calendarDate,
        product: vietnameseText(2, 8),
        authority: vietnameseText(2, 8),
        progress: fc.integer({ min: 0, max: 100 }),
        extensions,
        urgings: fc.array(urging, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'content'] },
    ),
    fc.oneof(
      fc.record({ status: fc.constant('completed' as const), completedOn: calendarDate }),
      fc.record(
        {
          status: fc.constantFrom(
            'not-started' as const,
            'in-progress' as const,
            'overdue' as const,
            'cancelled' as const,
          ),
        },
        { requiredKeys: [] },
      ),
    ),
  )
  .map(([task, state]) => ({ ...task, ...state }))

/** A valid Directive on the wire with tasks whose ids are unique. */
export const directiveInput: fc.Arbitrary<DirectiveInput> = fc.record(
  {
    id,
    type: fc.constantFrom(...documentTypes),
    symbol: documentSymbol,
    issuerId: id,
    signerId: id,
    issuedOn: calendarDate,
    title: vietnameseText(3, 20),
    summary: optionalText,
    sourceMeetingId: id,
    documents: fc.array(documentRef, { maxLength: 3 }),
    tasks: fc.uniqueArray(taskInput, { maxLength: 5, selector: (task) => task.id }),
  },
  { requiredKeys: ['id', 'type', 'issuerId', 'issuedOn', 'title'] },
)

// ---------------------------------------------------------------------------------------------
// Work program

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

const year = fc.integer({ min: 1990, max: 2099 })

/** A period kind and a range of day numbers that fits it. */
const period = fc.oneof(
  dayNumber.map((day) => {
    // 1970-01-01 was a Thursday: day 4 was a Monday.
    const monday = day - ((((day - 4) % 7) + 7) % 7)
    return { periodKind: 'week' as const, first: monday, last: monday + 6 }
  }),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => ({
    periodKind: 'month' as const,
    first: dayOf(y, m, 1),
    last: dayOf(y, m, lastDayOfMonth(y, m)),
  })),
  fc.tuple(year, fc.integer({ min: 0, max: 3 })).map(([y, q]) => ({
    periodKind: 'quarter' as const,
    first: dayOf(y, q * 3 + 1, 1),
    last: dayOf(y, q * 3 + 3, lastDayOfMonth(y, q * 3 + 3)),
  })),
  year.map((y) => ({ periodKind: 'year' as const, first: dayOf(y, 1, 1), last: dayOf(y, 12, 31) })),
  fc.tuple(dayNumber, fc.nat({ max: 5 * 366 })).map(([first, length]) => ({
    periodKind: 'term' as const,
    first,
    last: first + length,
  })),
)

function programItem(first: number, last: number) {
  return fc
    .tuple(
      fc.record(
        {
          id,
          kind: fc.constantFrom(...programItemKinds),
          title: vietnameseText(3, 14),
          leadUnitId: id,
          coordinatingUnitIds: idList(3),
          presenterId: id,
          meetingId: id,
          directiveId: id,
          documentType: fc.constantFrom('resolution', 'plan', 'report', 'Nghị quyết'),
          status: fc.constantFrom(
            'planned' as const,
            'done' as const,
            'postponed' as const,
            'cancelled' as const,
          ),
          note: optionalText,
        },
        { requiredKeys: ['id', 'kind', 'title'] },
      ),
      fc.integer({ min: first, max: last }),
      fc.integer({ min: first, max: last }),
    )
    .map(([item, a, b]) => ({
      ...item,
      planned: { start: formatDay(Math.min(a, b)), end: formatDay(Math.max(a, b)) },
    }))
}

/** A valid WorkProgram on the wire: a period that fits its kind and items planned inside it. */
export const workProgramInput: fc.Arbitrary<WorkProgramInput> = period.chain(
  ({ periodKind, first, last }) =>
    fc
      .record(
        {
          id,
          ownerId: id,
          title: vietnameseText(3, 12),
          items: fc.uniqueArray(programItem(first, last), {
            maxLength: 6,
            selector: (item) => item.id,
          }),
        },
        { requiredKeys: ['id', 'ownerId'] },
      )
      .map((program) => ({
        ...program,
        periodKind,
        period: { start: formatDay(first), end: formatDay(last) },
      })),
)

// ---------------------------------------------------------------------------------------------
// Calendar and deadlines

/** A document and article, as a legal basis is written. */
const legalBasis = vietnameseText(2, 10)

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number counted from 1970-01-01 (a Thursday). */
function isoWeekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

const calendarEntry = fc.record(
  {
    offset: fc.nat({ max: 800 }),
    role: fc.constantFrom('holiday' as const, 'off' as const, 'working' as const),
    name: vietnameseText(1, 6),
    localName: vietnameseText(1, 6),
    legalBasis,
  },
  { requiredKeys: ['offset', 'role', 'name', 'legalBasis'] },
)

/**
 * A valid HolidayCalendar on the wire: holidays, days off and days worked in exchange on distinct
 * days inside its span, the last only on its weekly rest days.
 */
export const holidayCalendarInput: fc.Arbitrary<HolidayCalendarInput> = fc
  .record(
    {
      name: vietnameseText(1, 8),
      first: dayNumber,
      length: fc.nat({ max: 800 }),
      weeklyRestDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
      entries: fc.uniqueArray(calendarEntry, { maxLength: 12, selector: (entry) => entry.offset }),
    },
    { requiredKeys: ['name', 'first', 'length', 'entries'] },
  )
  .map(({ name, first, length, weeklyRestDays, entries }) => {
    const rest = weeklyRestDays ?? [6, 7]
    const inside = entries.filter((entry) => entry.offset <= length)
    const dayOf = (offset: number) => formatDay(first + offset)
    const change = (entry: (typeof inside)[number]) => ({
      date: dayOf(entry.offset),
      reason: entry.name,
      legalBasis: entry.legalBasis,
    })
    return {
      name,
      from: formatDay(first),
      to: formatDay(first + length),
      ...(weeklyRestDays === undefined ? {} : { weeklyRestDays }),
      holidays: inside
        .filter((entry) => entry.role === 'holiday')
        .map((entry) => ({
          date: dayOf(entry.offset),
          name: entry.name,
          ...(entry.localName === undefined ? {} : { localName: entry.localName }),
          legalBasis: entry.legalBasis,
        })),
      extraDaysOff: inside.filter((entry) => entry.role === 'off').map(change),
      extraWorkingDays: inside
        .filter(
          (entry) =>
            entry.role === 'working' && rest.includes(isoWeekdayOfDay(first + entry.offset)),
        )
        .map(change),
    }
  })

const eventType = fc.constantFrom(...petitionEventTypes)

/** A valid DeadlineRule on the wire: exactly one start and one end, in force over a span. */
export const deadlineRuleInput: fc.Arbitrary<DeadlineRuleInput> = fc
  .tuple(
    fc.record(
      {
        id,
        title: vietnameseText(2, 8),
        titleVi: vietnameseText(2, 8),
        kinds: fc.uniqueArray(fc.constantFrom(...petitionKinds), { minLength: 1, maxLength: 4 }),
        step: fc.constantFrom('accept', 'resolve', 'send-decision', 'answer', 'forward'),
        instance: fc.constantFrom(1 as const, 2 as const),
        channels: fc.uniqueArray(fc.constantFrom(...petitionChannels), {
          minLength: 1,
          maxLength: 3,
        }),
        condition: fc.constantFrom(...deadlineConditions),
        duty: fc.constantFrom(...deadlineDuties),
        start: fc.oneof(
          fc.record({ event: eventType }),
          fc.record({ field: fc.constantFrom(...deadlineStartFields) }),
        ),
        end: fc.oneof(
          fc.record({ events: fc.uniqueArray(eventType, { minLength: 1, maxLength: 3 }) }),
          fc.constant({ field: 'receivedAt' as const }),
        ),
        stopEvents: fc.uniqueArray(eventType, { maxLength: 3 }),
        amount: fc.integer({ min: 0, max: 3650 }),
        unit: fc.constantFrom(...deadlineUnits),
        extensions: fc.array(
          fc.record(
            {
              complexity: fc.uniqueArray(fc.constantFrom(...petitionComplexities), {
                minLength: 1,
                maxLength: 3,
              }),
              remoteArea: fc.boolean(),
              byDecision: fc.boolean(),
              amount: fc.integer({ min: 0, max: 3650 }),
              note: optionalText,
            },
            { requiredKeys: ['amount'] },
          ),
          { maxLength: 3 },
        ),
        extendable: fc.boolean(),
        legalBasis,
        confirmed: fc.boolean(),
        note: optionalText,
      },
      {
        requiredKeys: [
          'id',
          'title',
          'kinds',
          'step',
          'start',
          'end',
          'amount',
          'unit',
          'legalBasis',
        ],
      },
    ),
    fc.option(dateSpan, { nil: undefined }),
    fc.constantFrom('both' as const, 'from' as const, 'until' as const),
  )
  .map(([rule, span, which]) => {
    if (span === undefined) return rule
    return {
      ...rule,
      ...(which === 'until' ? {} : { inForceFrom: span.from }),
      ...(which === 'from' ? {} : { inForceUntil: span.until }),
    }
  })

// ---------------------------------------------------------------------------------------------
// Near misses

/** A path from the root of a value to one of its parts. */
export type Path = readonly (string | number)[]

/** A valid input with one part replaced by something arbitrary, or deleted. */
export interface NearMiss {
  readonly input: unknown
  /** Where the change was made. */
  readonly path: Path
  readonly change: 'replaced' | 'deleted'
  /** What the part was replaced by (absent when deleted). */
  readonly replacement?: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every path below the root of a JSON-like value, parents before children. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((child, index): [number, unknown] => [index, child])
    : isRecord(value)
      ? Object.entries(value)
      : []
  return children.flatMap(([key, child]) => {
    const path = [...prefix, key]
    return [path, ...pathsOf(child, path)]
  })
}

/** Copies `value` with the part at `path` replaced by `replacement` or deleted. */
export function changeAt(
  value: unknown,
  path: Path,
  change: 'replaced' | 'deleted',
  replacement?: unknown,
): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value)) {
    const copy = (value as unknown[]).slice()
    const index = Number(head)
    copy[index] = rest.length === 0 ? replacement : changeAt(copy[index], rest, change, replacement)
    return copy
  }
  if (!isRecord(value)) return value
  const key = String(head)
  const copy = Object.fromEntries(Object.entries(value).filter(([name]) => name !== key))
  if (rest.length > 0) copy[key] = changeAt(value[key], rest, change, replacement)
  else if (change === 'replaced') copy[key] = replacement
  return copy
}

/** Values to put in place of a valid part: JSON of every kind, and things JSON cannot hold. */
export const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({
    maxDepth: 2,
    withBoxedValues: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
  fc.constantFrom(
    undefined,
    null,
    '',
    '   ',
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    true,
    [],
    {},
    // Strings of the right type in the wrong form, which sort before or after valid values.
    '2026-13-45',
    '2026-02-30',
    '2026-03-02T08:00:00',
    '99:99',
    '25:00',
    '~',
    'zzz',
    'Mars/Olympus',
    '+07:00',
    'x'.repeat(60_000),
  ),
)

/**
 * Near misses of `valid`: one part (at any depth) replaced by {@link replacement}, or deleted
 * when it is an object's property. Array elements are only replaced, so indexes stay put.
 */
export function nearMiss(valid: fc.Arbitrary<unknown>): fc.Arbitrary<NearMiss> {
  return valid
    .map((input) => ({ input, paths: pathsOf(input) }))
    .filter(({ paths }) => paths.length > 0)
    .chain(({ input, paths }) =>
      fc
        .tuple(fc.constantFrom(...paths), fc.boolean(), replacement)
        .map(([path, remove, value]): NearMiss => {
          const inArray = typeof path[path.length - 1] === 'number'
          if (remove && !inArray)
            return { input: changeAt(input, path, 'deleted'), path, change: 'deleted' }
          return {
            input: changeAt(input, path, 'replaced', value),
            path,
            change: 'replaced',
            replacement: value,
          }
        }),
    )
}

// ---------------------------------------------------------------------------------------------
// Hostile input

/** The part of `value` at `path`, or `undefined`. */
export function valueAt(value: unknown, path: Path): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

const traps = ['get', 'has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor'] as const

/** What hostile code throws: errors with and without a message, and things that are not errors. */
const thrown = fc.constantFrom<unknown>(
  new Error('trap'),
  new Error(''),
  new TypeError('   '),
  'text',
  undefined,
  null,
  0,
  new Proxy(new Error('again'), {
    getPrototypeOf() {
      throw new Error('again')
    },
  }),
)

function throwingProxy(target: object, trap: (typeof traps)[number], value: unknown): object {
  return new Proxy(target, {
    [trap]: () => {
      // Hostile code throws anything, not only errors.
      throw value
    },
  })
}

function revokedProxy(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {})
  revoke()
  return proxy
}

/** A recipe for hostile input: built only when the property runs (fast-check probes values). */
export interface Hostile {
  /** Where the proxy goes (`[]` for the whole input). */
  readonly path: Path
  /** The trap that throws, or `revoked` for a revoked proxy. */
  readonly trap: (typeof traps)[number] | 'revoked'
  /** Builds the input: valid data with a proxy at {@link path}. */
  readonly build: () => unknown
}

/**
 * Valid input with the whole of it, or one object or list inside it, behind a proxy whose trap
 * throws (as a getter would), or behind a revoked proxy.
 */
export function hostile(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile> {
  return valid.chain((input) => {
    const containers = [[], ...pathsOf(input)].filter((path) => {
      const part = valueAt(input, path)
      return typeof part === 'object' && part !== null
    })
    return fc
      .tuple(fc.constantFrom(...containers), fc.constantFrom(...traps), thrown, fc.boolean())
      .map(([path, trap, value, revoke]): Hostile => {
        const build = () => {
          const target = valueAt(input, path) as object
          const proxy = revoke ? revokedProxy(target) : throwingProxy(target, trap, value)
          return path.length === 0 ? proxy : changeAt(input, path, 'replaced', proxy)
        }
        return { path, trap: revoke ? 'revoked' : trap, build }
      })
  })
}
