export {
  deadlineExtensionSchema,
  directiveSchema,
  taskSchema,
  taskStatuses,
  urgingSchema,
  type DeadlineExtension,
  type Directive,
  type DirectiveInput,
  type Task,
  type TaskInput,
  type TaskStatus,
  type Urging,
} from './directive.schema.js'
export { parseDirective, safeParseDirective, serializeDirective } from './parseDirective.js'
export { parseTask, safeParseTask, serializeTask } from './parseTask.js'
export {
  documentSystems,
  documentTypeCodes,
  documentTypeNames,
  documentTypes,
  type DocumentSystem,
  type DocumentType,
  type DocumentTypeCode,
} from './documentTypes.js'
export {
  parseDocumentSymbol,
  safeParseDocumentSymbol,
  type DocumentSymbol,
  type DocumentSymbolForm,
} from './parseDocumentSymbol.js'
export { formatDocumentSymbol, type DocumentSymbolParts } from './formatDocumentSymbol.js'
export { documentSymbolSchema } from './documentSymbol.schema.js'
export {
  clarityCriteria,
  clarityRuleSchema,
  FIVE_CLEAR_RULE,
  SIX_CLEAR_RULE,
  type ClarityCriterion,
  type ClarityRule,
  type ClarityRuleInput,
} from './clarityRule.schema.js'
export {
  checkFiveClear,
  clarityProblems,
  type ClarityFinding,
  type ClarityProblem,
  type FiveClearOptions,
  type FiveClearResult,
} from './checkFiveClear.js'
export {
  taskStandings,
  taskStatus,
  type TaskStanding,
  type TaskStatusOptions,
  type TaskStatusResult,
} from './taskStatus.js'
export { urgingList, type UrgingGroup, type UrgingReminder } from './urgingList.js'
export {
  findOverlappingAssignments,
  type AssignmentOverlapReason,
  type AssignmentRef,
  type FindOverlappingAssignmentsOptions,
  type OverlappingAssignment,
} from './findOverlappingAssignments.js'
