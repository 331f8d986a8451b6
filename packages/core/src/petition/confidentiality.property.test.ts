// The denouncer's identity never leaves the receiving office (Law 25/2018/QH14 Art 9(1)(b),
// Art 56): on generated petitions whose identity is also written into their free text, no field of
// it appears in the public view, the public status, or (for denunciations and anonymous
// petitions) what the competent agency receives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeVietnamese } from './normalizeVietnamese.js'
import { parsePetition } from './parsePetition.js'
import type { Petition, PetitionInput } from './petition.schema.js'
import { publicPetitionStatus } from './publicPetitionStatus.js'
import { redactPetition } from './redactPetition.js'

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
]
const middles = ['Văn', 'Thị', 'Hữu', 'Ngọc', 'Minh', 'Xuân']
const givens = ['Bình', 'Cường', 'Dung', 'Hạnh', 'Khánh', 'Lộc', 'Nguyệt', 'Quỳnh', 'Thủy', 'Yến']
const streets = ['Hàng Bạc', 'Phố Huế', 'Đội Cấn', 'Kim Mã', 'Láng Hạ', 'Giảng Võ']
// Free text around the planted identity: no syllable of the name pools above.
const fillers =
  'cán bộ địa chính phường nhận tiền khi cấp sổ đỏ đề nghị xem xét xử lý nghiêm'.split(' ')

const personName = fc
  .tuple(fc.constantFrom(...families), fc.constantFrom(...middles), fc.constantFrom(...givens))
  .map((parts) => parts.join(' '))

const identity = fc.record({
  name: personName,
  address: fc
    .tuple(
      fc.integer({ min: 1, max: 300 }),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom(...streets),
    )
    .map(([house, lane, street]) => `Số ${house} ngõ ${lane} phố ${street}, Hà Nội`),
  idNumber: fc
    .integer({ min: 1, max: 999_999_999 })
    .map((n) => `0011${String(n).padStart(9, '0')}`),
  phone: fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `09${n}`),
  email: fc
    .tuple(fc.constantFrom('binh', 'cuong', 'hanh'), fc.integer({ min: 10, max: 99 }))
    .map(([user, n]) => `${user}.tocao${n}@gmail.com`),
})

type Identity = typeof identity extends fc.Arbitrary<infer T> ? T : never

/** How a person might write their identity into the text: cased, decomposed, unaccented, spaced. */
const spellings = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.normalize('NFD'),
  (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
  (s: string) => s.replace(/ /g, '  '),
)
const phoneSpellings = fc.constantFrom(
  (p: string) => p,
  (p: string) => `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`,
  (p: string) => `+84 ${p.slice(1, 4)} ${p.slice(4, 7)} ${p.slice(7)}`,
  (p: string) => `${p.slice(0, 4)}.${p.slice(4, 7)}.${p.slice(7)}`,
)

const text = fc
  .array(fc.constantFrom(...fillers), { minLength: 3, maxLength: 12 })
  .map((words) => words.join(' '))

const petitionArbitrary: fc.Arbitrary<{ petition: Petition; secrets: Identity[] }> = fc
  .record({
    who: identity,
    representative: identity,
    kinds: fc.constantFrom(
      ['denunciation'] as const,
      ['denunciation', 'complaint'] as const,
      ['complaint'] as const,
      ['reflection'] as const,
    ),
    anonymous: fc.boolean(),
    spell: spellings,
    spellPhone: phoneSpellings,
    before: text,
    after: text,
    coSigners: fc.constantFrom(0, 4, 12),
    forwarded: fc.boolean(),
  })
  .map(
    ({
      who,
      representative,
      kinds,
      anonymous,
      spell,
      spellPhone,
      before,
      after,
      coSigners,
      forwarded,
    }) => {
      const written = `Tôi là ${spell(who.name)}, địa chỉ ${spell(who.address)}, CCCD ${who.idNumber}, điện thoại ${spellPhone(who.phone)}, email ${who.email}.`
      const input: PetitionInput = {
        id: 'p1',
        trackingCode: 'K7M4-X9QP-R2Y',
        kinds: [...kinds],
        channel: 'in-person',
        receivedAt: '2026-03-02T08:00:00+07:00',
        receivedById: 'vp-tu',
        anonymous,
        petitioner: who,
        coSigners,
        representatives:
          coSigners > 0
            ? [
                {
                  name: representative.name,
                  idNumber: representative.idNumber,
                  phone: representative.phone,
                },
              ]
            : [],
        subject: `Đơn của ${spell(who.name)}`,
        content: `${before} ${written} ${after} Người đại diện: ${spell(representative.name)} (${spellPhone(representative.phone)}).`,
        place: { provinceCode: '01', wardCode: '00256', address: who.address },
        ...((kinds as readonly string[]).includes('denunciation')
          ? { denounced: { agency: 'UBND phường Y' } }
          : {}),
        attachments: [
          {
            name: `don-viet-tay-${normalizeVietnamese(who.name).replace(/ /g, '-')}.jpg`,
            mediaType: 'image/jpeg',
            size: 1000,
          },
        ],
        history: [
          {
            type: 'received',
            at: '2026-03-02T08:00:00+07:00',
            byId: 'can-bo-1',
            note: `Ông/bà ${spell(who.name)} nộp trực tiếp`,
          },
          {
            type: 'classified',
            at: '2026-03-03T08:00:00+07:00',
            eligible: true,
            documents: [{ title: `Phiếu xử lý đơn của ${who.name}, ĐT ${who.phone}` }],
          },
          ...(forwarded
            ? [
                {
                  type: 'competence-decided' as const,
                  at: '2026-03-04T08:00:00+07:00',
                  competent: false,
                },
                {
                  type: 'forwarded' as const,
                  at: '2026-03-05T08:00:00+07:00',
                  forwardedToId: 'ubnd-quan',
                  note: `Chuyển đơn của ${who.name} (${who.email})`,
                },
              ]
            : []),
        ],
      }
      return {
        petition: parsePetition(input),
        secrets: coSigners > 0 ? [who, representative] : [who],
      }
    },
  )

/**
 * Whether any identity field shows in `output`, looked for independently of the redaction code:
 * in the output's JSON folded without case, diacritics or punctuation, words as whole words and
 * numbers whatever their grouping.
 */
function leaks(output: unknown, people: readonly Identity[]): string[] {
  const folded = ` ${normalizeVietnamese(JSON.stringify(output))} `
  const found: string[] = []
  for (const person of people) {
    const words = [person.name, person.address, person.address.split(',')[0] ?? '', person.email]
    for (const value of words) {
      if (folded.includes(` ${normalizeVietnamese(value)} `)) found.push(value)
    }
    for (const number of [person.idNumber, person.phone, `84${person.phone.slice(1)}`]) {
      if (new RegExp(number.split('').join(' ?')).test(folded)) found.push(number)
    }
  }
  return found
}

describe('denouncer confidentiality (property)', () => {
  it('the checker sees the identity in the unredacted petition', () => {
    fc.assert(
      fc.property(petitionArbitrary, ({ petition, secrets }) => {
        expect(leaks(petition, secrets).length).toBeGreaterThan(0)
      }),
      { numRuns: 50 },
    )
  })

  it('no public view or public status contains any identity field of anyone', () => {
    fc.assert(
      fc.property(petitionArbitrary, ({ petition, secrets }) => {
        expect(leaks(redactPetition(petition, 'public'), secrets)).toEqual([])
        expect(leaks(publicPetitionStatus(petition), secrets)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('the competent agency never receives a denouncer’s or anonymous petitioner’s identity', () => {
    fc.assert(
      fc.property(petitionArbitrary, ({ petition, secrets }) => {
        const view = redactPetition(petition, 'competent-agency')
        const secret = petition.anonymous || petition.kinds.includes('denunciation')
        expect(view.identityWithheld).toBe(secret)
        if (secret) expect(leaks(view, secrets)).toEqual([])
        else expect(view.petitioner).toEqual(petition.petitioner)
      }),
      { numRuns: 300 },
    )
  })
})
