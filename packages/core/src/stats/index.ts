export { accumulate, type Accumulator, type AccumulatorInput } from './accumulator.js'
export { groupedAccumulator, type GroupedState } from './groupedAccumulator.js'
export {
  cubeAccumulator,
  type Cube,
  type CubeCell,
  type CubeDimension,
  type CubeState,
} from './cubeAccumulator.js'
export {
  periodKinds,
  periodOf,
  periodsBetween,
  rangePeriod,
  type Period,
  type PeriodKind,
  type PeriodOptions,
} from './period.js'
export {
  conflictAccumulator,
  meetingAccumulator,
  type ConflictStats,
  type ConflictStatsState,
  type MeetingStats,
  type MeetingStatsInput,
  type MeetingStatsOptions,
  type MeetingStatsState,
} from './meetingAccumulator.js'
export {
  handlingDocumentEvents,
  petitionAccumulator,
  settlingPetitionEvents,
  type PetitionStats,
  type PetitionStatsInput,
  type PetitionStatsOptions,
  type PetitionStatsState,
} from './petitionAccumulator.js'
export {
  taskAccumulator,
  type TaskStats,
  type TaskStatsOptions,
  type TaskStatsState,
  type UnitRanking,
  type UnitTaskCounts,
} from './taskAccumulator.js'
export {
  summarizeConflicts,
  summarizeMeetings,
  summarizePetitions,
  summarizeTasks,
  type MeetingSummary,
  type SummarizeMeetingsOptions,
} from './summarize.js'
