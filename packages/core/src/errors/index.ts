export { LienthongError, type ErrorCode } from './LienthongError.js'
export type {
  IssueCode,
  LienthongIssue,
  MessageLocale,
  ParseOptions,
  SafeParseResult,
} from './issue.js'
export { formatIssueMessage } from './formatIssueMessage.js'
export { formatPath } from './formatPath.js'
