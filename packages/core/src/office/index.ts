export {
  administrativeLevels,
  DEFAULT_WORKING_HOURS,
  organizationKinds,
  organizationSchema,
  personSchema,
  postRoles,
  postSchema,
  venueKinds,
  venueSchema,
  workingHoursSchema,
  workingPeriodSchema,
  type AdministrativeLevel,
  type Organization,
  type OrganizationInput,
  type OrganizationKind,
  type Person,
  type PersonInput,
  type Post,
  type PostRole,
  type Venue,
  type VenueInput,
  type VenueKind,
  type WorkingHours,
} from './office.schema.js'
export {
  parseOrganization,
  safeParseOrganization,
  serializeOrganization,
} from './parseOrganization.js'
export { parsePerson, safeParsePerson, serializePerson } from './parsePerson.js'
export { parseVenue, safeParseVenue, serializeVenue } from './parseVenue.js'
