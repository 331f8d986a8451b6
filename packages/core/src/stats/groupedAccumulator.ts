import type { Accumulator } from './accumulator.js'

/**
 * The state of {@link groupedAccumulator}: one inner state per group key (plain data).
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { GroupedState } from '@lienthong/core/stats'
 *
 * const state: GroupedState<{ n: number }> = { groups: { '2026-Q1': { n: 3 } } }
 * ```
 */
export interface GroupedState<State> {
  groups: Record<string, State>
}

/**
 * Groups any accumulator by a key computed from each item — a period key
 * (`periodOf(m.start, 'month').key`), an organisation, a kind, a channel, a level, a stage, a lead
 * unit — and finishes each group separately. An item with several keys (a petition of two kinds)
 * is counted in each; an empty list of keys (or `undefined`) skips it.
 *
 * The state stays plain, JSON-serializable data and merges group by group, so the grouped
 * statistic is as mergeable as the inner one.
 *
 * Performance: O(1) per item plus the inner `add`; memory O(groups × inner state).
 *
 * @category Statistics
 * @param accumulator - The statistic computed per group.
 * @param keyOf - The group key(s) of an item.
 * @returns An accumulator whose result maps each key (sorted) to the inner result.
 * @throws Whatever the inner accumulator or `keyOf` throws.
 * @example
 * ```ts
 * import { accumulate, groupedAccumulator, meetingAccumulator, periodOf } from '@lienthong/core/stats'
 * import { generateSampleData } from '@lienthong/core/sample'
 *
 * const { meetings } = generateSampleData({ scale: 0.1 })
 * const byQuarter = accumulate(
 *   groupedAccumulator(meetingAccumulator(), (m) => periodOf(m.start, 'quarter').key),
 *   meetings,
 * )
 * byQuarter['2026-Q1']?.byKind['standing-board-conference'] // Standing Board conferences in Q1
 * ```
 */
export function groupedAccumulator<In, State, Out>(
  accumulator: Accumulator<In, State, Out>,
  keyOf: (item: In) => string | readonly string[] | undefined,
): Accumulator<In, GroupedState<State>, Record<string, Out>> {
  const stateOf = (state: GroupedState<State>, key: string): State => {
    if (Object.hasOwn(state.groups, key)) return state.groups[key] as State
    const inner = accumulator.create()
    Object.defineProperty(state.groups, key, {
      value: inner,
      writable: true,
      enumerable: true,
      configurable: true,
    })
    return inner
  }
  const set = (state: GroupedState<State>, key: string, inner: State): void => {
    Object.defineProperty(state.groups, key, {
      value: inner,
      writable: true,
      enumerable: true,
      configurable: true,
    })
  }
  return {
    create: () => ({ groups: {} }),
    add(state, item) {
      const keys = keyOf(item)
      if (keys === undefined) return state
      if (typeof keys === 'string') {
        set(state, keys, accumulator.add(stateOf(state, keys), item))
        return state
      }
      for (const key of new Set(keys)) set(state, key, accumulator.add(stateOf(state, key), item))
      return state
    },
    merge(state, other) {
      for (const key of Object.keys(other.groups)) {
        set(state, key, accumulator.merge(stateOf(state, key), other.groups[key] as State))
      }
      return state
    },
    finish(state) {
      const out: Record<string, Out> = {}
      for (const key of Object.keys(state.groups).sort()) {
        Object.defineProperty(out, key, {
          value: accumulator.finish(state.groups[key] as State),
          writable: true,
          enumerable: true,
          configurable: true,
        })
      }
      return out
    },
  }
}
