/**
 * Deadline rule sets, validated and prepared once for fast evaluation: rules grouped by step
 * (versions sorted by their in-force dates), with kinds, events and channels as bit masks.
 * Compiled sets are cached in a WeakMap keyed by the rule array. Internal.
 */
import { createParsers } from '../_lib/createParsers.js'
import { dayNumberOfDate } from '../calendar/compiledCalendar.js'
import type { ParseOptions } from '../errors/issue.js'
import { petitionChannels, petitionEventTypes, petitionKinds } from '../petition/petition.schema.js'
import {
  deadlineRuleSetSchema,
  ruleStepKey,
  type DeadlineRule,
  type DeadlineRuleInput,
} from './deadlines.schema.js'

/** Bit of each petition kind, event type and channel. */
export const KIND_BIT = new Map<string, number>(petitionKinds.map((kind, i) => [kind, 1 << i]))
export const EVENT_BIT = new Map<string, number>(
  petitionEventTypes.map((type, i) => [type, 1 << i]),
)
export const CHANNEL_BIT = new Map<string, number>(petitionChannels.map((c, i) => [c, 1 << i]))

const maskOf = (bits: Map<string, number>, values: readonly string[] | undefined) =>
  (values ?? []).reduce((mask, value) => mask | (bits.get(value) ?? 0), 0)

/** A rule with its lookups precomputed. */
export interface CompiledRule {
  readonly rule: DeadlineRule
  /** Day numbers of the in-force window (inclusive). */
  readonly from: number
  readonly until: number
  readonly channelMask: number
  readonly startEventBit: number
  readonly endEventMask: number
  readonly stopEventMask: number
}

/** The versions of one step. */
export interface RuleGroup {
  readonly kindMask: number
  readonly versions: readonly CompiledRule[]
}

/** A compiled rule set. */
export interface CompiledRules {
  readonly groups: readonly RuleGroup[]
}

const parsers = createParsers('DeadlineRules', deadlineRuleSetSchema)
const cache = new WeakMap<object, CompiledRules>()

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

function compile(rules: readonly DeadlineRule[]): CompiledRules {
  const groups = new Map<string, CompiledRule[]>()
  for (const rule of rules) {
    const compiled: CompiledRule = {
      rule: deepFreeze(rule),
      from: rule.inForceFrom === undefined ? -Infinity : (dayNumberOfDate(rule.inForceFrom) ?? 0),
      until: rule.inForceUntil === undefined ? Infinity : (dayNumberOfDate(rule.inForceUntil) ?? 0),
      channelMask: rule.channels ? maskOf(CHANNEL_BIT, rule.channels) : -1,
      startEventBit: rule.start.event === undefined ? 0 : (EVENT_BIT.get(rule.start.event) ?? 0),
      endEventMask: maskOf(EVENT_BIT, rule.end.events),
      stopEventMask: maskOf(EVENT_BIT, rule.stopEvents),
    }
    const key = ruleStepKey(rule)
    groups.set(key, [...(groups.get(key) ?? []), compiled])
  }
  return {
    groups: [...groups.values()].map((versions) => ({
      kindMask: maskOf(KIND_BIT, versions[0]?.rule.kinds),
      versions: [...versions].sort((a, b) => a.from - b.from),
    })),
  }
}

/** The compiled form of a rule set, validated on first use and then cached per array. */
export function compileRules(
  input: readonly DeadlineRuleInput[],
  options?: ParseOptions,
): CompiledRules {
  const key = typeof input === 'object' && (input as object | null) !== null ? input : undefined
  const hit = key && cache.get(key)
  if (hit) return hit
  const result = compile(parsers.parse(input, options))
  if (key) cache.set(key, result)
  return result
}
