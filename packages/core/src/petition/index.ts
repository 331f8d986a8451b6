export {
  attachmentSchema,
  complainedDecisionSchema,
  complaintVerdicts,
  denouncedSchema,
  petitionChannels,
  petitionComplexities,
  petitionerSchema,
  petitionEventSchema,
  petitionEventTypes,
  petitionFields,
  petitionKinds,
  petitionOutcomes,
  petitionSchema,
  placeSchema,
  representativeSchema,
  type ComplaintVerdict,
  type Petition,
  type PetitionChannel,
  type PetitionComplexity,
  type Petitioner,
  type PetitionEvent,
  type PetitionEventInput,
  type PetitionEventType,
  type PetitionField,
  type PetitionInput,
  type PetitionKind,
  type PetitionOutcome,
} from './petition.schema.js'
export { parsePetition, safeParsePetition, serializePetition } from './parsePetition.js'
export { normalizeVietnamese } from './normalizeVietnamese.js'
export { petitionRules, type PetitionRules, type RepresentativeBand } from './petitionRules.js'
export {
  allowedPetitionEvents,
  petitionStages,
  petitionTransitions,
  type PetitionEventBranch,
  type PetitionStage,
  type PetitionTransition,
} from './petitionTransitions.js'
export { petitionEventBranch, petitionStage } from './petitionStage.js'
export {
  applyPetitionEvent,
  safeApplyPetitionEvent,
  type ApplyPetitionEventOptions,
} from './applyPetitionEvent.js'
export { checkPetitionHistory } from './checkPetitionHistory.js'
export {
  checkEligibility,
  type CheckEligibilityOptions,
  type EligibilityResult,
  type IneligibilityCode,
  type IneligibilityReason,
} from './checkEligibility.js'
export type { PetitionerMatch } from './petitionMatching.js'
export {
  findDuplicatePetitions,
  type DuplicateCandidate,
  type DuplicateGroup,
  type DuplicateMatch,
  type FindDuplicatePetitionsOptions,
  type MatterMatch,
} from './findDuplicatePetitions.js'
export {
  detectHotspots,
  type DetectHotspotsOptions,
  type Hotspot,
  type HotspotCandidate,
  type HotspotGrouping,
  type HotspotSubject,
} from './detectHotspots.js'
export {
  redactPetition,
  type CompetentAgencyPetition,
  type PublicPetition,
  type PublicPetitionEvent,
  type RedactedPetition,
  type RedactionAudience,
  type RedactPetitionOptions,
} from './redactPetition.js'
export {
  publicPetitionStatus,
  type PetitionDueDate,
  type PetitionDueDateInput,
  type PublicPetitionStatus,
  type PublicPetitionStatusOptions,
  type PublicPetitionStep,
} from './publicPetitionStatus.js'
export {
  createTrackingCode,
  isValidTrackingCode,
  normalizeTrackingCode,
  trackingCodeAlphabet,
  trackingCodeProblem,
  type RandomSource,
} from './trackingCode.js'
