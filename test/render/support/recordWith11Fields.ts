import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { exampleRecords } from './exampleRecords.js';

/**
 * What each field new in 1.1 holds in {@link recordWith11Fields}, as the minutes print it: unique
 * texts, so a test can find each one (and its order) in every engine's output.
 */
export const FIELDS_11 = {
  reconvenedReason: 'Reconvened because the paediatrician found an older fracture on the X-ray.',
  childVoice: 'Zofia said she likes drawing horses with Kacper and wants her nan to visit.',
  screeningTool: 'Pan-Cheshire exploitation screening tool',
  screeningRating: 'Medium',
  screeningCompletedOn: 'Monday 9 February 2026',
  abeWhen: 'Wednesday 11 February 2026',
  investigationStarted: 'Tuesday 10 February 2026 at 16:00',
  motherIdentity: 'Polish-British woman',
  motherInterpreter: 'Yes: Polish (Silesian dialect welcome)',
  motherNeeds: 'Yes: Hearing loss in one ear; sit on her right.',
  partnerEthnicity: 'White: any other White background',
  feedbackAgency: 'Northshire Constabulary (to Mark Holden)',
  feedback: 'Tell the school the outcome of the ABE interview by telephone, then in writing.',
  feedbackByWhom: 'Nguyễn Thị Hương',
  feedbackByWhen: 'Friday 13 February 2026',
  recordStatus: 'Amended after sign-off',
  amendedAt: 'Thursday 12 February 2026 at 09:30',
  amendmentReason: 'Corrected the spelling of Kacper’s nursery after sign-off, at the nursery’s request.',
} as const;

/** The joint Section 47 example with every field new in 1.1 filled in (the child's words shared as `share` says). */
export function recordWith11Fields(share: boolean | undefined = true): StrategyDiscussionRecord {
  const base = exampleRecords('final').find(([file]) => file === 'joint-s47-physical-injury.json')?.[1];
  if (base === undefined) throw new Error('The joint Section 47 example record is missing.');
  const record = structuredClone(base) as StrategyDiscussionRecord & Record<string, any>;
  record.schemaVersion = '1.1';
  record.meeting = {
    ...record.meeting,
    sequence: 'reconvened',
    previousRecordId: 'SD-2026-000100',
    reconvenedReason: FIELDS_11.reconvenedReason,
  };
  record.concerns = {
    ...record.concerns,
    childVoice: FIELDS_11.childVoice,
    ...(share === undefined ? {} : { childVoiceShareWithFamily: share }),
    exploitationScreening: { tool: FIELDS_11.screeningTool, rating: 'medium', completedOn: '2026-02-09' },
  };
  const [zofia] = record.decisions!;
  zofia!.abeInterview = { ...zofia!.abeInterview!, when: '2026-02-11' };
  zofia!.s47!.criminalInvestigation = { ...zofia!.s47!.criminalInvestigation!, startedOn: '2026-02-10T16:00:00Z' };
  const [mother, partner] = record.adults!;
  Object.assign(mother!, {
    ethnicity: 'white-other',
    identity: FIELDS_11.motherIdentity,
    firstLanguage: 'Polish',
    interpreterNeeded: 'yes',
    interpreterLanguage: 'Polish (Silesian dialect welcome)',
    additionalNeeds: 'yes',
    additionalNeedsDetails: 'Hearing loss in one ear; sit on her right.',
  });
  Object.assign(partner!, { ethnicity: 'white-other', firstLanguage: 'Polish', interpreterNeeded: 'no' });
  record.plan = {
    ...record.plan,
    agencyFeedback: [
      {
        agency: 'Northshire Constabulary',
        attendeeId: 'police',
        feedback: FIELDS_11.feedback,
        byWhom: FIELDS_11.feedbackByWhom,
        byWhen: '2026-02-13',
      },
    ],
  };
  record.signOff = {
    ...record.signOff!,
    status: 'amended-after-sign-off',
    amendedAt: '2026-02-12T09:30:00Z',
    amendmentReason: FIELDS_11.amendmentReason,
  };
  return record;
}
