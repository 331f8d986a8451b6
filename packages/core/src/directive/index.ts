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
