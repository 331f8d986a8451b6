export {
  LUNAR_CALENDAR_RANGE,
  lunarDateSchema,
  lunarYearSchema,
  solarDateInLunarRangeSchema,
  type LunarDate,
  type LunarDateInput,
} from './calendar.schema.js'
export { solarToLunar, safeSolarToLunar } from './solarToLunar.js'
export { lunarToSolar, safeLunarToSolar } from './lunarToSolar.js'
export { lunarYearInfo, type LunarMonthInfo, type LunarYearInfo } from './lunarYearInfo.js'
export { tetDate } from './tetDate.js'
export {
  calendarDayChangeSchema,
  holidayCalendarSchema,
  holidaySchema,
  isoWeekdaySchema,
  legalBasisSchema,
  type CalendarDayChange,
  type Holiday,
  type HolidayCalendar,
  type HolidayCalendarInput,
  type IsoWeekday,
} from './holidayCalendar.schema.js'
export {
  parseHolidayCalendar,
  safeParseHolidayCalendar,
  serializeHolidayCalendar,
} from './parseHolidayCalendar.js'
export { isWorkingDay } from './isWorkingDay.js'
export {
  nextWorkingDay,
  previousWorkingDay,
  type WorkingDaySearchOptions,
} from './nextWorkingDay.js'
export { addWorkingDays } from './addWorkingDays.js'
export { workingDaysBetween } from './workingDaysBetween.js'
export { addCalendarDaysCivil } from './addCalendarDaysCivil.js'
export { describeDay, type DayDescription } from './describeDay.js'
export {
  isWithinWorkingHours,
  type OfficeHours,
  type WorkingHoursOptions,
} from './isWithinWorkingHours.js'
export {
  nationalDayAdjacentRules,
  VIETNAM_CALENDAR_YEARS,
  vietnamHolidayOptionsSchema,
  vietnamHolidayOverrideSchema,
  type NationalDayAdjacentRule,
  type VietnamHolidayOptions,
  type VietnamHolidayOverride,
  type VietnamHolidayOverrideInput,
} from './vietnamHolidays.schema.js'
export { VIETNAM_HOLIDAY_DECISIONS } from './vietnamHolidayDecisions.js'
export { vietnamHolidayCalendar } from './vietnamHolidayCalendar.js'
export {
  vietnamWorkingCalendar,
  type VietnamWorkingCalendarOptions,
} from './vietnamWorkingCalendar.js'
