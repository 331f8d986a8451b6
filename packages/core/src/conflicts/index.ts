export {
  conflictKinds,
  conflictMessageCodes,
  conflictSchema,
  conflictSeverities,
  timeIntervalSchema,
  type Conflict,
  type ConflictInput,
  type ConflictKind,
  type ConflictMessageCode,
  type ConflictSeverity,
  type TimeInterval,
} from './conflicts.schema.js'
export {
  detectConflicts,
  safeDetectConflicts,
  type ConflictContext,
  type DetectConflictsOptions,
} from './detectConflicts.js'
export {
  findFreeSlots,
  safeFindFreeSlots,
  type FreeSlot,
  type FreeSlotRequest,
} from './findFreeSlots.js'
export { formatConflictMessage } from './formatConflictMessage.js'
export {
  indexBusyTimes,
  type BusyIndex,
  type BusyTimes,
  type IndexBusyTimesOptions,
} from './indexBusyTimes.js'
export { parseConflict, safeParseConflict, serializeConflict } from './parseConflict.js'
