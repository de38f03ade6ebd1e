export { bundledProfiles, isBundledProfileId, NATIONAL_DEFAULT_PROFILE_ID } from './bundledProfiles.js';
export { describeTimescale } from './describeTimescale.js';
export { parseProfile } from './parseProfile.js';
export { ProfileError, type ProfileIssue, type ProfileResult } from './ProfileError.js';
export type {
  ExploitationScreening,
  HolidayChange,
  IcpcAnchor,
  LocalProcedureProfileDocument,
  ProfileSource,
  ResolvedProfile,
  ResolvedTimescale,
  Timescale,
  TimescaleDocument,
  UrgencyCategory,
} from './profileTypes.js';
export { resolveProfile } from './resolveProfile.js';
export { URGENCY_CATEGORIES, urgencyCategories, isUrgencyCategory } from './urgencyCategories.js';
export { isResolvedProfile } from './resolveProfileDocument.js';
