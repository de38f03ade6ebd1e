import { isBundledProfileId } from '../../profiles/bundledProfiles.js';
import { defineRule } from '../defineRule.js';
import { quote } from '../text.js';
import { NO_HITS } from '../types.js';
import { timescaleProfile } from './timescaleBreach.js';

/**
 * SD-TIM-PROFILE: the timescales were checked against another profile than the one the record names
 * (the caller chose another, or the record names one the toolkit does not have). A warning of its own,
 * not an SD-TIM-1 finding: nothing was late, and a dashboard counting SD-TIM-1 counts late discussions.
 */
export const namedProfileUsed = defineRule('SD-TIM-PROFILE', (context) => {
  const named = context.record.meeting?.profileId;
  const profile = timescaleProfile(context);
  if (named === undefined || named === profile.id) return NO_HITS;
  const known = isBundledProfileId(named) ? '' : ', which is not one of the bundled profiles';
  return [
    {
      pointer: '/meeting/profileId',
      message: `The record names the local procedure ${quote(named)}${known}; its timescales were checked against the ${profile.shortName} instead.`,
    },
  ];
});
