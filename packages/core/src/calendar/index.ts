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
