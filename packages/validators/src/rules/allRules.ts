import {
  carersForLookedAfterChild,
  chairIsSocialCareManager,
  coreAgenciesTakePart,
  educationForSchoolAgeChild,
  hospitalStaffForChildInHospital,
  paediatricianForMedicalConcerns,
} from './attendanceRules.js';
import { actionsNotDueBeforeDiscussion } from './actionRules.js';
import { interpreterArranged, otherChildRecordReferenced } from './childrenRules.js';
import { circulationCoversEveryone } from './circulationRules.js';
import { childVoiceAndLastSeen, missingEpisodeOnly } from './concernRules.js';
import {
  decisionForEveryChild,
  furtherDiscussionWhenConsentRefused,
  furtherDiscussionWhenDecided,
} from './decisionRules.js';
import { attendingAgenciesShareInformation } from './informationRules.js';
import { informationGatheringPlanned, safeDischargePlanned, safetyAndLegalActionDecided } from './planRules.js';
import { referencesAreUnique, referencesResolve } from './referenceRules.js';
import { timescaleRules } from './timescales/timescaleRules.js';
import type { Rule } from './types.js';
import {
  adultDetailsRecorded,
  amendmentExplained,
  exploitationScreened,
  feedbackAfterSingleAgencyEnquiry,
  reconvenedWithReason,
} from './version11Rules.js';

/**
 * Every rule written as code. Rules the schema expresses (required fields, conditions) are reported
 * from the schema under the same ids; these are the checks it cannot express: cross-references,
 * dates, and rules that read several parts of the record.
 */
export const allRules: readonly Rule[] = [
  referencesAreUnique,
  referencesResolve,
  coreAgenciesTakePart,
  educationForSchoolAgeChild,
  paediatricianForMedicalConcerns,
  hospitalStaffForChildInHospital,
  carersForLookedAfterChild,
  chairIsSocialCareManager,
  interpreterArranged,
  otherChildRecordReferenced,
  childVoiceAndLastSeen,
  missingEpisodeOnly,
  attendingAgenciesShareInformation,
  decisionForEveryChild,
  furtherDiscussionWhenConsentRefused,
  furtherDiscussionWhenDecided,
  safetyAndLegalActionDecided,
  informationGatheringPlanned,
  safeDischargePlanned,
  actionsNotDueBeforeDiscussion,
  circulationCoversEveryone,
  reconvenedWithReason,
  feedbackAfterSingleAgencyEnquiry,
  amendmentExplained,
  adultDetailsRecorded,
  exploitationScreened,
  ...timescaleRules,
];
