import { blocks, field, keyValues } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle } from '../labels.js';
import { asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { describePerson } from './describePerson.js';

/** Section 1: when and how the discussion was held, who chaired and who took the minutes. */
export function meetingSection({ record, audience }: SectionContext): MinutesBlock[] {
  const meeting = asObject(record.meeting) ?? {};
  const professionals = audience === 'professionals';
  return blocks(
    keyValues(
      field('Kind', enumLabel('meeting', 'kind', meeting.kind)),
      professionals ? field('Initial or reconvened', enumLabel('meeting', 'sequence', meeting.sequence)) : undefined,
      professionals ? field('Earlier discussion', meeting.previousRecordId, { optional: true }) : undefined,
      professionals
        ? field(fieldTitle('meeting', 'reconvenedReason'), meeting.reconvenedReason, {
            optional: meeting.sequence !== 'reconvened',
          })
        : undefined,
      field('Format', enumLabel('meeting', 'format', meeting.format)),
      field('Started', formatDateOrDateTime(meeting.startedAt)),
      field('Ended', formatDateOrDateTime(meeting.endedAt), { optional: !professionals }),
      professionals
        ? field('Concerns identified or referral received', formatDateOrDateTime(meeting.concernsIdentifiedAt))
        : undefined,
      professionals ? field('Urgency', enumLabel('meeting', 'urgency', meeting.urgency)) : undefined,
      field('Chair', describePerson(asObject(meeting.chair))),
      professionals ? field('Minute-taker', describePerson(asObject(meeting.minuteTaker))) : undefined,
      field('Local authority', meeting.localAuthority),
      professionals ? field('Local procedure profile', meeting.profileId) : undefined,
    ),
  );
}
