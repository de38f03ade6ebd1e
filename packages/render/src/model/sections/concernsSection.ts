import { blocks, displayText, field, keyValues, listField, notice, paragraph, subheading } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle, yesNo } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { NOT_SHARED_WITH_FAMILY } from './notSharedWithFamily.js';

const CHILD_VOICE = "The child's voice and lived experience";

/**
 * Section 4: why the discussion was held, the child's voice and the history. For the family, only
 * the child's words, when the discussion agreed to share them (the family view holds nothing else).
 */
export function concernsSection({ record, audience }: SectionContext): MinutesBlock[] {
  const concerns = asObject(record.concerns) ?? {};
  if (audience === 'family') {
    const childVoice = paragraph(concerns.childVoice);
    if (concerns.childVoiceShareWithFamily !== true || childVoice === undefined)
      return [notice(NOT_SHARED_WITH_FAMILY)];
    return [
      subheading(CHILD_VOICE),
      childVoice,
      notice('The rest of this part of the minutes is not shared with the family.'),
    ];
  }
  const lastSeen = asObject(concerns.childLastSeen);
  const screening = asObject(concerns.exploitationScreening);
  const categories = asList(concerns.categories).map((category) => enumLabel('concerns', 'categories', category));
  return blocks(
    keyValues(
      field('Referral source', concerns.referralSource),
      listField('Category of harm', categories),
      field('Inside or outside the family', enumLabel('concerns', 'context', concerns.context)),
      field('Only a missing episode', yesNo(concerns.missingEpisodeOnly), { optional: true }),
      field("Other child's record", concerns.otherChildRecord, { optional: true }),
      field('Child last seen', formatDateOrDateTime(lastSeen?.at)),
      field('Seen by', lastSeen?.by, { optional: true }),
      field('Seen alone', enumLabel('childLastSeen', 'seenAlone', lastSeen?.seenAlone), { optional: true }),
    ),
    screening !== undefined && subheading(fieldTitle('concerns', 'exploitationScreening')),
    screening !== undefined &&
      keyValues(
        field(fieldTitle('concerns', 'exploitationScreening', 'tool'), screening.tool),
        field(
          fieldTitle('concerns', 'exploitationScreening', 'rating'),
          enumLabel('concerns', ['exploitationScreening', 'rating'], screening.rating),
        ),
        field(
          fieldTitle('concerns', 'exploitationScreening', 'completedOn'),
          formatDateOrDateTime(screening.completedOn),
        ),
      ),
    subheading('Reason for the discussion'),
    paragraph(concerns.reason) ?? paragraph('Not recorded'),
    subheading(CHILD_VOICE),
    paragraph(concerns.childVoice) ?? paragraph('Not recorded'),
    // Whether the family copy shows the words: said wherever there are words to share.
    displayText(concerns.childVoice) !== undefined &&
      keyValues(
        field(fieldTitle('concerns', 'childVoiceShareWithFamily'), yesNo(concerns.childVoiceShareWithFamily === true)),
      ),
    subheading('Relevant history'),
    paragraph(concerns.history) ?? paragraph('Not recorded'),
  );
}
