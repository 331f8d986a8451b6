export {
  deadlineConditions,
  deadlineDuties,
  deadlineRuleExtensionSchema,
  deadlineRuleSchema,
  deadlineRuleSetSchema,
  deadlineStartFields,
  deadlineUnits,
  type DeadlineDuty,
  type DeadlineRule,
  type DeadlineRuleExtension,
  type DeadlineRuleInput,
  type DeadlineUnit,
} from './deadlines.schema.js'
export {
  parseDeadlineRule,
  parseDeadlineRules,
  safeParseDeadlineRule,
  safeParseDeadlineRules,
  serializeDeadlineRule,
} from './parseDeadlineRules.js'
export { VIETNAM_DEADLINE_RULES } from './vietnamDeadlineRules.js'
export {
  deadlineStatuses,
  petitionDeadlines,
  type DeadlineStatus,
  type PetitionDeadline,
  type PetitionDeadlineOptions,
} from './petitionDeadlines.js'
