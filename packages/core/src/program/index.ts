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
