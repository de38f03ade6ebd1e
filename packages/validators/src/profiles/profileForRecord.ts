import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { NATIONAL_DEFAULT_PROFILE_ID } from './bundledProfiles.js';
import { resolveBundledProfile } from './parseProfile.js';
import type { ResolvedProfile } from './profileTypes.js';
import { resolveProfile } from './resolveProfile.js';
import { isResolvedProfile } from './resolveProfileDocument.js';

/**
 * The profile a record's timescales are checked against: the one the caller asks for (a resolved
 * profile, a bundled id, or a profile document), else the one the record names (`meeting.profileId`),
 * else the national default.
 *
 * Never throws. A requested id or document that cannot be used is passed over like an absent one, so
 * callers that must reject a bad profile (the command line's `--profile`) check it first with
 * `resolveProfile`; a record naming a profile this toolkit lacks is reported by SD-TIM-1.
 */
export function profileForRecord(requested: unknown, record: StrategyDiscussionRecord): ResolvedProfile {
  if (isResolvedProfile(requested)) return requested;
  if (requested !== undefined) {
    const result = resolveProfile(requested);
    if (result.ok) return result.profile;
  }
  const named = record.meeting?.profileId;
  return (named === undefined ? undefined : resolveBundledProfile(named)) ?? (resolveBundledProfile(NATIONAL_DEFAULT_PROFILE_ID) as ResolvedProfile);
}
