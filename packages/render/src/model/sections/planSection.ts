import { blocks, column, displayText, field, keyValues, notice, subheading, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { NOT_SHARED_WITH_FAMILY } from './notSharedWithFamily.js';

/** Section 9: immediate safety, legal action, interviews and information gathering. Professionals only. */
export function planSection({ record, audience }: SectionContext): MinutesBlock[] {
  if (audience === 'family') return [notice(NOT_SHARED_WITH_FAMILY)];
  const plan = asObject(record.plan) ?? {};
  const interviews = asList(plan.interviews).filter((item) => asObject(item) !== undefined);
  const gathering = asList(plan.informationGathering).filter((item) => asObject(item) !== undefined);
  const feedback = asList(plan.agencyFeedback).filter((item) => asObject(item) !== undefined);
  const attendees = asList(record.attendees).filter((attendee) => asObject(attendee) !== undefined);
  /** The agency, and the invitee who receives the feedback when one is named. */
  const recipient = (agency: string | undefined, attendeeId: string | undefined) => {
    const name = displayText(attendees.find((attendee) => attendee.id === attendeeId)?.fullName);
    const text = displayText(agency);
    if (name === undefined) return text;
    return text === undefined ? name : `${text} (to ${name})`;
  };
  return blocks(
    keyValues(
      field('Immediate safety', enumLabel('plan', 'immediateSafety', plan.immediateSafety)),
      field('What is being done to keep the child safe', plan.immediateSafetyDetails, { optional: true }),
      field('Legal action', enumLabel('plan', 'legalAction', plan.legalAction)),
      field('Legal action considered', plan.legalActionDetails, { optional: true }),
      field('Interpreter arrangements', plan.interpreterArrangements, { optional: true }),
      field('Safe discharge from hospital', plan.hospitalDischarge, { optional: true }),
    ),
    subheading('Interviews'),
    table(
      'interviews',
      'Interviews',
      [column('Who', 3), column('Interviewed by', 3), column('Why', 4), column('When', 3)],
      interviews.map((interview) => [
        interview.person,
        interview.interviewedBy,
        interview.reason,
        formatDateOrDateTime(interview.when),
      ]),
      'No interviews planned.',
    ),
    subheading('Information gathering'),
    table(
      'information-gathering',
      'Information gathering',
      [column('What', 4), column('By whom', 3), column('By when', 3), column('Why', 4)],
      gathering.map((item) => [item.what, item.byWhom, formatDateOrDateTime(item.byWhen), item.why]),
      'No information gathering planned.',
    ),
    // Recorded from 1.1 on: an older record says nothing here rather than "none agreed".
    plan.agencyFeedback !== undefined && subheading(fieldTitle('plan', 'agencyFeedback')),
    plan.agencyFeedback !== undefined &&
      table(
        'agency-feedback',
        fieldTitle('plan', 'agencyFeedback'),
        [
          column(fieldTitle('agencyFeedback', 'agency'), 3),
          column(fieldTitle('agencyFeedback', 'feedback'), 5),
          column(fieldTitle('agencyFeedback', 'byWhom'), 3),
          column(fieldTitle('agencyFeedback', 'byWhen'), 3),
        ],
        feedback.map((item) => [
          recipient(item.agency, item.attendeeId),
          item.feedback,
          item.byWhom,
          formatDateOrDateTime(item.byWhen),
        ]),
        'No feedback to agencies agreed.',
      ),
  );
}
