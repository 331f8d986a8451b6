import * as rruleModule from 'rrule'

/**
 * The `rrule` package's exports, whichever way the runtime loaded it: bundlers and Vitest see
 * its ES module (named exports), while Node's own ESM loader sees its UMD build, whose named
 * exports sit on `default`.
 */
const loaded = rruleModule as Partial<typeof rruleModule> & { default?: typeof rruleModule }
const rrule: typeof rruleModule =
  loaded.RRule === undefined ? (loaded.default ?? rruleModule) : rruleModule

export const RRule = rrule.RRule
export const RRuleSet = rrule.RRuleSet
export type RRuleOptions = rruleModule.Options
