/**
 * The engine of the Vietnamese lunar calendar. Internal to the calendar area: the exported
 * functions validate their input and then call these.
 *
 * Method (Hồ Ngọc Đức's description of the Vietnamese calendar, implemented here from the
 * astronomy, see `astronomy.ts`):
 *
 * 1. A month begins on the local day (see `localTime.ts`) of a true new moon.
 * 2. Month 11 is the month that contains the winter solstice (the Sun at 270°).
 * 3. Between two months 11 there are 12 or 13 months. With 13, the first month after month 11
 *    that contains no major solar term (zhongqi: the Sun at a multiple of 30°) is the leap month
 *    and repeats the number of the month before it.
 *
 * The months from one month 11 to the next (a "suì") are computed together and cached.
 */
import { newMoonJde, sunApparentLongitude, ttToUt, utToTt } from './astronomy.js'
import { dayNumberFromParts, gregorianYearOfDayNumber } from './dayNumber.js'
import { localDayOfInstant, startOfLocalDay } from './localTime.js'

/** Mean synodic month in days. */
const SYNODIC_MONTH = 29.530588861
/** JDE of the mean new moon of lunation 0 (2000-01-06). */
const LUNATION_ZERO = 2451550.09766
/** Suì kept in memory: the whole supported range fits. */
const CACHE_LIMIT = 256

/** One lunar month: its number, whether it is leap, its lunar year and its first day. */
export interface LunarMonthSpan {
  readonly month: number
  readonly leap: boolean
  readonly year: number
  /** Julian Day Number of day 1. */
  readonly start: number
  /** 29 or 30. */
  readonly length: number
}

/** The local day on which the new moon of lunation `k` falls. */
function newMoonDay(k: number): number {
  return localDayOfInstant(ttToUt(newMoonJde(k)))
}

/** The Sun's apparent longitude at the first instant of a local day. */
function sunLongitudeAtStartOfDay(dayNumber: number): number {
  return sunApparentLongitude(utToTt(startOfLocalDay(dayNumber)))
}

/** True when the winter solstice happened before the local day began (Sun in [270°, 90°)). */
function solsticePassedBy(dayNumber: number): boolean {
  const longitude = sunLongitudeAtStartOfDay(dayNumber)
  return longitude >= 270 || longitude < 90
}

/** The lunation that begins month 11, the month holding the winter solstice of `year`. */
function month11Lunation(year: number): number {
  let k = Math.floor((dayNumberFromParts(year, 12, 31) - LUNATION_ZERO) / SYNODIC_MONTH)
  while (solsticePassedBy(newMoonDay(k))) k -= 1
  while (!solsticePassedBy(newMoonDay(k + 1))) k += 1
  return k
}

/** Which 30° sector of longitude (0–11) the Sun is in when a local day begins. */
function sunSector(dayNumber: number): number {
  return Math.floor(sunLongitudeAtStartOfDay(dayNumber) / 30)
}

/**
 * The months from month 11 of Gregorian year `year - 1` up to (not including) month 11 of `year`,
 * followed by the first day of that next month 11.
 */
interface Sui {
  readonly months: readonly LunarMonthSpan[]
  readonly end: number
}

const cache = new Map<number, Sui>()

function computeSui(year: number): Sui {
  const first = month11Lunation(year - 1)
  const last = month11Lunation(year)
  const starts: number[] = []
  for (let k = first; k <= last; k++) starts.push(newMoonDay(k))
  const count = last - first
  let leapIndex = -1
  if (count === 13) {
    let sector = sunSector(starts[1] ?? 0)
    for (let i = 1; i < count; i++) {
      const next = sunSector(starts[i + 1] ?? 0)
      if (next === sector) {
        leapIndex = i
        break
      }
      sector = next
    }
  }
  const months: LunarMonthSpan[] = []
  let lunarYear = year - 1
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? 0
    const length = (starts[i + 1] ?? 0) - start
    const ordinal = leapIndex !== -1 && i >= leapIndex ? i - 1 : i
    const month = ((10 + ordinal) % 12) + 1
    const leap = i === leapIndex
    if (month === 1 && !leap) lunarYear = year
    months.push({ month, leap, year: lunarYear, start, length })
  }
  return { months, end: starts[count] ?? 0 }
}

function sui(year: number): Sui {
  const cached = cache.get(year)
  if (cached) return cached
  const computed = computeSui(year)
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(year, computed)
  return computed
}

/** The 12 or 13 months of lunar year `year`, from Tết to the last day before the next Tết. */
export function monthsOfLunarYear(year: number): LunarMonthSpan[] {
  const own = sui(year).months.filter((month) => month.year === year)
  const tail = sui(year + 1).months.filter((month) => month.year === year)
  return [...own, ...tail]
}

/** The lunar month that contains a local day (Julian Day Number). */
export function monthContainingDay(dayNumber: number): LunarMonthSpan {
  const year = gregorianYearOfDayNumber(dayNumber)
  const current = sui(year)
  const { months } = dayNumber >= current.end ? sui(year + 1) : current
  let found = months[0]
  for (const month of months) {
    if (month.start <= dayNumber) found = month
  }
  if (!found) throw new Error('unreachable: a suì always has months')
  return found
}
