import { blocks, column, field, keyValues, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 13: write-up, the chair's sign-off and the circulation list. */
export function signOffSection({ record, audience }: SectionContext): MinutesBlock[] {
  const signOff = asObject(record.signOff);
  const circulation = asObject(record.circulation);
  const recipients = asList(circulation?.recipients).filter((recipient) => asObject(recipient) !== undefined);
  const professionals = audience === 'professionals';
  return blocks(
    keyValues(
      professionals ? field('Written up', formatDateOrDateTime(signOff?.writtenUpAt)) : undefined,
      field('Signed off by the chair', signOff?.chairName),
      field('Signed off', formatDateOrDateTime(signOff?.signedAt)),
      field('Circulated', formatDateOrDateTime(circulation?.circulatedAt)),
    ),
    table(
      'recipients',
      'Circulation list',
      professionals
        ? [column('Name', 3), column('Agency', 3), column('Secure e-mail', 4)]
        : [column('Name', 1), column('Agency', 1)],
      recipients.map((recipient) =>
        professionals
          ? [recipient.fullName, recipient.agency, recipient.email]
          : [recipient.fullName, recipient.agency],
      ),
      'No circulation list recorded.',
    ),
  );
}
