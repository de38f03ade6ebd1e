import { defineRule } from './defineRule.js';
import { hasText } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

// Rules new in schema 1.1 (docs/versions.md). Each is a warning by default, so a record signed off
// under 1.0 stays valid after migration; a profile may raise any of them to an error.

/** SD-MTG-2: a reconvened discussion does not say why it was reconvened. */
export const reconvenedWithReason = defineRule('SD-MTG-2', ({ record }) =>
  record.meeting?.sequence === 'reconvened' && !hasText(record.meeting.reconvenedReason)
    ? [
        {
          pointer: '/meeting/reconvenedReason',
          message: 'This discussion was reconvened, but the record does not say why.',
        },
      ]
    : NO_HITS,
);

/** SD-S47-9: a single-agency Section 47 enquiry and no feedback to an agency recorded. */
export const feedbackAfterSingleAgencyEnquiry = defineRule('SD-S47-9', ({ record }) => {
  const single = (record.decisions ?? []).some(
    (decision) => decision.outcome === 's47-enquiry' && decision.s47?.enquiryType === 'single',
  );
  if (!single || (record.plan?.agencyFeedback?.length ?? 0) > 0) return NO_HITS;
  return [
    {
      pointer: '/plan/agencyFeedback',
      message: 'A single-agency Section 47 enquiry was decided, but no feedback to the other agencies is recorded.',
    },
  ];
});

/** SD-SGN-2: the record is marked amended after sign-off without when and why. */
export const amendmentExplained = defineRule('SD-SGN-2', ({ record }) => {
  const signOff = record.signOff;
  if (signOff?.status !== 'amended-after-sign-off') return NO_HITS;
  const hits: RuleHit[] = [];
  if (signOff.amendedAt === undefined)
    hits.push({ pointer: '/signOff/amendedAt', message: 'The record was amended after sign-off, but not when.' });
  if (!hasText(signOff.amendmentReason))
    hits.push({
      pointer: '/signOff/amendmentReason',
      message: 'The record was amended after sign-off, but not what was amended or why.',
    });
  return hits.length > 0 ? hits : NO_HITS;
});
