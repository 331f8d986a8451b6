export {
  dateRangeSchema,
  programItemKinds,
  programItemSchema,
  programPeriodKinds,
  workProgramSchema,
  type DateRange,
  type ProgramItem,
  type ProgramItemKind,
  type ProgramPeriodKind,
  type WorkProgram,
  type WorkProgramInput,
} from './program.schema.js'
export { parseWorkProgram, safeParseWorkProgram, serializeWorkProgram } from './parseWorkProgram.js'
export {
  DEFAULT_TITLE_SIMILARITY,
  mergeWorkPrograms,
  type MergedWorkSchedule,
  type MergeWorkProgramsOptions,
  type ProgramItemOverlap,
  type ProgramOverlapReason,
  type ScheduledProgramItem,
} from './mergeWorkPrograms.js'
