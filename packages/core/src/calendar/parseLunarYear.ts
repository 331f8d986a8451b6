import * as z from 'zod/mini'
import { createParsers } from '../_lib/createParsers.js'
import type { ParseOptions } from '../errors/issue.js'
import { lunarYearSchema } from './calendar.schema.js'

// The year is checked as a field so that messages say which value is wrong: "year: must be at
// most 2100". Internal to the calendar area.
const parsers = createParsers('LunarYear', z.object({ year: lunarYearSchema }))

/** Returns `year` when it is a whole number in the supported range; throws a LienthongError if not. */
export function parseLunarYear(year: unknown, options?: ParseOptions): number {
  return parsers.parse({ year }, options).year
}
