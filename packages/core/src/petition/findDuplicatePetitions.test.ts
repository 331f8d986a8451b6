import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findDuplicatePetitions,
  type DuplicateCandidate,
  type FindDuplicatePetitionsOptions,
} from './findDuplicatePetitions.js'
import {
  decisionKey,
  denouncedKey,
  jaccard,
  forEachHashRun,
  keyWay,
  petitionerKeys,
  sameDecision,
  sameDenounced,
  samePetitionerKey,
  textShingles,
  textSimilarity,
  type PetitionerMatch,
} from './petitionMatching.js'
import { generatePetitions } from './testing/generatePetitions.js'

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 2))

function candidate(
  id: string,
  dayNumber: number,
  petitioner: DuplicateCandidate['petitioner'],
  content: string,
  extra: Partial<DuplicateCandidate> = {},
): DuplicateCandidate {
  return {
    id,
    receivedAt: day(dayNumber),
    anonymous: false,
    petitioner,
    subject: 'Đơn kiến nghị',
    content,
    ...extra,
  }
}

const cuong = {
  name: 'Lê Văn Cường',
  address: 'Số 12 ngõ 34 phố Hàng Bạc, Hà Nội',
  idNumber: '001085012345',
}
const text =
  'Mức bồi thường đất nông nghiệp ở thôn Đông quá thấp, đề nghị xem xét lại cho gia đình tôi.'

describe('findDuplicatePetitions', () => {
  it('groups the same petitioner writing the same matter, however it is spelt', () => {
    const groups = findDuplicatePetitions([
      candidate('d1', 0, cuong, text),
      candidate(
        'd2',
        40,
        { name: 'LE VAN CUONG', address: 'so 12 ngo 34 pho hang bac - HA NOI' },
        'MUC BOI THUONG DAT NONG NGHIEP O THON DONG QUA THAP, de nghi xem xet lai cho gia dinh toi!!',
      ),
      candidate('d3', 5, { name: 'Trần Thị Bình', address: 'Phố Huế, Hà Nội' }, text),
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({
      petitionIds: ['d1', 'd2'],
      firstId: 'd1',
      similarity: 1,
      petitioner: ['name-address'],
      matter: ['similar-text'],
    })
    expect(groups[0]?.matches).toEqual([
      {
        petitionIds: ['d1', 'd2'],
        similarity: 1,
        petitioner: ['name-address'],
        matter: ['similar-text'],
      },
    ])
  })

  it('matches petitioners by ID number, phone or email, and by household when asked', () => {
    const petitions = [
      candidate('a', 0, { name: 'Lê Văn Cường', idNumber: '001 085 012 345' }, text),
      candidate('b', 1, { name: 'L. V. Cường', idNumber: '001085012345' }, text),
      candidate('c', 2, { name: 'Cường', phone: '+84 912 345 678' }, text),
      candidate('d', 3, { name: 'Anh Cường', phone: '0912345678', email: 'CUONG@gmail.com' }, text),
      candidate('e', 4, { name: 'Cường', email: 'cuong@gmail.com' }, text),
      candidate('f', 5, { name: 'Lê Thị Hoa', address: 'Số 12 ngõ 34 phố Hàng Bạc, Hà Nội' }, text),
      candidate(
        'g',
        6,
        { name: 'Lê Văn Cường', address: 'Số 12 ngõ 34 phố Hàng Bạc, Hà Nội' },
        text,
      ),
    ]
    const groups = findDuplicatePetitions(petitions)
    // Largest group first.
    expect(groups.map((g) => g.petitionIds)).toEqual([
      ['c', 'd', 'e'],
      ['a', 'b'],
    ])
    expect(groups[0]?.petitioner).toEqual(['phone', 'email'])
    expect(groups[1]?.petitioner).toEqual(['id-number'])
    const households = findDuplicatePetitions(petitions, { by: ['household'] })
    expect(households.map((g) => g.petitionIds)).toEqual([['f', 'g']])
    expect(households[0]?.petitioner).toEqual(['household'])
  })

  it('matches the same decision or the same denounced person even in other words', () => {
    const groups = findDuplicatePetitions([
      candidate('a', 0, cuong, 'Khiếu nại quyết định thu hồi đất.', {
        complainedDecision: { description: 'QĐ thu hồi', symbol: '156/QĐ-UBND' },
      }),
      candidate('b', 9, cuong, 'Đề nghị hủy bỏ văn bản sai trái, trả lại đất cho dân.', {
        complainedDecision: { description: 'thu hồi đất', symbol: '156/qđ-ubnd' },
      }),
      candidate('c', 0, { idNumber: '079200000001' }, 'Cán bộ nhận tiền.', {
        denounced: { name: 'Nguyễn Văn X', agency: 'UBND phường Y' },
      }),
      candidate('d', 3, { idNumber: '079200000001' }, 'Tiếp tục tố cáo vì chưa được giải quyết.', {
        denounced: { name: 'NGUYEN VAN X', agency: 'UBND phuong Y' },
      }),
    ])
    expect(groups.map((g) => [g.petitionIds, g.matter])).toEqual([
      [['a', 'b'], ['same-decision']],
      [['c', 'd'], ['same-denounced']],
    ])
    expect(groups[0]?.similarity).toBeLessThan(0.5)
  })

  it('joins chains into one group and keeps the weakest link as its similarity', () => {
    const words = 'mot hai ba bon nam sau bay tam chin muoi tram nghin'.split(' ')
    const groups = findDuplicatePetitions(
      [
        candidate('a', 0, cuong, words.slice(0, 8).join(' ')),
        candidate('b', 1, cuong, words.slice(2, 10).join(' ')),
        candidate('c', 2, cuong, words.slice(4, 12).join(' ')),
      ],
      { threshold: 0.5 },
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]?.petitionIds).toEqual(['a', 'b', 'c'])
    expect(groups[0]?.matches).toHaveLength(2) // a–b and b–c; a–c is below the threshold
    expect(groups[0]?.similarity).toBeCloseTo(7 / 13) // the subject's word pairs count too
  })

  it('never groups anonymous petitions and honours withinDays', () => {
    const anonymous = { ...candidate('x', 0, cuong, text), anonymous: true }
    expect(findDuplicatePetitions([anonymous, candidate('y', 1, cuong, text)])).toEqual([])
    const far = [candidate('a', 0, cuong, text), candidate('b', 400, cuong, text)]
    expect(findDuplicatePetitions(far, { withinDays: 365 })).toEqual([])
    expect(findDuplicatePetitions(far)).toHaveLength(1)
  })

  it('finds the duplicates the generator planted', () => {
    const { petitions, planted } = generatePetitions(20_000, { seed: 7 })
    expect(planted.duplicates.length).toBeGreaterThan(100)
    const groups = findDuplicatePetitions(petitions)
    const found = new Set(groups.map((g) => g.petitionIds.join(',')))
    // Re-sent petitions, and the petitions a person sent to one level after another.
    const expected = [...planted.duplicates, ...planted.beyondTheLevel]
    for (const ids of expected) {
      expect(found.has([...ids].join(',')), ids.join(',')).toBe(true)
    }
    expect(groups).toHaveLength(expected.length)
  })
})

// ---------------------------------------------------------------------------------------------
// Oracle: every pair compared, then connected.

function naiveGroups(
  petitions: readonly DuplicateCandidate[],
  options: FindDuplicatePetitionsOptions,
): string[][] {
  const by: readonly PetitionerMatch[] = options.by ?? [
    'id-number',
    'name-address',
    'phone',
    'email',
  ]
  const threshold = options.threshold ?? 0.5
  const parent = petitions.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] ?? i))
  petitions.forEach((a, i) => {
    petitions.forEach((b, j) => {
      if (j <= i) return
      const keysB = new Set(petitionerKeys(b, by))
      if (!petitionerKeys(a, by).some((key) => keysB.has(key))) return
      const similarity = jaccard(textShingles(a), textShingles(b))
      const sameDecision = decisionKey(a) !== undefined && decisionKey(a) === decisionKey(b)
      const sameDenounced = denouncedKey(a) !== undefined && denouncedKey(a) === denouncedKey(b)
      if ((similarity > 0 && similarity >= threshold) || sameDecision || sameDenounced) {
        parent[find(j)] = find(i)
      }
    })
  })
  const groups = new Map<number, string[]>()
  petitions.forEach((p, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), p.id])
  })
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort()
}

const smallPool = fc.constantFrom(
  { name: 'Lê Văn Cường', address: 'Số 1 phố Huế', idNumber: '001085000001' },
  { name: 'LE VAN CUONG', address: 'so 1 pho hue' },
  { name: 'Trần Thị Bình', phone: '0912 000 001' },
  { name: 'Bình', phone: '+84912000001', email: 'binh@gmail.com' },
  { name: 'Phạm Dung', email: 'BINH@gmail.com' },
)
const wordPool = 'dat dai boi thuong nha o ngo pho xay dung trai phep khieu nai to cao'.split(' ')

const candidateArbitrary = fc.record({
  petitioner: smallPool,
  anonymous: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  words: fc.array(fc.constantFrom(...wordPool), { minLength: 1, maxLength: 10 }),
  day: fc.integer({ min: 0, max: 60 }),
  symbol: fc.constantFrom(undefined, undefined, undefined, '1/QĐ-UBND', '2/QĐ-UBND'),
})

describe('findDuplicatePetitions against pairwise comparison (property)', () => {
  it('finds exactly the groups of the naive algorithm, in small and large blocks', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArbitrary, { minLength: 0, maxLength: 80 }),
        fc.constantFrom(0.2, 0.5, 0.8, 1),
        (rows, threshold) => {
          const petitions = rows.map((row, i) =>
            candidate(`p${i}`, row.day, row.petitioner, row.words.join(' '), {
              anonymous: row.anonymous,
              ...(row.symbol === undefined
                ? {}
                : { complainedDecision: { description: 'QĐ', symbol: row.symbol } }),
            }),
          )
          const found = findDuplicatePetitions(petitions, { threshold })
            .map((g) => [...g.petitionIds].sort())
            .sort()
          expect(found).toEqual(naiveGroups(petitions, { threshold }))
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('samePetitionerKey (property)', () => {
  const spelling = (text: string) =>
    fc.constantFrom(
      text,
      text.toUpperCase(),
      text.normalize('NFD'),
      `  ${text.replace(/ /g, ', ')} `,
      text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    )
  const field = (values: readonly string[]) =>
    fc.option(fc.constantFrom(...values).chain(spelling), { nil: undefined })
  const petitioner = fc.record(
    {
      name: field(['Lê Văn Cường', 'Le Van Cuong', '…']),
      address: field(['Số 1 phố Huế', 'so 1 pho hue', ' - ']),
      idNumber: field(['001085000001', '001-085-000001', '12345']),
      phone: field(['0912 000 001', '+84912000001', '091']),
      email: field(['binh@gmail.com', 'BINH@gmail.com ', 'cuong@gmail.com']),
    },
    { requiredKeys: [] },
  )
  const sender = fc.record({ anonymous: fc.boolean(), petitioner })
  const ways: PetitionerMatch[] = ['id-number', 'name-address', 'phone', 'email', 'household']

  it('says two petitions share a way exactly when they share its key', () => {
    fc.assert(
      fc.property(sender, sender, (a, b) => {
        const keysB = new Set(petitionerKeys(b, ways))
        const shared = petitionerKeys(a, ways)
          .filter((key) => keysB.has(key))
          .map(keyWay)
        expect(ways.filter((way) => samePetitionerKey(a, b, way))).toEqual(shared)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('comparing matters without building keys (property)', () => {
  const spelt = (values: readonly string[]) =>
    fc.option(
      fc
        .constantFrom(...values)
        .chain((text) =>
          fc.constantFrom(text, text.toUpperCase(), text.normalize('NFD'), ` ${text}. `),
        ),
      { nil: undefined },
    )
  const matter = fc.record(
    {
      subject: fc.constantFrom('Khiếu nại', 'KHIEU NAI', '', 'Tố cáo cán bộ'),
      content: fc
        .array(fc.constantFrom('đất', 'dat', 'bồi thường', '—', 'nhà ở', '申诉'), { maxLength: 8 })
        .map((words) => words.join(' ')),
      complainedDecision: fc.option(
        fc.record(
          {
            description: fc.constant('QĐ'),
            symbol: spelt(['1/QĐ-UBND', '1 qd ubnd', '…']),
            issuedBy: spelt(['UBND quận', '']),
          },
          { requiredKeys: ['description'] },
        ),
        { nil: undefined },
      ),
      denounced: fc.option(
        fc.record(
          { name: spelt(['Ông Lê', '', '?']), agency: spelt(['UBND phường', '']) },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['subject', 'content'] },
  )

  it('finds the same similarity, decision and denounced as the keys do', () => {
    fc.assert(
      fc.property(matter, matter, (a, b) => {
        expect(textSimilarity(a, b)).toBe(jaccard(textShingles(a), textShingles(b)))
        const decision = decisionKey(a)
        expect(sameDecision(a, b)).toBe(decision !== undefined && decision === decisionKey(b))
        const denounced = denouncedKey(a)
        expect(sameDenounced(a, b)).toBe(denounced !== undefined && denounced === denouncedKey(b))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('forEachHashRun (property)', () => {
  it('visits every run of equal hashes, in increasing order of hash and of position', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(0, 1, 2, 2047, 2048, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678),
          {
            maxLength: 200,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
        (values, minimum) => {
          const hashes = Uint32Array.from(values)
          const runs: [number, number[]][] = []
          forEachHashRun(
            hashes,
            (count, positions) =>
              runs.push([hashes[positions[0] ?? 0] ?? 0, [...positions.subarray(0, count)]]),
            minimum,
          )
          const expected = [...new Set(values.filter((v) => v !== 0))]
            .sort((x, y) => x - y)
            .map((hash): [number, number[]] => [
              hash,
              values.flatMap((v, i) => (v === hash ? [i] : [])),
            ])
            .filter(([, positions]) => positions.length >= minimum)
          expect(runs).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})
