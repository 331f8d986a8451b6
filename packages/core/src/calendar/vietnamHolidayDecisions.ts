import type { VietnamHolidayOverrideInput } from './vietnamHolidays.schema.js'

const NOTICE_2024 =
  'Notice 5015/TB-LĐTBXH of 2023-11-22 (Ministry of Labour, Invalids and Social Affairs), implementing the Prime Minister’s decision in Official Letter 8662/VPCP-KGVX of 2023-11-03'
const NOTICE_2025 =
  'Notice 6150/TB-BLĐTBXH of 2024-12-03 (Ministry of Labour, Invalids and Social Affairs), implementing the Prime Minister’s decision in Official Letter 8726/VPCP-KGVX of 2024-11-26'
const NOTICE_2026 =
  'Notice 9441/TB-BNV of 2025-10-16 (Ministry of Home Affairs), implementing the Prime Minister’s decision in Official Letter 9859/VPCP-KGVX of 2025-10-13'
const NEW_YEAR_2026 =
  'Official Letter 12729/VPCP-KGVX of 2025-12-25 (the Deputy Prime Minister’s approval of the Ministry of Home Affairs’ proposal)'
const VICTORY_DAY_2024 =
  'Official Letter 2450/VPCP-KGVX of 2024-04-12 (the Prime Minister’s approval of the swap proposed by the Ministry of Labour, Invalids and Social Affairs)'

/**
 * The holiday decisions for civil servants and public employees that lienthong ships, each cited
 * by number and date: years 2024, 2025 and 2026. Years without an entry follow the statutory rule
 * (see `vietnamHolidayCalendar`); add your own entries for other years, or for decisions issued
 * after this release, with the `overrides` option.
 *
 * - 2024: Tết 8–12 February (29 of the twelfth lunar month to the 3rd of the first; the 10th and
 *   11th fell on the weekend and were made up on the 13th and 14th); National Day 2 and 3
 *   September; Monday 29 April off in exchange for Saturday 4 May.
 * - 2025: Tết 27–31 January (28 of the twelfth lunar month to the 3rd of the first); National
 *   Day 1 and 2 September; Friday 2 May off in exchange for Saturday 26 April.
 * - 2026: Friday 2 January off in exchange for Saturday 10 January; Tết 16–20 February (29 of the
 *   twelfth lunar month to the 4th of the first — the statutory rule's days); National Day 1 and
 *   2 September; Monday 31 August off in exchange for Saturday 22 August.
 *
 * Earlier years are not shipped because their decisions could not be checked by number and date;
 * their statutory Tết days can differ from what was decided (2023: decided 20–24 January, rule
 * 21–25 January).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { VIETNAM_HOLIDAY_DECISIONS, vietnamHolidayCalendar } from '@lienthong/core/calendar'
 *
 * VIETNAM_HOLIDAY_DECISIONS.map((decision) => decision.year) // [2024, 2025, 2026]
 * vietnamHolidayCalendar(2026, { overrides: [...VIETNAM_HOLIDAY_DECISIONS] })
 * ```
 */
export const VIETNAM_HOLIDAY_DECISIONS: readonly VietnamHolidayOverrideInput[] = [
  {
    year: 2024,
    tet: {
      dates: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
      legalBasis: NOTICE_2024,
    },
    nationalDayAdjacentDay: { date: '2024-09-03', legalBasis: NOTICE_2024 },
    extraDaysOff: [
      {
        date: '2024-04-29',
        reason: 'Swapped day off (Victory Day and Labour Day break), worked on Saturday 2024-05-04',
        legalBasis: VICTORY_DAY_2024,
      },
    ],
    extraWorkingDays: [
      {
        date: '2024-05-04',
        reason: 'Saturday worked in exchange for Monday 2024-04-29',
        legalBasis: VICTORY_DAY_2024,
      },
    ],
  },
  {
    year: 2025,
    tet: {
      dates: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      legalBasis: NOTICE_2025,
    },
    nationalDayAdjacentDay: { date: '2025-09-01', legalBasis: NOTICE_2025 },
    extraDaysOff: [
      {
        date: '2025-05-02',
        reason: 'Swapped day off (Victory Day and Labour Day break), worked on Saturday 2025-04-26',
        legalBasis: NOTICE_2025,
      },
    ],
    extraWorkingDays: [
      {
        date: '2025-04-26',
        reason: 'Saturday worked in exchange for Friday 2025-05-02',
        legalBasis: NOTICE_2025,
      },
    ],
  },
  {
    year: 2026,
    tet: {
      dates: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
      legalBasis: NOTICE_2026,
    },
    nationalDayAdjacentDay: { date: '2026-09-01', legalBasis: NOTICE_2026 },
    extraDaysOff: [
      {
        date: '2026-01-02',
        reason: 'Swapped day off after New Year’s Day, worked on Saturday 2026-01-10',
        legalBasis: NEW_YEAR_2026,
      },
      {
        date: '2026-08-31',
        reason: 'Swapped day off before National Day, worked on Saturday 2026-08-22',
        legalBasis: NOTICE_2026,
      },
    ],
    extraWorkingDays: [
      {
        date: '2026-01-10',
        reason: 'Saturday worked in exchange for Friday 2026-01-02',
        legalBasis: NEW_YEAR_2026,
      },
      {
        date: '2026-08-22',
        reason: 'Saturday worked in exchange for Monday 2026-08-31',
        legalBasis: NOTICE_2026,
      },
    ],
  },
]
