import { blocks, column, field, keyValues, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle } from '../labels.js';
import type { KeyValue, MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

type SignOff = NonNullable<SectionContext['record']['signOff']>;

/** "Record status: Signed off", when the record says (from 1.1 on); also the summary's line. */
export function recordStatus(signOff: SignOff | undefined): KeyValue | undefined {
  return field(fieldTitle('signOff', 'status'), enumLabel('signOff', 'status', signOff?.status), { optional: true });
}

/** When and why a signed-off record was amended: asked for once it is marked amended, shown whenever recorded. */
function amendment(signOff: SignOff | undefined): (KeyValue | undefined)[] {
  const optional = signOff?.status !== 'amended-after-sign-off';
  return [
    field(fieldTitle('signOff', 'amendedAt'), formatDateOrDateTime(signOff?.amendedAt), { optional }),
    field(fieldTitle('signOff', 'amendmentReason'), signOff?.amendmentReason, { optional }),
  ];
}

/**
 * Section 13: the record's status, write-up, the chair's sign-off, any amendment after sign-off and
 * the circulation list. The status and the amendment are for professionals only: the reason for an
 * amendment may name what the family copy leaves out.
 */
export function signOffSection({ record, audience }: SectionContext): MinutesBlock[] {
  const signOff = asObject(record.signOff);
  const circulation = asObject(record.circulation);
  const recipients = asList(circulation?.recipients).filter((recipient) => asObject(recipient) !== undefined);
  const professionals = audience === 'professionals';
  return blocks(
    keyValues(
      professionals ? recordStatus(signOff) : undefined,
      professionals ? field('Written up', formatDateOrDateTime(signOff?.writtenUpAt)) : undefined,
      field('Signed off by the chair', signOff?.chairName),
      field('Signed off', formatDateOrDateTime(signOff?.signedAt)),
      ...(professionals ? amendment(signOff) : []),
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
