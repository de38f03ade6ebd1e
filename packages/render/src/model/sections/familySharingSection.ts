import { blocks, column, field, keyValues, notice, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 11: what the family is told, by whom and when; for professionals also what is withheld and why. */
export function familySharingSection({ record, audience }: SectionContext): MinutesBlock[] {
  const sharing = asObject(record.familySharing) ?? {};
  const withheld = asList(sharing.withheld).filter((item) => asObject(item) !== undefined);
  return blocks(
    keyValues(
      field('Decision', enumLabel('familySharing', 'decision', sharing.decision)),
      field('What the family will be told', sharing.whatIsShared),
      field('Who will tell the family', sharing.sharedBy),
      field('When', formatDateOrDateTime(sharing.sharedWhen)),
    ),
    audience === 'professionals' &&
      table(
        'withheld',
        'Withheld from the family',
        [column('What is withheld', 1), column('Why', 1)],
        withheld.map((item) => [item.what, item.reason]),
        'Nothing is withheld.',
      ),
    audience === 'family' &&
      sharing.decision !== 'share-all' &&
      notice('Some information discussed at the meeting is not included in this copy.'),
  );
}
