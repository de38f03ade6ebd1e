import { blocks, displayText, field, keyValues, notice, paragraph, subheading } from '../blocks.js';
import { yesNo } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { describeAgencyType } from './describeAgencyType.js';

/** Section 5: what each agency shared (for the family: only the entries marked for the family). */
export function informationSection({ record, audience }: SectionContext): MinutesBlock[] {
  const entries = asList(record.informationShared).filter((entry) => asObject(entry) !== undefined);
  if (entries.length === 0) {
    return [
      notice(
        audience === 'family'
          ? 'No information from agencies is shared with the family in these minutes.'
          : 'No information entries recorded.',
      ),
    ];
  }
  return entries.flatMap((entry) => {
    const agency = asObject(entry.agency);
    const title = [displayText(agency?.name), displayText(describeAgencyType(agency))]
      .filter((part) => part !== undefined)
      .join(' · ');
    return blocks(
      subheading(title === '' ? 'Agency not recorded' : title),
      keyValues(
        field('Shared by', entry.contributor),
        audience === 'professionals' ? field('Checks made', entry.checks) : undefined,
        audience === 'professionals'
          ? field('Shared with the family', yesNo(entry.shareWithFamily === true))
          : undefined,
      ),
      paragraph(entry.information) ?? paragraph('Not recorded'),
    );
  });
}
