import { blocks, column, displayText, field, keyValues, subheading, table } from '../blocks.js';
import { enumLabel } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asObject, asList } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { describeAgencyType } from './describeAgencyType.js';

/** Section 2: everyone invited, with role, agency and attendance; for professionals, why agencies were absent. */
export function attendeesSection({ record, audience }: SectionContext): MinutesBlock[] {
  const attendees = asList(record.attendees).filter((attendee) => asObject(attendee) !== undefined);
  const absent = attendees.filter(
    (attendee) =>
      displayText(attendee.absenceReason) !== undefined || displayText(attendee.informationPlan) !== undefined,
  );
  return blocks(
    table(
      'attendees',
      'Invitees and attendees',
      [column('Name', 3), column('Role', 3), column('Agency', 3), column('Agency type', 2), column('Attendance', 2)],
      attendees.map((attendee) => [
        attendee.fullName,
        attendee.role,
        asObject(attendee.agency)?.name,
        describeAgencyType(asObject(attendee.agency)),
        enumLabel('attendee', 'attendance', attendee.attendance),
      ]),
      'No invitees recorded.',
    ),
    audience === 'professionals' && absent.length > 0 && subheading('Agencies not present'),
    ...(audience === 'professionals'
      ? absent.map((attendee) =>
          keyValues(
            field('Invitee', attendee.fullName),
            field('Reason', attendee.absenceReason),
            field('How their information is shared', attendee.informationPlan),
          ),
        )
      : []),
  );
}
