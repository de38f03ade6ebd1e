import { blocks, displayText, field, keyValues, notice, paragraph, subheading } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, yesNo } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { NOT_SHARED_WITH_FAMILY } from './notSharedWithFamily.js';

/** Section 4: why the discussion was held, the child's voice and the history. Professionals only. */
export function concernsSection({ record, audience }: SectionContext): MinutesBlock[] {
  if (audience === 'family') return [notice(NOT_SHARED_WITH_FAMILY)];
  const concerns = asObject(record.concerns) ?? {};
  const lastSeen = asObject(concerns.childLastSeen);
  const categories = asList(concerns.categories)
    .map((category) => enumLabel('concerns', 'categories', category))
    .filter((label): label is string => displayText(label) !== undefined);
  return blocks(
    keyValues(
      field('Referral source', concerns.referralSource),
      field('Category of harm', categories.length === 0 ? undefined : categories.join('; ')),
      field('Inside or outside the family', enumLabel('concerns', 'context', concerns.context)),
      field('Only a missing episode', yesNo(concerns.missingEpisodeOnly), { optional: true }),
      field("Other child's record", concerns.otherChildRecord, { optional: true }),
      field('Child last seen', formatDateOrDateTime(lastSeen?.at)),
      field('Seen by', lastSeen?.by, { optional: true }),
      field('Seen alone', enumLabel('childLastSeen', 'seenAlone', lastSeen?.seenAlone), { optional: true }),
    ),
    subheading('Reason for the discussion'),
    paragraph(concerns.reason) ?? paragraph('Not recorded'),
    subheading("The child's voice and lived experience"),
    paragraph(concerns.childVoice) ?? paragraph('Not recorded'),
    subheading('Relevant history'),
    paragraph(concerns.history) ?? paragraph('Not recorded'),
  );
}
