/**
 * The `detail` of an `lt-range-change` event: the period now shown, as calendar dates in the
 * widget's time zone and as the instants that bound it.
 *
 * @category Events
 * @example
 * ```ts
 * import type { RangeChangeDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-weekly-schedule')?.addEventListener('lt-range-change', (event) => {
 *   const { start, end }: RangeChangeDetail = event.detail
 *   console.log(`now showing ${start} … ${end}`)
 * })
 * ```
 */
export interface RangeChangeDetail {
  /** First day shown, `YYYY-MM-DD` (a Monday for a week). */
  readonly start: string
  /** Last day shown, inclusive, `YYYY-MM-DD` (a Sunday for a week). */
  readonly end: string
  /** The instant the first day begins, in {@link RangeChangeDetail.timeZone}. */
  readonly from: Date
  /** The instant just after the last day (exclusive end), in {@link RangeChangeDetail.timeZone}. */
  readonly to: Date
  /** The IANA time zone the days are counted in. */
  readonly timeZone: string
  /**
   * What moved the range: the previous/next buttons (or keys), the "today"/"this week" button, or
   * another view chosen (`<lt-meeting-calendar>`).
   */
  readonly trigger: 'previous' | 'next' | 'today' | 'view'
}

declare global {
  interface HTMLElementEventMap {
    'lt-range-change': CustomEvent<RangeChangeDetail>
  }
}
