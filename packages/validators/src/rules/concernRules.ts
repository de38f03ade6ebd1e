import { defineRule } from './defineRule.js';
import { hasText } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-RSN-2: the child's voice, or when the child was last seen, is not recorded (not asked of unborn babies). */
export const childVoiceAndLastSeen = defineRule('SD-RSN-2', ({ record, index }) => {
  if (index.children.length > 0 && index.children.every((child) => child.unborn === true)) return NO_HITS;
  const hits: RuleHit[] = [];
  if (!hasText(record.concerns?.childVoice)) {
    hits.push({ pointer: '/concerns/childVoice', message: "The child's voice and lived experience are not recorded." });
  }
  if (record.concerns?.childLastSeen === undefined) {
    hits.push({
      pointer: '/concerns/childLastSeen',
      message: 'When the child was last seen, and whether alone, is not recorded.',
    });
  }
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-SCP-1: the only concern is a missing episode, which a trigger meeting handles. */
export const missingEpisodeOnly = defineRule('SD-SCP-1', ({ record }) =>
  record.concerns?.missingEpisodeOnly === true
    ? [
        {
          pointer: '/concerns/missingEpisodeOnly',
          message:
            'The only concern recorded is a missing episode: this is normally handled by a trigger (missing-from-home) meeting, not a strategy discussion.',
        },
      ]
    : NO_HITS,
);
