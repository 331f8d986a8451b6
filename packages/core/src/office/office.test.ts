import { describe, expect, it } from 'vitest'
import { LienthongError } from '../errors/LienthongError.js'
import { parseOrganization, safeParseOrganization } from './parseOrganization.js'
import { parsePerson, safeParsePerson } from './parsePerson.js'
import { parseVenue, safeParseVenue, serializeVenue } from './parseVenue.js'

describe('parseOrganization', () => {
  it('applies the Vietnamese defaults: time zone and office hours', () => {
    const org = parseOrganization({
      id: 'ubnd',
      name: 'UBND thành phố',
      kind: 'peoples-committee',
      level: 'province',
    })
    expect(org.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(org.workingHours.periods).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ])
    expect(org.serves).toEqual([])
  })

  it('refuses an unknown time zone instead of falling back to UTC', () => {
    const result = safeParseOrganization({
      id: 'x',
      name: 'X',
      kind: 'office',
      level: 'province',
      timeZone: 'Asia/Hanoi_City',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toHaveLength(1)
    expect(result.error.issues[0]?.path).toEqual(['timeZone'])
    expect(result.error.issues[0]?.code).toBe('invalid_time_zone')
    expect(result.error.message).toContain('"Asia/Hanoi_City" is not an IANA time zone')
  })

  it('refuses an offset posing as a time zone', () => {
    const result = safeParseOrganization({
      id: 'x',
      name: 'X',
      kind: 'office',
      level: 'province',
      timeZone: '+07:00',
    })
    expect(result.ok).toBe(false)
  })

  it('reports overlapping and inverted working periods', () => {
    const result = safeParseOrganization({
      id: 'x',
      name: 'X',
      kind: 'office',
      level: 'commune',
      workingHours: {
        days: [1, 2, 3, 4, 5],
        periods: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '10:00' },
        ],
      },
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['end_before_start', ['workingHours', 'periods', 1, 'end']],
      ['invalid', ['workingHours', 'periods']],
    ])
    expect(result.error.format()).toContain('periods 08:00–12:00 and 11:00–10:00 overlap')
  })

  it('says in Vietnamese what is wrong and where', () => {
    const result = safeParseOrganization(
      { id: '', name: 'X', kind: 'ministry', level: 'province' },
      { locale: 'vi' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.format('vi').split('\n')).toEqual([
      'id: phải lớn hơn hoặc bằng 1 ký tự',
      expect.stringMatching(/^kind: phải là một trong "party-committee", /),
    ])
  })
})

describe('parsePerson', () => {
  it('keeps every post a leader holds', () => {
    const person = parsePerson({
      id: 'p1',
      name: 'Nguyễn Văn An',
      posts: [
        { organizationId: 'tu', role: 'deputy-secretary', from: '2025-07-01' },
        { organizationId: 'hdnd', role: 'chair', from: '2025-07-01' },
      ],
    })
    expect(person.posts.map((post) => post.role)).toEqual(['deputy-secretary', 'chair'])
  })

  it('refuses a post that ends before it starts', () => {
    const result = safeParsePerson({
      id: 'p1',
      name: 'A',
      posts: [{ organizationId: 'tu', role: 'member', from: '2025-07-01', until: '2025-01-01' }],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues[0]).toMatchObject({
      code: 'end_before_start',
      path: ['posts', 0, 'until'],
    })
  })
})

describe('parseVenue', () => {
  it('throws a LienthongError naming the field, with expected and received types', () => {
    expect(() =>
      parseVenue({ id: 'v1', name: 'Hội trường', kind: 'hall', capacity: '300' }),
    ).toThrow(LienthongError)
    const result = safeParseVenue({ id: 'v1', name: 'Hội trường', kind: 'hall', capacity: '300' })
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      path: ['capacity'],
      code: 'invalid_type',
      expected: 'number',
      received: 'string',
      message: 'expected a number, received a string',
    })
  })

  it('round-trips through its wire form', () => {
    const venue = parseVenue({
      id: 'v1',
      name: 'Điểm cầu xã Ba Vì',
      kind: 'bridge-point',
      capacity: 80,
    })
    expect(parseVenue(JSON.parse(JSON.stringify(serializeVenue(venue))))).toEqual(venue)
  })
})
