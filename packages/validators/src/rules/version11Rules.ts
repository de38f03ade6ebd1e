import { defineRule } from './defineRule.js';
import { hasText } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';
import type { Adult } from '@strategy-record/schemas';

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

/** What SD-CHD-6 asks of each adult: the fields SD-CHD-2 asks of each child. */
const ADULT_DETAILS: readonly [keyof Adult, string][] = [
  ['ethnicity', 'ethnicity'],
  ['firstLanguage', 'first language'],
  ['interpreterNeeded', 'whether they need an interpreter'],
  ['additionalNeeds', 'whether they have a disability or communication needs'],
];

/**
 * SD-CHD-6: an adult's details are not recorded as a child's are (SD-CHD-2). A warning, and not in
 * the schema, so an adult of a 1.0 record (which could not hold them) does not make it invalid.
 */
export const adultDetailsRecorded = defineRule('SD-CHD-6', ({ record }) => {
  const hits: RuleHit[] = [];
  (record.adults ?? []).forEach((adult, position) => {
    const who = adult.fullName ?? `Adult ${position + 1}`;
    const at = `/adults/${position}`;
    for (const [field, words] of ADULT_DETAILS)
      if (!hasText(adult[field]))
        hits.push({ pointer: `${at}/${field}`, message: `${who}: ${words} is not recorded.` });
    if (adult.interpreterNeeded === 'yes' && !hasText(adult.interpreterLanguage))
      hits.push({
        pointer: `${at}/interpreterLanguage`,
        message: `${who} needs an interpreter, but the language is not recorded.`,
      });
    if (adult.additionalNeeds === 'yes' && !hasText(adult.additionalNeedsDetails))
      hits.push({
        pointer: `${at}/additionalNeedsDetails`,
        message: `${who} has a disability or communication needs, but what they are is not recorded.`,
      });
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** What SD-RSN-3 asks of the screening. */
const SCREENING_DETAILS: readonly ['tool' | 'rating' | 'completedOn', string][] = [
  ['tool', 'which screening tool was used'],
  ['rating', 'its rating'],
  ['completedOn', 'when it was completed'],
];

/**
 * SD-RSN-3: exploitation is a category of harm, the profile asks for an exploitation screening
 * (policy as data: `exploitationScreening: "required"`, set by Halton's profile), and its tool, rating
 * or date is missing, or the screening is recorded as not completed.
 */
export const exploitationScreened = defineRule('SD-RSN-3', ({ record, profile }) => {
  if (profile.exploitationScreening !== 'required') return NO_HITS;
  if (!(record.concerns?.categories ?? []).includes('exploitation')) return NO_HITS;
  const screening = record.concerns?.exploitationScreening;
  const under = `under the ${profile.shortName}`;
  if (screening === undefined)
    return [
      {
        pointer: '/concerns/exploitationScreening',
        message: `Exploitation is a category of harm, but no exploitation screening is recorded (asked for ${under}).`,
      },
    ];
  if (screening.rating === 'not-completed')
    return [
      {
        pointer: '/concerns/exploitationScreening/rating',
        message: `Exploitation is a category of harm, but the exploitation screening is recorded as not completed (asked for ${under}).`,
      },
    ];
  const hits: RuleHit[] = [];
  for (const [field, words] of SCREENING_DETAILS)
    if (!hasText(screening[field]))
      hits.push({
        pointer: `/concerns/exploitationScreening/${field}`,
        message: `The exploitation screening does not say ${words}.`,
      });
  return hits.length > 0 ? hits : NO_HITS;
});
