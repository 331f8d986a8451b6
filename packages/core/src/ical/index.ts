export type {
  ICSImport,
  ICSWarning,
  MeetingsFromICSOptions,
  MeetingsToICSOptions,
} from './icalOptions.js'
export { meetingsToICS } from './meetingsToICS.js'
export { meetingsFromICS, safeMeetingsFromICS } from './meetingsFromICS.js'
