export {
  bridgePointSchema,
  meetingKinds,
  meetingSchema,
  meetingStatuses,
  onlineDetailsSchema,
  recurrenceSchema,
  requiredPostSchema,
  type BridgePoint,
  type Meeting,
  type MeetingInput,
  type MeetingKind,
  type MeetingStatus,
  type OnlineDetails,
  type RequiredPost,
} from './meeting.schema.js'
export { parseMeeting, safeParseMeeting, serializeMeeting } from './parseMeeting.js'
export {
  expandMeeting,
  expandMeetings,
  type ExpandOptions,
  type MeetingOccurrence,
} from './expandRecurrence.js'
