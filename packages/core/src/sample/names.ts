import type { Random } from './random.js'

/**
 * Common Vietnamese family names with rough shares of the population (per cent), most common
 * first.
 */
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Huỳnh', 2],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
]

const MIDDLE_NAMES = {
  male: ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Xuân', 'Mạnh', 'Thanh', 'Tiến', 'Ngọc'],
  female: ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Phương', 'Kim', 'Hồng', 'Diệu'],
} as const

const GIVEN_NAMES = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Đông',
    'Hải',
    'Hiếu',
    'Hòa',
    'Hùng',
    'Hưng',
    'Huy',
    'Khánh',
    'Kiên',
    'Lâm',
    'Long',
    'Minh',
    'Nam',
    'Phong',
    'Quang',
    'Quân',
    'Sơn',
    'Thắng',
    'Thành',
    'Thịnh',
    'Toàn',
    'Trung',
    'Tú',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hằng',
    'Hạnh',
    'Hiền',
    'Hoa',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
  ],
} as const

/**
 * Gender used only to choose matching middle and given names and the honorific `Ông` / `Bà`.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { NameGender } from './names.js'
 *
 * const gender: NameGender = 'female'
 * ```
 */
export type NameGender = 'male' | 'female'

/**
 * A Vietnamese full name with diacritics: family name, middle name, given name
 * (e.g. `Nguyễn Thị Hương`). Names are drawn at random: any likeness to a real person is chance.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param gender - Whose names to draw from.
 * @returns A full name.
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 * import { vietnameseName } from './names.js'
 *
 * vietnameseName(createRandom(1), 'male') // e.g. 'Trần Đức Thắng'
 * ```
 */
export function vietnameseName(random: Random, gender: NameGender): string {
  const family = random.weighted(FAMILY_NAMES)
  const middle = random.pick(MIDDLE_NAMES[gender])
  let given: string = random.pick(GIVEN_NAMES[gender])
  // "Ngọc Ngọc" or "Minh Minh" reads wrong: draw again.
  while (given === middle) given = random.pick(GIVEN_NAMES[gender])
  return `${family} ${middle} ${given}`
}

/**
 * A name generator that never returns the same full name twice (leaders are told apart by name
 * in schedules).
 *
 * @category Sample data
 * @param random - The seeded source.
 * @returns A function giving a new, unused name and the gender drawn for it.
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 * import { uniqueNames } from './names.js'
 *
 * const next = uniqueNames(createRandom(1))
 * next().name !== next().name // true
 * ```
 */
export function uniqueNames(random: Random): (gender?: NameGender) => {
  name: string
  gender: NameGender
} {
  const used = new Set<string>()
  return (wanted) => {
    const gender = wanted ?? (random.chance(0.3) ? 'female' : 'male')
    let name = vietnameseName(random, gender)
    while (used.has(name)) name = vietnameseName(random, gender)
    used.add(name)
    return { name, gender }
  }
}

/**
 * A Vietnamese mobile number (10 digits, `03`/`07`/`08`/`09` prefixes).
 *
 * @category Sample data
 * @param random - The seeded source.
 * @returns A phone number such as `0912345678`.
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 * import { mobilePhone } from './names.js'
 *
 * mobilePhone(createRandom(1)).length // 10
 * ```
 */
export function mobilePhone(random: Random): string {
  const prefix = random.pick(['09', '09', '03', '08', '07'])
  return `${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`
}

/**
 * A citizen identity card number (CCCD, 12 digits) of someone registered in Hanoi (`001`), with
 * the century/gender digit and year of birth in it.
 *
 * @category Sample data
 * @param random - The seeded source.
 * @param gender - Gender encoded in the 4th digit.
 * @param birthYear - Year of birth (1900–2099).
 * @returns A 12-digit number.
 * @example
 * ```ts
 * import { createRandom } from './random.js'
 * import { citizenIdNumber } from './names.js'
 *
 * citizenIdNumber(createRandom(1), 'female', 1968).slice(0, 6) // '001168'
 * ```
 */
export function citizenIdNumber(random: Random, gender: NameGender, birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0
  const genderDigit = century + (gender === 'female' ? 1 : 0)
  const yy = String(birthYear % 100).padStart(2, '0')
  return `001${genderDigit}${yy}${String(random.int(0, 999_999)).padStart(6, '0')}`
}
