import type { Rule } from '../types.js';
import { childSeenInTime } from './childSeenInTime.js';
import { circulatedInTime } from './circulatedInTime.js';
import { discussionHeldInTime } from './discussionHeldInTime.js';
import { icpcWithinLimit } from './icpcWithinLimit.js';
import { namedProfileUsed } from './namedProfileUsed.js';
import { writtenUpInTime } from './writtenUpInTime.js';

/**
 * The timescale rules (SD-TIM-1, SD-TIM-2, SD-TIM-3, SD-S47-4, SD-S47-7): each reads its limit from the
 * profile in force. SD-TIM-PROFILE says when that is not the profile the record names.
 */
export const timescaleRules: readonly Rule[] = [
  namedProfileUsed,
  discussionHeldInTime,
  childSeenInTime,
  icpcWithinLimit,
  writtenUpInTime,
  circulatedInTime,
];
